import type { RequestHandler } from './$types';
import { canSeeInternal } from '$lib/server/auth/access';
import { appDb } from '$lib/server/db/app-db';
import { meetingAgenda } from '$lib/server/cases/agenda';
import { findMeeting } from '$lib/server/meetings/service';
import { api, json } from '$lib/server/http/api';
import { notFound } from '$lib/server/http/problem';

/** The meeting's fixed items and scheduled case stages, in order. */
export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const meeting = await findMeeting(db, params.id);
	const body = meeting && (await db.selectFrom('body').select(['code', 'is_public']).where('id', '=', meeting.body_id).executeTakeFirst());
	const staff = canSeeInternal(locals.viewer);
	if (!meeting || !body || (!body.is_public && !staff)) throw notFound('Mødet');
	return json(await meetingAgenda(db, { id: meeting.id, starts_at: meeting.starts_at, body_code: body.code }, staff));
});
