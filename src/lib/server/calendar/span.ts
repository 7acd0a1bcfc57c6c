import type { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';
import type { Db } from '../db/index.ts';
import type { Viewer } from '../auth/access.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { listVisibleEvents } from '../events/repository.ts';
import { visibleMeetingsWithCycles } from '../meetings/repository.ts';

/** What the wheel and the list show the viewer for calendar days [from, to]: bodies, meetings with cycles, events. */
export async function calendarSpan(db: Db, viewer: Viewer | null, from: Temporal.PlainDate, to: Temporal.PlainDate) {
	const [bodies, meetings, events] = await Promise.all([
		listVisibleBodies(db, viewer),
		visibleMeetingsWithCycles(db, viewer, { from, to }),
		listVisibleEvents(db, viewer, { fromDate: from, toDate: to, ...dayRange(from, to) })
	]);
	return { bodies, meetings, events };
}
