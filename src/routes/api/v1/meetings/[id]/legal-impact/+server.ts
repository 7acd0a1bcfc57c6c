import type { RequestHandler } from './$types';
import { appDb } from '$lib/server/app-db';
import { meetingChangeQuery } from '$lib/server/api/meeting-change';
import { legalImpactOfMove } from '$lib/server/cases/legal';
import { api, json } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';

/** The legal checks that moving the meeting to `date` `start` (or cancelling it) would break; saves nothing. */
export const GET: RequestHandler = api(async ({ params, locals, url }) => {
	requireApiRole(locals, 'secretariat');
	const db = appDb();
	const { meeting, change } = await meetingChangeQuery(db, params.id, url);
	return json(await legalImpactOfMove(db, meeting, change, true));
});
