import type { RequestHandler } from './$types';
import { appDb } from '$lib/server/db/app-db';
import { legalImpactOfMove } from '$lib/server/cases/legal';
import { api, json } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { meetingChangeQuery } from '$lib/server/meetings/change-query';

/** The legal checks that moving the meeting to `date` `start` (or cancelling it) would break; saves nothing. */
export const GET: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const db = appDb();
	const { meeting, change } = await meetingChangeQuery(db, viewer, params.id, url);
	return json(await legalImpactOfMove(db, meeting, change, viewer));
});
