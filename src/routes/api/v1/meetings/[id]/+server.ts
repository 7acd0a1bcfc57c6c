import type { RequestHandler } from './$types';
import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { meetingRowJson } from '$lib/server/meetings/serialize';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import type { Db } from '$lib/server/db';
import { deleteMeeting, findMeeting, updateMeeting } from '$lib/server/meetings/service';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { meetingUpdateSchema, version } from '$lib/schemas/calendar';

async function bodyOf(db: Db, bodyId: number) {
	return db.selectFrom('body').select(['code', 'name', 'is_public']).where('id', '=', bodyId).executeTakeFirstOrThrow();
}

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const meeting = await findMeeting(db, params.id);
	const body = meeting && (await bodyOf(db, meeting.body_id));
	if (!meeting || !body || (!body.is_public && !canSeeInternal(locals.viewer))) throw notFound('Mødet');
	return json(meetingRowJson(meeting, body));
});

/** Move, cancel, restore or edit; `version` must be the one read, or 409 with the current meeting. */
export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, meetingUpdateSchema);
	const { row, body } = await inTransaction(async (tx) => {
		const row = await updateMeeting(tx, viewer, params.id, input);
		return { row, body: await bodyOf(tx, row.body_id) };
	});
	return json(meetingRowJson(row, body));
});

export const DELETE: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, z.object({ version }), ['version']);
	await inTransaction((tx) => deleteMeeting(tx, viewer, params.id, q.version));
	return new Response(null, { status: 204 });
});
