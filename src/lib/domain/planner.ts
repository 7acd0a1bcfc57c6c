import { Temporal } from 'temporal-polyfill';
import type { PathStage, StageRole } from './case-path.ts';
import type { Conflict, Repair } from './conflict-types.ts';
import { describeDate, describeInstant, describeMeeting } from './describe.ts';
import {
	dayNumber,
	deadlineMsOf,
	earliestMeeting,
	latestMeeting,
	lowerBoundFrom,
	meetingDeadline,
	upperBoundFrom,
	type IndexedMeeting,
	type LowerBound,
	type PlanningContext,
	type UpperBound
} from './planning-context.ts';
import { ZONE } from './zone.ts';

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
	/** whether the deadline lies before `now`: a plan for a decision in the past is history */
	deadlinePassed: boolean;
}

export interface Plan {
	stages: PlannedStage[];
	conflicts: Conflict[];
}

/** Where the case is to be decided: on a given meeting, or on the last one on or before a date. */
export type PlanTarget = { meetingId: string } | { by: Temporal.PlainDate };

function plannedStages(ctx: PlanningContext, path: readonly PathStage[], chosen: readonly (IndexedMeeting | null)[], nowMs: number): PlannedStage[] {
	return path.map((stage, index) => {
		const m = chosen[index] ?? null;
		return {
			deadlinePassed: m !== null && deadlineMsOf(ctx, m) < nowMs,
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

/** The first instant of the start: a date from the start of that day. */
function startMsOf(start: Temporal.PlainDate | Temporal.Instant): number {
	return start instanceof Temporal.Instant ? start.epochMilliseconds : start.toZonedDateTime(ZONE).epochMilliseconds;
}

function startBound(start: Temporal.PlainDate | Temporal.Instant): LowerBound {
	const ms = startMsOf(start);
	const date = start instanceof Temporal.Instant ? start.toZonedDateTimeISO(ZONE).toPlainDate() : start;
	return { afterMs: ms - 1, minDay: dayNumber(date), deadlineAfterMs: null };
}

/** Midnight in ZONE at the start of `now`'s day. */
function startOfDayMs(now: Temporal.Instant): number {
	return now.toZonedDateTimeISO(ZONE).startOfDay().epochMilliseconds;
}

const NO_BOUND: LowerBound = { afterMs: Number.NEGATIVE_INFINITY, minDay: Number.NEGATIVE_INFINITY, deadlineAfterMs: null };

/**
 * Plan forward (fremad): from the earliest start (a date: from the start of that day; an instant:
 * from then), the earliest meeting of each stage in order that keeps every gap and whose
 * deadline is not before the start, nor before `now` if the start is today or later. A stage
 * with no such meeting, and every stage after it, stays unscheduled with a
 * 'no-meeting-in-window' conflict on it.
 *
 * A start on a day before `now`'s gives the plan as it would have been from then, its passed
 * deadlines flagged, and a 'start-passed' conflict whose repair is the earliest plan from now.
 */
export function planForward(
	ctx: PlanningContext,
	path: readonly PathStage[],
	start: Temporal.PlainDate | Temporal.Instant,
	now: Temporal.Instant
): Plan {
	const nowMs = now.epochMilliseconds;
	const startMs = startMsOf(start);
	const past = startMs < startOfDayMs(now);
	const chosen = forwardChoice(ctx, path, startBound(start), past ? startMs : Math.max(startMs, nowMs));
	const conflicts: Conflict[] = [];
	const describeStart = start instanceof Temporal.Instant ? describeInstant(startMs) : describeDate(start);
	const missing = chosen.indexOf(null);
	if (missing >= 0) {
		const stage = path[missing] as PathStage;
		const previous = chosen[missing - 1];
		const after = previous === undefined || previous === null ? describeStart : describeMeeting(previous.meeting);
		conflicts.push({
			code: 'no-meeting-in-window',
			stage: missing,
			message: `Der er intet møde i ${stage.bodyCode} efter ${after} med en frist, der ikke er overskredet.`,
			repairs: []
		});
	}
	const stages = plannedStages(ctx, path, chosen, nowMs);
	const passed = stages.findIndex((s) => s.deadlinePassed);
	if (past && passed >= 0) {
		const first = chosen[passed] as IndexedMeeting;
		const repair = replanRepair(forwardChoice(ctx, path, NO_BOUND, nowMs));
		conflicts.unshift({
			code: 'start-passed',
			stage: passed,
			message: `Sagen kan ikke længere starte ${describeStart}: fristen for ${describeMeeting(first.meeting)} var ${describeInstant(deadlineMsOf(ctx, first))}.`,
			repairs: repair === null ? [] : [repair]
		});
	}
	return { stages, conflicts };
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
 *
 * A decision before `now` (the meeting, or the date before today) is planned as it would have
 * been: no deadline is refused for being past, and each passed one is flagged on its stage.
 */
export function planBackward(ctx: PlanningContext, path: readonly PathStage[], target: PlanTarget, now: Temporal.Instant): Plan {
	const realNowMs = now.epochMilliseconds;
	const targetMeeting = 'meetingId' in target ? ctx.byId.get(target.meetingId) : undefined;
	const past =
		'meetingId' in target ? targetMeeting !== undefined && targetMeeting.ms < realNowMs : Temporal.PlainDate.compare(target.by, now.toZonedDateTimeISO(ZONE).toPlainDate()) < 0;
	// A decision in the past: the plan it would have been, deadlines flagged rather than refused.
	const nowMs = past ? Number.NEGATIVE_INFINITY : realNowMs;
	const lastIndex = path.length - 1;
	const last = path[lastIndex];
	if (last === undefined) return { stages: [], conflicts: [] };
	const fallbackFromNow = () => replanRepair(forwardChoice(ctx, path, NO_BOUND, realNowMs));
	const chosen: (IndexedMeeting | null)[] = path.map(() => null);
	const conflicts: Conflict[] = [];
	const fallback = () => {
		const repair = fallbackFromNow();
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
	return { stages: plannedStages(ctx, path, chosen, realNowMs), conflicts };
}
