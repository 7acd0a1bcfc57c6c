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
}

export interface Plan {
	stages: PlannedStage[];
	conflicts: Conflict[];
}

/** Where the case is to be decided: on a given meeting, or on the last one on or before a date. */
export type PlanTarget = { meetingId: string } | { by: Temporal.PlainDate };

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
