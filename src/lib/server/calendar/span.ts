import type { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';
import type { Db } from '../db/index.ts';
import { listBodies } from '../bodies/repository.ts';
import { listEvents } from '../events/repository.ts';
import { meetingsWithCycles } from '../meetings/repository.ts';

/** What the wheel and the list show for calendar days [from, to]: bodies, meetings with cycles, events. */
export async function calendarSpan(db: Db, from: Temporal.PlainDate, to: Temporal.PlainDate, includeInternal: boolean) {
	const [bodies, meetings, events] = await Promise.all([
		listBodies(db, { includeInternal }),
		meetingsWithCycles(db, { from, to, includeInternal }),
		listEvents(db, { fromDate: from, toDate: to, ...dayRange(from, to), includeInternal })
	]);
	return { bodies, meetings, events };
}
