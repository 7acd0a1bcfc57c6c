import { Temporal } from 'temporal-polyfill';
import type { PlannerBody } from '../../domain/case-path.ts';
import type { Cycle } from '../../domain/cycles.ts';
import { fixedItemContext, type FixedItemContext } from '../../domain/fixed-items.ts';
import { createPlanningContext, type PlanningContext } from '../../domain/planning-context.ts';
import { ZONE } from '../../domain/zone.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import { listBriefingPins } from '../cycles/repository.ts';
import { meetingListQuery, type MeetingListItem } from '../meetings/list-query.ts';
import type { Db } from '../db/index.ts';
import { memoByData } from '../db/fingerprint.ts';
import type { BodyRow } from '../db/schema.ts';

/**
 * The calendar held in memory: every meeting with its body, its political cycle and the
 * planner's view of it, computed once per change of the data (see db/fingerprint.ts) instead
 * of on every request. Only for reading outside a transaction; the visibility rule is applied
 * by the visible readers that use it (meetings/repository.ts), never here.
 */
export interface CalendarModel {
	/** every meeting that is not deleted, by start, then by its body's order */
	readonly meetings: readonly MeetingListItem[];
	/** the political cycle of each meeting, by meeting id */
	readonly cycleOf: ReadonlyMap<string, Cycle>;
	/** the planner's view of all meetings: deadlines, cycles, the working calendar */
	readonly context: PlanningContext;
	/** which meetings are first in their cycle, each body's meetings: what the fixed items' rules ask */
	fixedItems(): FixedItemContext;
	/** the meetings overlapping [from, to), in the order of `meetings` */
	overlapping(from: Temporal.Instant, to: Temporal.Instant): MeetingListItem[];
}


export const toPlannerBody = (b: BodyRow): PlannerBody => ({
	code: b.code,
	kind: b.kind,
	deadline: { workingDays: b.deadline_working_days, time: Temporal.PlainTime.from(b.deadline_time) }
});

async function buildModel(db: Db): Promise<CalendarModel> {
	const [bodies, meetings, calendar, briefingPins] = await Promise.all([
		db.selectFrom('body').selectAll().execute(),
		meetingListQuery(db)
			.orderBy('m.starts_at')
			.orderBy('b.sort_order')
			.orderBy('m.id')
			.execute(),
		loadWorkingCalendar(db),
		listBriefingPins(db)
	]);
	const context = createPlanningContext({
		meetings: meetings.map((m) => ({
			id: m.id,
			bodyCode: m.body_code,
			start: Temporal.Instant.fromEpochMilliseconds(m.starts_at.getTime()).toZonedDateTimeISO(ZONE),
			cancelled: m.status === 'cancelled'
		})),
		bodies: bodies.map(toPlannerBody),
		calendar,
		briefingPins
	});
	// The ruls as the planner has them (domain/cycles.ts): one computation for pages, API and feeds.
	const cycleOf = new Map<string, Cycle>();
	for (const m of context.byId.values()) {
		const cycle = m.cycleKey === null ? undefined : context.cycleByKey.get(m.cycleKey);
		if (cycle) cycleOf.set(m.meeting.id, cycle);
	}

	const starts = meetings.map((m) => m.starts_at.getTime());
	const longest = meetings.reduce((max, m) => Math.max(max, m.ends_at.getTime() - m.starts_at.getTime()), 0);
	/** The first index whose start is at or after `ms`. */
	const firstFrom = (ms: number) => {
		let lo = 0;
		let hi = starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid]! < ms) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	let fixed: FixedItemContext | undefined;
	return {
		meetings,
		cycleOf,
		context,
		fixedItems() {
			fixed ??= fixedItemContext(context.meetings, new Map([...context.byId.values()].flatMap((m) => (m.cycleKey ? [[m.meeting.id, m.cycleKey] as const] : []))));
			return fixed;
		},
		overlapping(from, to) {
			const fromMs = from.epochMilliseconds;
			const toMs = to.epochMilliseconds;
			const result: MeetingListItem[] = [];
			for (let i = firstFrom(fromMs - longest); i < starts.length && starts[i]! < toMs; i++) {
				if (meetings[i]!.ends_at.getTime() > fromMs) result.push(meetings[i]!);
			}
			return result;
		}
	};
}

/**
 * The calendar model of the data as it is now (another instance's write seen within half a
 * second), built once per change of the data; inside a transaction, from what it sees.
 */
export const calendarModel = (db: Db): Promise<CalendarModel> => memoByData(db, 'calendar-model', () => buildModel(db));

/** The planner's view of the whole calendar, for reading outside a transaction. */
export async function calendarContext(db: Db): Promise<PlanningContext> {
	return (await calendarModel(db)).context;
}
