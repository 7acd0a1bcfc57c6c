import type { RequestHandler } from './$types';
import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { toEventInput } from '$lib/server/events/input';
import { eventJson } from '$lib/server/events/serialize';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import type { Db } from '$lib/server/db';
import type { EventRow } from '$lib/server/db/schema';
import { deleteEvent, findEvent, updateEvent } from '$lib/server/events/service';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { eventUpdateSchema, version } from '$lib/schemas/calendar';

async function withBody(db: Db, e: EventRow) {
	const body = e.body_id === null ? undefined : await db.selectFrom('body').select('code').where('id', '=', e.body_id).executeTakeFirst();
	return { ...e, body_code: body?.code ?? null };
}

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const event = await findEvent(db, params.id);
	if (!event || (!event.is_public && !canSeeInternal(locals.viewer))) throw notFound('Begivenheden');
	return json(eventJson(await withBody(db, event)));
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
