import type { RequestHandler } from './$types';
import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import type { Db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/transaction';
import type { Viewer } from '$lib/server/auth/access';
import { toEventInput } from '$lib/server/events/input';
import { findVisibleEvent } from '$lib/server/events/repository';
import { eventJson } from '$lib/server/events/serialize';
import { deleteEvent, updateEvent } from '$lib/server/events/service';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { eventUpdateSchema, version } from '$lib/schemas/calendar';

async function visibleEventJson(db: Db, viewer: Viewer | null, id: string) {
	const event = await findVisibleEvent(db, viewer, id);
	if (!event) throw notFound('Begivenheden');
	return eventJson({ ...event, body_code: event.body?.code ?? null });
}

export const GET: RequestHandler = api(async ({ params, locals }) => json(await visibleEventJson(appDb(), locals.viewer, params.id)));

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const parsed = await parseJsonBody(request, eventUpdateSchema);
	return json(
		await inTransaction(async (tx) => {
			await updateEvent(tx, viewer, params.id, { ...toEventInput(parsed), version: parsed.version });
			return visibleEventJson(tx, viewer, params.id);
		})
	);
});

export const DELETE: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, z.object({ version }), ['version']);
	await inTransaction((tx) => deleteEvent(tx, viewer, params.id, q.version));
	return new Response(null, { status: 204 });
});
