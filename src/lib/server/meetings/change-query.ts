import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { wallClockInstant } from '../../domain/day-range.ts';
import { ZONE } from '../../domain/zone.ts';
import { clockTime } from '../../schemas/calendar.ts';
import { isoDate } from '../../schemas/query.ts';
import type { Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import { parseQuery } from '../http/api.ts';
import { ambiguousTime, notFound } from '../http/problem.ts';
import { findVisibleMeeting, type VisibleMeeting } from './repository.ts';

const query = z.union([
	z.object({ cancel: z.literal('true') }),
	z.object({ date: isoDate, start: clockTime })
], { error: 'Angiv cancel=true eller date og start' });

/** The meeting and the change a "what would it break" query asks about: `cancel=true`, or `date` and `start`. */
export async function meetingChangeQuery(db: Db, viewer: Viewer, id: string, url: URL): Promise<{ meeting: VisibleMeeting; change: Temporal.ZonedDateTime | 'cancelled' }> {
	const q = parseQuery(url, query, ['cancel', 'date', 'start']);
	const meeting = await findVisibleMeeting(db, viewer, id);
	if (!meeting) throw notFound('Mødet');
	if (!('date' in q)) return { meeting, change: 'cancelled' };
	try {
		return { meeting, change: wallClockInstant(q.date, q.start).toZonedDateTimeISO(ZONE) };
	} catch {
		throw ambiguousTime('start');
	}
}
