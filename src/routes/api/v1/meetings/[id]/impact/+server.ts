import type { RequestHandler } from './$types';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { wallClockInstant } from '$lib/domain/day-range';
import { ZONE } from '$lib/domain/zone';
import { appDb } from '$lib/server/db/app-db';
import { meetingChangeImpact } from '$lib/server/cases/impact';
import { ambiguousTime } from '$lib/server/http/problem';
import { findMeeting } from '$lib/server/meetings/service';
import { api, json, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { clockTime } from '$lib/schemas/calendar';
import { isoDate } from '$lib/schemas/query';

const query = z.union([
	z.object({ cancel: z.literal('true') }),
	z.object({ date: isoDate, start: clockTime })
], { error: 'Angiv cancel=true eller date og start' });

/** What moving the meeting to `date` `start` (or cancelling it) would break; saves nothing. */
export const GET: RequestHandler = api(async ({ params, locals, url }) => {
	requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, query, ['cancel', 'date', 'start']);
	const db = appDb();
	const meeting = await findMeeting(db, params.id);
	if (!meeting) throw notFound('Mødet');
	let change: Temporal.ZonedDateTime | 'cancelled' = 'cancelled';
	if ('date' in q) {
		try {
			change = wallClockInstant(q.date, q.start).toZonedDateTimeISO(ZONE);
		} catch {
			throw ambiguousTime('start');
		}
	}
	return json(await meetingChangeImpact(db, meeting, change, Temporal.Now.instant(), true));
});
