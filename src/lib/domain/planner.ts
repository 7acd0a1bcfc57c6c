import { Temporal } from 'temporal-polyfill';
import type { PathStage, PlannerBody, StageRole } from './case-path.ts';
import type { Conflict, Repair } from './conflicts.ts';
import { assignCycles } from './cycles.ts';
import { agendaDeadline } from './deadlines.ts';
import { danishMonthName } from './month-names.ts';
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
}

/**
 * Everything a plan is made against: the meetings indexed by body (sorted once), the bodies'
 * deadline rules and the working calendar. Build it once per request and plan many cases on it.
 */
export interface PlanningContext {
	readonly bodies: ReadonlyMap<string, PlannerBody>;
	readonly calendar: WorkingCalendar;
	readonly councilCode: string;
	readonly boardCode: string;
	readonly meetings: readonly PlannerMeeting[];
	readonly byId: ReadonlyMap<string, IndexedMeeting>;
	/** per body, the meetings that are not cancelled, by start */
	readonly byBody: ReadonlyMap<string, readonly IndexedMeeting[]>;
	/** agenda deadlines in epoch ms by meeting id, filled as they are needed */
	readonly deadlineMs: Map<string, number>;
}

export interface PlanningInput {
	meetings: readonly PlannerMeeting[];
	bodies: readonly PlannerBody[];
	calendar: WorkingCalendar;
	/** the body whose meetings end a political cycle; 'KB' unless told */
	councilCode?: string;
	/** the executive board; 'DIR' unless told */
	boardCode?: string;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date, to compare and subtract dates as numbers. */
function dayNumber(date: Temporal.PlainDate): number {
	return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The planning context for a set of meetings. Meetings of bodies not in `bodies` are refused. */
export function createPlanningContext(input: PlanningInput): PlanningContext {
	const bodies = new Map(input.bodies.map((body) => [body.code, body]));
	const councilCode = input.councilCode ?? 'KB';
	const boardCode = input.boardCode ?? 'DIR';
	const { cycleOf } = assignCycles(
		input.meetings.map((m) => ({ id: m.id, bodyCode: m.bodyCode, start: m.start.toInstant(), cancelled: m.cancelled })),
		councilCode,
		boardCode
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
			cycleKey: cycleOf.get(meeting.id) ?? null
		};
		byId.set(meeting.id, indexed);
		if (meeting.cancelled) continue;
		let list = byBody.get(meeting.bodyCode);
		if (list === undefined) byBody.set(meeting.bodyCode, (list = []));
		list.push(indexed);
	}
	for (const list of byBody.values()) list.sort((a, b) => a.ms - b.ms);
	return {
		bodies,
		calendar: input.calendar,
		councilCode,
		boardCode,
		meetings: input.meetings,
		byId,
		byBody,
		deadlineMs: new Map()
	};
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
		councilCode: ctx.councilCode,
		boardCode: ctx.boardCode
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

/** One stage of a plan. Times are in ZONE. */
export interface PlannedStage {
	bodyCode: string;
	role: StageRole;
	meetingId: string | null;
	start: Temporal.ZonedDateTime | null;
	/** the write-up deadline (frist) */
	deadline: Temporal.ZonedDateTime | null;
	/** the key of the political cycle the meeting belongs to */
	cycleKey: string | null;
}

export interface Plan {
	stages: PlannedStage[];
	conflicts: Conflict[];
}

/** Where the case is to be decided: on a given meeting, or on the last one on or before a date. */
export type PlanTarget = { meetingId: string } | { by: Temporal.PlainDate };

/** "ØK 16. maj 2023" */
export function describeMeeting(m: PlannerMeeting): string {
	const date = m.start.withTimeZone(ZONE).toPlainDate();
	return `${m.bodyCode} ${describeDate(date)}`;
}

/** "16. maj 2023" */
export function describeDate(date: Temporal.PlainDate): string {
	return `${date.day}. ${danishMonthName(date.month)} ${date.year}`;
}

export function describeInstant(ms: number): string {
	return describeDate(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(ZONE).toPlainDate());
}

function plannedStages(ctx: PlanningContext, path: readonly PathStage[], chosen: readonly (IndexedMeeting | null)[]): PlannedStage[] {
	return path.map((stage, index) => {
		const m = chosen[index] ?? null;
		return {
			bodyCode: stage.bodyCode,
			role: stage.role,
			meetingId: m?.meeting.id ?? null,
			start: m?.meeting.start.withTimeZone(ZONE) ?? null,
			deadline: m === null ? null : meetingDeadline(ctx, m.meeting),
			cycleKey: m?.cycleKey ?? null
		};
	});
}

/** A repair that replaces the whole plan by another, described for the user. */
function replanRepair(chosen: readonly (IndexedMeeting | null)[]): Repair | null {
	if (chosen.some((m) => m === null)) return null;
	const meetings = chosen as IndexedMeeting[];
	const last = meetings[meetings.length - 1] as IndexedMeeting;
	return {
		kind: 'reschedule',
		changes: meetings.map((m, stage) => ({ stage, meetingId: m.meeting.id })),
		description: `Planlæg i stedet tidligst muligt: sagen når ${describeMeeting(last.meeting)}.`
	};
}

/** Forward from the first stage, for the plan's own use: the meetings, or null where none fits. */
function forwardChoice(ctx: PlanningContext, path: readonly PathStage[], first: LowerBound, nowMs: number): (IndexedMeeting | null)[] {
	const chosen: (IndexedMeeting | null)[] = [];
	let previous: IndexedMeeting | null = null;
	path.forEach((stage, index) => {
		if (index > 0 && previous === null) {
			chosen.push(null);
			return;
		}
		const lower: LowerBound = previous === null ? first : lowerBoundFrom(path, index - 1, index, previous);
		previous = earliestMeeting(ctx, stage.bodyCode, lower, null, nowMs);
		chosen.push(previous);
	});
	return chosen;
}

function startBound(start: Temporal.PlainDate | Temporal.Instant): LowerBound {
	if (start instanceof Temporal.Instant) {
		const ms = start.epochMilliseconds;
		return {
			afterMs: ms - 1,
			minDay: dayNumber(start.toZonedDateTimeISO(ZONE).toPlainDate()),
			deadlineAfterMs: null
		};
	}
	return { afterMs: start.toZonedDateTime(ZONE).epochMilliseconds - 1, minDay: dayNumber(start), deadlineAfterMs: null };
}

const NO_BOUND: LowerBound = { afterMs: Number.NEGATIVE_INFINITY, minDay: Number.NEGATIVE_INFINITY, deadlineAfterMs: null };

/**
 * Plan forward (fremad): from the earliest start (a date: from the start of that day; an instant:
 * from then), the earliest meeting of each stage in order that keeps every gap and whose
 * deadline is not before `now`. A stage with no such meeting, and every stage after it, stays
 * unscheduled with a 'no-meeting-in-window' conflict on it.
 */
export function planForward(
	ctx: PlanningContext,
	path: readonly PathStage[],
	start: Temporal.PlainDate | Temporal.Instant,
	now: Temporal.Instant
): Plan {
	const chosen = forwardChoice(ctx, path, startBound(start), now.epochMilliseconds);
	const conflicts: Conflict[] = [];
	const missing = chosen.indexOf(null);
	if (missing >= 0) {
		const stage = path[missing] as PathStage;
		const previous = chosen[missing - 1];
		const after =
			previous === undefined || previous === null
				? start instanceof Temporal.Instant
					? describeInstant(start.epochMilliseconds)
					: describeDate(start)
				: describeMeeting(previous.meeting);
		conflicts.push({
			code: 'no-meeting-in-window',
			stage: missing,
			message: `Der er intet møde i ${stage.bodyCode} efter ${after} med en frist, der ikke er overskredet.`,
			repairs: []
		});
	}
	return { stages: plannedStages(ctx, path, chosen), conflicts };
}

/**
 * Plan backward (baglæns): the last stage on the target meeting (or on the last meeting of its
 * body on or before the date whose deadline is not past), then for each earlier stage the latest
 * meeting of its body that keeps the gap to the next stage and whose deadline is not before
 * `now`. The latest choice leaves the earlier stages the most room, so it is also the one that
 * keeps the case inside the decision's political cycle whenever any plan could; where none
 * can, it falls back to the nearest earlier cycle.
 *
 * If a stage cannot be placed, it and the stages before it stay unscheduled, with a
 * 'no-meeting-in-window' conflict whose repair is the earliest complete plan from `now`.
 */
export function planBackward(ctx: PlanningContext, path: readonly PathStage[], target: PlanTarget, now: Temporal.Instant): Plan {
	const nowMs = now.epochMilliseconds;
	const lastIndex = path.length - 1;
	const last = path[lastIndex];
	if (last === undefined) return { stages: [], conflicts: [] };
	const chosen: (IndexedMeeting | null)[] = path.map(() => null);
	const conflicts: Conflict[] = [];
	const fallback = () => {
		const repair = replanRepair(forwardChoice(ctx, path, NO_BOUND, nowMs));
		return repair === null ? [] : [repair];
	};

	if ('meetingId' in target) {
		const m = ctx.byId.get(target.meetingId);
		if (m === undefined) {
			conflicts.push({ code: 'meeting-missing', stage: lastIndex, message: 'Beslutningsmødet findes ikke.', repairs: fallback() });
		} else if (m.meeting.bodyCode !== last.bodyCode) {
			conflicts.push({
				code: 'meeting-wrong-body',
				stage: lastIndex,
				message: `${describeMeeting(m.meeting)} er ikke et møde i ${last.bodyCode}, hvor sagen skal ${last.role === 'beslutning' ? 'besluttes' : 'slutte'}.`,
				repairs: fallback()
			});
		} else if (m.meeting.cancelled) {
			conflicts.push({ code: 'meeting-cancelled', stage: lastIndex, message: `${describeMeeting(m.meeting)} er aflyst.`, repairs: fallback() });
		} else {
			chosen[lastIndex] = m;
			if (deadlineMsOf(ctx, m) < nowMs) {
				conflicts.push({
					code: 'deadline-passed',
					stage: lastIndex,
					message: `Fristen for ${describeMeeting(m.meeting)} var ${describeInstant(deadlineMsOf(ctx, m))} og er overskredet.`,
					repairs: fallback()
				});
			}
		}
	} else {
		const bound: UpperBound = { beforeMs: Number.POSITIVE_INFINITY, maxDay: dayNumber(target.by) };
		const m = latestMeeting(ctx, last.bodyCode, bound, null, nowMs);
		if (m === null) {
			conflicts.push({
				code: 'no-meeting-in-window',
				stage: lastIndex,
				message: `Der er intet møde i ${last.bodyCode} senest ${describeDate(target.by)} med en frist, der ikke er overskredet.`,
				repairs: fallback()
			});
		}
		chosen[lastIndex] = m;
	}

	for (let index = lastIndex - 1; index >= 0; index--) {
		const next = chosen[index + 1];
		if (next === null || next === undefined) break;
		const stage = path[index] as PathStage;
		const m = latestMeeting(ctx, stage.bodyCode, upperBoundFrom(ctx, path, index, index + 1, next), null, nowMs);
		if (m === null) {
			conflicts.push({
				code: 'no-meeting-in-window',
				stage: index,
				message: `Der er intet møde i ${stage.bodyCode} før ${describeMeeting(next.meeting)}, der holder afstanden og fristen.`,
				repairs: fallback()
			});
			break;
		}
		chosen[index] = m;
	}
	return { stages: plannedStages(ctx, path, chosen), conflicts };
}
