import type { RequestHandler } from './$types';
import { meetingAgenda } from '$lib/server/cases/agenda';
import { appDb } from '$lib/server/db/app-db';
import { api, json } from '$lib/server/http/api';
import { notFound } from '$lib/server/http/problem';
import { findVisibleMeeting } from '$lib/server/meetings/repository';

/** The meeting's fixed items and scheduled case stages, in order. */
export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const meeting = await findVisibleMeeting(db, locals.viewer, params.id);
	if (!meeting) throw notFound('Mødet');
	return json(await meetingAgenda(db, { id: meeting.id, starts_at: meeting.starts_at, body_code: meeting.body.code }, locals.viewer));
});
