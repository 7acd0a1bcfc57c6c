import type { RequestHandler } from './$types';
import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { toEventInput } from '$lib/server/api/event-input';
import { eventJson } from '$lib/server/api/serialize';
import { inTransaction } from '$lib/server/api/writes';
import { appDb } from '$lib/server/app-db';
import type { Db } from '$lib/server/db';
import type { EventRow } from '$lib/server/db/schema';
import { deleteEvent, findEvent, updateEvent } from '$lib/server/editing/events';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { eventUpdateSchema, version } from '$lib/schemas/calendar';

/** The event with its body's code; an internal body's code only for those who may see internal bodies. */
async function withBody(db: Db, e: EventRow, includeInternal = true) {
	const body = e.body_id === null ? undefined : await db.selectFrom('body').select(['code', 'is_public']).where('id', '=', e.body_id).executeTakeFirst();
	return { ...e, body_code: body && (includeInternal || body.is_public) ? body.code : null };
}

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const event = await findEvent(db, params.id);
	if (!event || (!event.is_public && !canSeeInternal(locals.viewer))) throw notFound('Begivenheden findes ikke.');
	return json(eventJson(await withBody(db, event, canSeeInternal(locals.viewer))));
});

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const parsed = await parseJsonBody(request, eventUpdateSchema);
	const row = await inTransaction(async (tx) => withBody(tx, await updateEvent(tx, viewer, params.id, { ...toEventInput(parsed), version: parsed.version })));
	return json(eventJson(row));
});

export const DELETE: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, z.object({ version }), ['version']);
	await inTransaction((tx) => deleteEvent(tx, viewer, params.id, q.version));
	return new Response(null, { status: 204 });
});
