import type { RequestHandler } from './$types';
import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { findVisibleMeeting } from '$lib/server/meetings/repository';
import { meetingRowJson } from '$lib/server/meetings/serialize';
import { deleteMeeting, updateMeeting } from '$lib/server/meetings/service';
import { meetingUpdateSchema, version } from '$lib/schemas/calendar';

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const meeting = await findVisibleMeeting(appDb(), locals.viewer, params.id);
	if (!meeting) throw notFound('Mødet');
	return json(meetingRowJson(meeting, meeting.body));
});

/** Move, cancel, restore or edit; `version` must be the one read, or 409 with the current meeting. */
export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, meetingUpdateSchema);
	const meeting = await inTransaction(async (tx) => {
		await updateMeeting(tx, viewer, params.id, input);
		return (await findVisibleMeeting(tx, viewer, params.id))!;
	});
	return json(meetingRowJson(meeting, meeting.body));
});

export const DELETE: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, z.object({ version }), ['version']);
	await inTransaction((tx) => deleteMeeting(tx, viewer, params.id, q.version));
	return new Response(null, { status: 204 });
});
