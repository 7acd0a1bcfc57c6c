import type { Temporal } from 'temporal-polyfill';
import type { Cycle } from '../domain/cycles.ts';
import { dayRange } from '../domain/day-range.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../domain/working-days.ts';
import type { Db } from './db/index.ts';
import { listBodies } from './db/bodies.ts';
import { listClosures, toDomainClosure } from './db/closures.ts';
import { listEvents } from './db/events.ts';
import { listMeetings, type MeetingListItem } from './db/meetings.ts';
import { toDate } from './db/temporal.ts';
import { listBriefingPins } from './cycles/repository.ts';
import { cyclesOfRows } from './cycles/service.ts';

/** The days without meetings: Danish holidays plus the local closures kept in the database. */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
	return createWorkingCalendar((await listClosures(db)).map(toDomainClosure));
}

export interface MeetingInCycle extends MeetingListItem {
	cycle: Cycle | null;
}

// A political cycle runs from one council meeting to the next; two months and a bit either way
// cover the summer break, when no council meeting is held.
const CYCLE_LOOKAHEAD_DAYS = 70;
const CYCLE_LOOKBACK_DAYS = 70;

/**
 * The meetings on calendar days [from, to], each with the political cycle (politisk rul) it
 * belongs to. The council and board meetings that define the cycles are public bodies and
 * are read whatever the caller may see.
 */
export async function meetingsWithCycles(
	db: Db,
	q: { from: Temporal.PlainDate; to: Temporal.PlainDate; bodyIds?: number[]; includeInternal: boolean }
): Promise<MeetingInCycle[]> {
	const span = dayRange(q.from, q.to);
	// One read of the span widened for the cycles: the span's own meetings are a part of it.
	const wide = await listMeetings(db, {
		from: span.from.subtract({ hours: 24 * CYCLE_LOOKBACK_DAYS }),
		to: span.to.add({ hours: 24 * CYCLE_LOOKAHEAD_DAYS }),
		includeInternal: true
	});
	const from = toDate(span.from);
	const to = toDate(span.to);
	const meetings = wide.filter(
		(m) =>
			m.starts_at < to &&
			m.ends_at > from &&
			(q.includeInternal || m.body_is_public) &&
			(q.bodyIds === undefined || q.bodyIds.includes(m.body_id))
	);
	const [bodies, calendar, pins] = await Promise.all([listBodies(db, { includeInternal: true }), loadWorkingCalendar(db), listBriefingPins(db)]);
	const { cycles, cycleOf } = cyclesOfRows(wide, bodies, calendar, pins);
	const cycleByKey = new Map(cycles.map((c) => [c.key, c]));
	return meetings.map((m) => {
		const key = cycleOf.get(m.id);
		return { ...m, cycle: key ? (cycleByKey.get(key) ?? null) : null };
	});
}

/** What the wheel and the list show for calendar days [from, to]: bodies, meetings with cycles, events. */
export async function calendarSpan(db: Db, from: Temporal.PlainDate, to: Temporal.PlainDate, includeInternal: boolean) {
	const [bodies, meetings, events] = await Promise.all([
		listBodies(db, { includeInternal }),
		meetingsWithCycles(db, { from, to, includeInternal }),
		listEvents(db, { fromDate: from, toDate: to, ...dayRange(from, to), includeInternal })
	]);
	return { bodies, meetings, events };
}
