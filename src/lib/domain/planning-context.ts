import type { Temporal } from 'temporal-polyfill';
import type { PathStage, PlannerBody } from './case-path.ts';
import { assignCycles, cycleRoles, type Cycle } from './cycles.ts';
import { agendaDeadline } from './deadlines.ts';
import type { WorkingCalendar } from './working-days.ts';
import { ZONE } from './zone.ts';

/** A meeting as the planner sees it. */
export interface PlannerMeeting {
	id: string;
	bodyCode: string;
	/** in ZONE */
	start: Temporal.ZonedDateTime;
	cancelled: boolean;
}

/** A meeting with the numbers the searches compare, computed once. */
export interface IndexedMeeting {
	meeting: PlannerMeeting;
	/** epoch milliseconds of the start */
	ms: number;
	/** days since 1970-01-01 of the start's Copenhagen date */
	day: number;
	/** the political cycle (politisk rul) it belongs to, or null after the last council meeting */
	cycleKey: string | null;
	/** the holiday or local closure its day is, for its body (a meeting on it cannot be held), or null */
	dayOff: string | null;
}

/**
 * Everything a plan is made against: the meetings indexed by body (sorted once), the bodies'
 * deadline rules and the working calendar. Build it once per request and plan many cases on it.
 */
export interface PlanningContext {
	readonly bodies: ReadonlyMap<string, PlannerBody>;
	readonly calendar: WorkingCalendar;
	readonly meetings: readonly PlannerMeeting[];
	readonly byId: ReadonlyMap<string, IndexedMeeting>;
	/** per body, the meetings that are not cancelled, by start */
	readonly byBody: ReadonlyMap<string, readonly IndexedMeeting[]>;
	/** the political cycles (ruls) the meetings make */
	readonly cycles: readonly Cycle[];
	/** the same ruls by key (their council meeting's day) */
	readonly cycleByKey: ReadonlyMap<string, Cycle>;
	/** Månedsgrebet pinned by the secretariat: council meeting id → board meeting id */
	readonly briefingPins: ReadonlyMap<string, string>;
	/** agenda deadlines in epoch ms by meeting id, filled as they are needed */
	readonly deadlineMs: Map<string, number>;
}

export interface PlanningInput {
	meetings: readonly PlannerMeeting[];
	bodies: readonly PlannerBody[];
	calendar: WorkingCalendar;
	/** Månedsgrebet pinned by the secretariat: council meeting id → board meeting id */
	briefingPins?: ReadonlyMap<string, string>;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date, to compare and subtract dates as numbers. */
export function dayNumber(date: Temporal.PlainDate): number {
	return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/**
 * The holiday or closure a meeting's day is for its body. On a weekend only a holiday counts:
 * a meeting someone put on a Saturday is meant to be held there.
 */
function closedOn(calendar: WorkingCalendar, meeting: PlannerMeeting): string | null {
	const date = meeting.start.withTimeZone(ZONE).toPlainDate();
	if (date.dayOfWeek < 6) return calendar.dayOffReason(date, meeting.bodyCode);
	const dayOff = calendar.dayOffOn(date);
	return dayOff !== undefined && dayOff.kind !== 'half-day' ? dayOff.name : null;
}

/** The planning context for a set of meetings. Meetings of bodies not in `bodies` are refused. */
export function createPlanningContext(input: PlanningInput): PlanningContext {
	const bodies = new Map(input.bodies.map((body) => [body.code, body]));
	// The council, the board and the feeding committees, by the bodies' kinds.
	const roles = cycleRoles(input.bodies);
	// The feeding meetings' deadlines place them in their ruls; kept, so the planner need not work them out again.
	const deadlineMs = new Map<string, number>();
	const { cycles, cycleOf } = assignCycles(
		input.meetings.map((m) => {
			const body = bodies.get(m.bodyCode);
			const deadline =
				body !== undefined && roles.feeders.has(m.bodyCode)
					? agendaDeadline(input.calendar, m.start, body.deadline, m.bodyCode).toInstant()
					: undefined;
			if (deadline !== undefined) deadlineMs.set(m.id, deadline.epochMilliseconds);
			return { id: m.id, bodyCode: m.bodyCode, start: m.start.toInstant(), cancelled: m.cancelled, deadline };
		}),
		roles,
		input.briefingPins
	);
	const byId = new Map<string, IndexedMeeting>();
	const byBody = new Map<string, IndexedMeeting[]>();
	for (const meeting of input.meetings) {
		if (!bodies.has(meeting.bodyCode)) {
			throw new Error(`meeting ${meeting.id} belongs to unknown body ${meeting.bodyCode}`);
		}
		if (byId.has(meeting.id)) throw new Error(`meeting ${meeting.id} is given twice`);
		const indexed: IndexedMeeting = {
			meeting,
			ms: meeting.start.epochMilliseconds,
			day: dayNumber(meeting.start.withTimeZone(ZONE).toPlainDate()),
			cycleKey: cycleOf.get(meeting.id) ?? null,
			dayOff: closedOn(input.calendar, meeting)
		};
		byId.set(meeting.id, indexed);
		if (meeting.cancelled || indexed.dayOff !== null) continue;
		let list = byBody.get(meeting.bodyCode);
		if (list === undefined) byBody.set(meeting.bodyCode, (list = []));
		list.push(indexed);
	}
	for (const list of byBody.values()) list.sort((a, b) => a.ms - b.ms);
	return {
		bodies,
		calendar: input.calendar,
		meetings: input.meetings,
		byId,
		byBody,
		cycles,
		cycleByKey: new Map(cycles.map((c) => [c.key, c])),
		briefingPins: input.briefingPins ?? new Map(),
		deadlineMs
	};
}

/** The context against another working calendar (with a closure added or removed, say). */
export function withCalendar(ctx: PlanningContext, calendar: WorkingCalendar): PlanningContext {
	return createPlanningContext({
		meetings: ctx.meetings,
		bodies: [...ctx.bodies.values()],
		calendar,
		briefingPins: ctx.briefingPins
	});
}

/**
 * The context as it would be if one meeting moved to `change` or were cancelled. Deadlines
 * already computed for the other meetings are kept: a deadline depends only on its own meeting.
 */
export function withMeetingChange(
	ctx: PlanningContext,
	meetingId: string,
	change: Temporal.ZonedDateTime | 'cancelled'
): PlanningContext {
	if (!ctx.byId.has(meetingId)) throw new Error(`unknown meeting ${meetingId}`);
	const meetings = ctx.meetings.map((m) =>
		m.id !== meetingId ? m : change === 'cancelled' ? { ...m, cancelled: true } : { ...m, start: change.withTimeZone(ZONE) }
	);
	const next = createPlanningContext({
		meetings,
		bodies: [...ctx.bodies.values()],
		calendar: ctx.calendar,
		briefingPins: ctx.briefingPins
	});
	for (const [id, ms] of ctx.deadlineMs) if (id !== meetingId) next.deadlineMs.set(id, ms);
	return next;
}

/** The write-up deadline (frist) of a meeting, from its body's rule and the working calendar. */
export function meetingDeadline(ctx: PlanningContext, meeting: PlannerMeeting): Temporal.ZonedDateTime {
	const body = ctx.bodies.get(meeting.bodyCode);
	if (body === undefined) throw new Error(`unknown body ${meeting.bodyCode}`);
	return agendaDeadline(ctx.calendar, meeting.start, body.deadline, meeting.bodyCode);
}

/** The deadline in epoch ms, cached per meeting. */
export function deadlineMsOf(ctx: PlanningContext, m: IndexedMeeting): number {
	let ms = ctx.deadlineMs.get(m.meeting.id);
	if (ms === undefined) {
		ms = meetingDeadline(ctx, m.meeting).epochMilliseconds;
		ctx.deadlineMs.set(m.meeting.id, ms);
	}
	return ms;
}

/** Where a stage's meeting may lie when planning backward from a later stage. */
export interface UpperBound {
	/** the meeting must start before this (exclusive) */
	beforeMs: number;
	/** and lie on this day or earlier */
	maxDay: number;
}

/** Where a stage's meeting may lie when planning forward from an earlier stage. */
export interface LowerBound {
	/** the meeting must start after this (exclusive) */
	afterMs: number;
	/** and lie on this day or later */
	minDay: number;
	/** its deadline must be after this (the earlier stage's meeting), or null */
	deadlineAfterMs: number | null;
}

/** Sum of the least gaps from stage `from` to the later stage `to`. */
function gapBetween(path: readonly PathStage[], from: number, to: number): number {
	let days = 0;
	for (let index = from + 1; index <= to; index++) days += path[index]?.minGapDays ?? 0;
	return days;
}

/**
 * The bound stage `stage` must keep to the meeting of the later stage `later`. The deadline link
 * only binds neighbours: across an unscheduled stage the gaps add up, and nothing more is known.
 */
export function upperBoundFrom(
	ctx: PlanningContext,
	path: readonly PathStage[],
	stage: number,
	later: number,
	laterMeeting: IndexedMeeting
): UpperBound {
	let beforeMs = laterMeeting.ms;
	if (later === stage + 1 && path[later]?.afterPreviousBeforeDeadline === true) {
		beforeMs = Math.min(beforeMs, deadlineMsOf(ctx, laterMeeting));
	}
	return { beforeMs, maxDay: laterMeeting.day - gapBetween(path, stage, later) };
}

export function lowerBoundFrom(
	path: readonly PathStage[],
	earlier: number,
	stage: number,
	earlierMeeting: IndexedMeeting
): LowerBound {
	const linked = stage === earlier + 1 && path[stage]?.afterPreviousBeforeDeadline === true;
	return {
		afterMs: earlierMeeting.ms,
		minDay: earlierMeeting.day + gapBetween(path, earlier, stage),
		deadlineAfterMs: linked ? earlierMeeting.ms : null
	};
}

/** Whether `m` keeps the bounds of its earlier and later stages. */
export function fitsBounds(ctx: PlanningContext, m: IndexedMeeting, lower: LowerBound | null, upper: UpperBound | null): boolean {
	if (upper !== null && !(m.ms < upper.beforeMs && m.day <= upper.maxDay)) return false;
	if (lower === null) return true;
	if (!(m.ms > lower.afterMs && m.day >= lower.minDay)) return false;
	return lower.deadlineAfterMs === null || deadlineMsOf(ctx, m) > lower.deadlineAfterMs;
}

/** First index in [0, length) where the monotone predicate turns true; length if never. */
function firstWhere(length: number, predicate: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (predicate(mid)) high = mid;
		else low = mid + 1;
	}
	return low;
}

/**
 * The latest meeting of `bodyCode` within the bounds whose deadline is not before `nowMs`.
 * Later meetings have later deadlines, so the latest one in the window is the only candidate.
 */
export function latestMeeting(
	ctx: PlanningContext,
	bodyCode: string,
	upper: UpperBound,
	lower: LowerBound | null,
	nowMs: number
): IndexedMeeting | null {
	const list = ctx.byBody.get(bodyCode) ?? [];
	const end = firstWhere(list.length, (i) => {
		const m = list[i] as IndexedMeeting;
		return !(m.ms < upper.beforeMs && m.day <= upper.maxDay);
	});
	const candidate = list[end - 1];
	if (candidate === undefined || deadlineMsOf(ctx, candidate) < nowMs) return null;
	return fitsBounds(ctx, candidate, lower, null) ? candidate : null;
}

/** The earliest meeting of `bodyCode` within the bounds whose deadline is not before `nowMs`. */
export function earliestMeeting(
	ctx: PlanningContext,
	bodyCode: string,
	lower: LowerBound | null,
	upper: UpperBound | null,
	nowMs: number
): IndexedMeeting | null {
	const list = ctx.byBody.get(bodyCode) ?? [];
	const start = firstWhere(list.length, (i) => {
		const m = list[i] as IndexedMeeting;
		return deadlineMsOf(ctx, m) >= nowMs && fitsBounds(ctx, m, lower, null);
	});
	const candidate = list[start];
	if (candidate === undefined) return null;
	return upper === null || fitsBounds(ctx, candidate, null, upper) ? candidate : null;
}
