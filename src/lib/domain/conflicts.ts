import type { Temporal } from 'temporal-polyfill';
import type { PathStage } from './case-path.ts';
import type { Conflict, Repair } from './conflict-types.ts';
import { describeDays, describeInstant, describeMeeting } from './describe.ts';
import {
	deadlineMsOf,
	earliestMeeting,
	fitsBounds,
	latestMeeting,
	lowerBoundFrom,
	upperBoundFrom,
	withMeetingChange,
	type IndexedMeeting,
	type LowerBound,
	type PlanningContext
} from './planning-context.ts';

/**
 * A stage's progress. A treated stage (behandlet) is history: repairs never move it. A stage on
 * the agenda (på dagsordenen) has its write-up in, so its deadline no longer matters.
 */
export type StageStatus = import('./case-path.ts').StageStatus;

/** A stage as saved on a case. */
export interface SavedStage extends PathStage {
	meetingId: string | null;
	status: StageStatus;
}

export interface CaseForCheck {
	id: string;
	stages: readonly SavedStage[];
}

type Assignment = (IndexedMeeting | null)[];

/** The saved meetings that are usable: known, not cancelled, not on a day off, of the stage's body. */
function usable(ctx: PlanningContext, stages: readonly SavedStage[]): Assignment {
	return stages.map((stage) => {
		const m = stage.meetingId === null ? undefined : ctx.byId.get(stage.meetingId);
		// A closure added after a stage was treated does not undo it.
		const closed = m !== undefined && m.dayOff !== null && stage.status !== 'treated';
		return m === undefined || m.meeting.cancelled || closed || m.meeting.bodyCode !== stage.bodyCode ? null : m;
	});
}

function previousScheduled(assignment: Assignment, stage: number): number {
	for (let index = stage - 1; index >= 0; index--) if (assignment[index] !== null) return index;
	return -1;
}

function nextScheduled(assignment: Assignment, stage: number): number {
	for (let index = stage + 1; index < assignment.length; index++) if (assignment[index] !== null) return index;
	return -1;
}

function stageLabel(stages: readonly SavedStage[], index: number): string {
	return `trin ${index + 1} (${stages[index]?.bodyCode ?? '?'})`;
}

function describeChanges(before: Assignment, after: Assignment): { stage: number; meetingId: string }[] {
	const changes: { stage: number; meetingId: string }[] = [];
	after.forEach((m, stage) => {
		if (m !== null && m !== before[stage]) changes.push({ stage, meetingId: m.meeting.id });
	});
	return changes;
}

function rescheduleRepair(ctx: PlanningContext, before: Assignment, after: Assignment | null): Repair | null {
	if (after === null) return null;
	const changes = describeChanges(before, after);
	if (changes.length === 0) return null;
	const moves = changes.map((c) => describeMeeting((ctx.byId.get(c.meetingId) as IndexedMeeting).meeting));
	return { kind: 'reschedule', changes, description: `Flyt til ${moves.join(', ')}.` };
}

/**
 * Put `stage` on the latest meeting that fits before its next scheduled stage, then move the
 * earlier stages back as far as they must. Null when a stage cannot be placed or a treated
 * stage would have to move.
 */
function repairBackward(
	ctx: PlanningContext,
	stages: readonly SavedStage[],
	assignment: Assignment,
	stage: number,
	nowMs: number
): Assignment | null {
	const later = nextScheduled(assignment, stage);
	const anchor = assignment[later];
	if (later < 0 || anchor === null || anchor === undefined) return null;
	const body = (stages[stage] as SavedStage).bodyCode;
	const placed = latestMeeting(ctx, body, upperBoundFrom(ctx, stages, stage, later, anchor), null, nowMs);
	if (placed === null) return null;
	const result = [...assignment];
	result[stage] = placed;
	for (let index = stage - 1; index >= 0; index--) {
		const current = result[index];
		if (current === null || current === undefined) continue;
		const next = nextScheduled(result, index);
		const nextMeeting = result[next] as IndexedMeeting;
		const bound = upperBoundFrom(ctx, stages, index, next, nextMeeting);
		if (fitsBounds(ctx, current, null, bound)) break;
		if (stages[index]?.status === 'treated') return null;
		const moved = latestMeeting(ctx, (stages[index] as SavedStage).bodyCode, bound, null, nowMs);
		if (moved === null) return null;
		result[index] = moved;
	}
	return result;
}

/**
 * Put `stage` on the earliest meeting that fits after its previous scheduled stage (or from now,
 * if none), then move the later stages on as far as they must.
 */
function repairForward(
	ctx: PlanningContext,
	stages: readonly SavedStage[],
	assignment: Assignment,
	stage: number,
	nowMs: number
): Assignment | null {
	const earlier = previousScheduled(assignment, stage);
	const anchor = assignment[earlier];
	const lower: LowerBound | null =
		anchor === null || anchor === undefined ? null : lowerBoundFrom(stages, earlier, stage, anchor);
	const body = (stages[stage] as SavedStage).bodyCode;
	const placed = earliestMeeting(ctx, body, lower, null, nowMs);
	if (placed === null) return null;
	const result = [...assignment];
	result[stage] = placed;
	for (let index = stage + 1; index < result.length; index++) {
		const current = result[index];
		if (current === null || current === undefined) continue;
		const previous = previousScheduled(result, index);
		const bound = lowerBoundFrom(stages, previous, index, result[previous] as IndexedMeeting);
		if (fitsBounds(ctx, current, bound, null)) break;
		if (stages[index]?.status === 'treated') return null;
		const moved = earliestMeeting(ctx, (stages[index] as SavedStage).bodyCode, bound, null, nowMs);
		if (moved === null) return null;
		result[index] = moved;
	}
	return result;
}

function repairsFor(
	ctx: PlanningContext,
	stages: readonly SavedStage[],
	assignment: Assignment,
	options: { backward?: number; forward?: number; unschedule?: number },
	nowMs: number
): Repair[] {
	const repairs: Repair[] = [];
	const seen = new Set<string>();
	const add = (repair: Repair | null) => {
		if (repair === null) return;
		const key = JSON.stringify(repair.kind === 'reschedule' ? repair.changes : repair.stage);
		if (seen.has(key)) return;
		seen.add(key);
		repairs.push(repair);
	};
	if (options.backward !== undefined) {
		add(rescheduleRepair(ctx, assignment, repairBackward(ctx, stages, assignment, options.backward, nowMs)));
	}
	if (options.forward !== undefined) {
		add(rescheduleRepair(ctx, assignment, repairForward(ctx, stages, assignment, options.forward, nowMs)));
	}
	if (options.unschedule !== undefined) {
		const stage = options.unschedule;
		add({ kind: 'unschedule', stage, description: `Tag ${stageLabel(stages, stage)} af mødet, så det afventer et nyt møde.` });
	}
	return repairs;
}

/**
 * The conflicts of a case's saved path against the meetings as they are, each with repairs:
 * a broken stage is re-planned backward from the next scheduled stage (keeping the decision),
 * or forward from the previous one (keeping what is done), moving neighbours only as far as
 * they must; a stage with nothing to move to can be taken off its meeting. Stages without a
 * meeting are a conflict only when the stages around them leave no meeting for them.
 */
export function checkCasePath(ctx: PlanningContext, stages: readonly SavedStage[], now: Temporal.Instant): Conflict[] {
	const nowMs = now.epochMilliseconds;
	const assignment = usable(ctx, stages);
	const conflicts: Conflict[] = [];

	stages.forEach((stage, index) => {
		const label = `Trin ${index + 1}`;
		const saved = stage.meetingId === null ? undefined : ctx.byId.get(stage.meetingId);
		const m = assignment[index] ?? null;

		if (m === null) {
			if (stage.meetingId !== null) {
				const base = { stage: index, repairs: repairsFor(ctx, stages, assignment, { backward: index, forward: index, unschedule: index }, nowMs) };
				if (saved === undefined) {
					conflicts.push({ ...base, code: 'meeting-missing', message: `${label}: mødet findes ikke længere.` });
				} else if (saved.meeting.cancelled) {
					conflicts.push({ ...base, code: 'meeting-cancelled', message: `${label}: ${describeMeeting(saved.meeting)} er aflyst.` });
				} else if (saved.dayOff !== null && saved.meeting.bodyCode === stage.bodyCode) {
					conflicts.push({ ...base, code: 'meeting-on-day-off', message: `${label}: ${describeMeeting(saved.meeting)} ligger på en lukkedag (${saved.dayOff}).` });
				} else {
					conflicts.push({ ...base, code: 'meeting-wrong-body', message: `${label}: ${describeMeeting(saved.meeting)} er ikke et møde i ${stage.bodyCode}.` });
				}
				return;
			}
			const later = nextScheduled(assignment, index);
			if (later < 0) return;
			const earlier = previousScheduled(assignment, index);
			const lower = earlier < 0 ? null : lowerBoundFrom(stages, earlier, index, assignment[earlier] as IndexedMeeting);
			const upper = upperBoundFrom(ctx, stages, index, later, assignment[later] as IndexedMeeting);
			if (latestMeeting(ctx, stage.bodyCode, upper, lower, nowMs) !== null) return;
			const between = earlier < 0 ? '' : `efter ${describeMeeting((assignment[earlier] as IndexedMeeting).meeting)} og `;
			conflicts.push({
				code: 'no-meeting-in-window',
				stage: index,
				message: `${label}: der er intet møde i ${stage.bodyCode} ${between}før ${describeMeeting((assignment[later] as IndexedMeeting).meeting)}, der holder afstanden og fristen.`,
				repairs: repairsFor(ctx, stages, assignment, { backward: index, forward: index }, nowMs)
			});
			return;
		}

		const earlier = previousScheduled(assignment, index);
		if (earlier >= 0) {
			const previous = assignment[earlier] as IndexedMeeting;
			const bound = lowerBoundFrom(stages, earlier, index, previous);
			if (!fitsBounds(ctx, m, bound, null)) {
				const orderKept = m.ms > bound.afterMs && m.day >= bound.minDay;
				const gap = bound.minDay - previous.day;
				const repairs = repairsFor(ctx, stages, assignment, { backward: earlier, forward: index }, nowMs);
				conflicts.push(
					orderKept
						? {
								code: 'previous-after-deadline',
								stage: index,
								message: `${label}: ${describeMeeting(previous.meeting)} ligger efter fristen for ${describeMeeting(m.meeting)} (${describeInstant(deadlineMsOf(ctx, m))}).`,
								repairs
							}
						: {
								code: 'stage-order',
								stage: index,
								message: `${label}: ${describeMeeting(m.meeting)} ligger ${gap === 0 ? 'ikke' : `ikke mindst ${describeDays(gap)}`} efter ${describeMeeting(previous.meeting)}.`,
								repairs
							}
				);
			}
		}

		const open = stage.status === 'planned' || stage.status === 'postponed';
		if (open && deadlineMsOf(ctx, m) < nowMs) {
			conflicts.push({
				code: 'deadline-passed',
				stage: index,
				message: `${label}: fristen for ${describeMeeting(m.meeting)} var ${describeInstant(deadlineMsOf(ctx, m))} og er overskredet.`,
				repairs: repairsFor(ctx, stages, assignment, { forward: index, unschedule: index }, nowMs)
			});
		}
	});
	return conflicts;
}

export interface MoveImpact {
	caseId: string;
	/** the conflicts the move would add to this case, with their repairs (on the moved calendar) */
	conflicts: Conflict[];
}

/**
 * What moving (or cancelling) one meeting would do, before it is saved: for every case with a
 * stage on that meeting, the conflicts the move adds. A case that still fits is listed with no
 * conflicts, so the secretariat sees every case the meeting carries.
 */
export function affectedByMove(
	ctx: PlanningContext,
	cases: readonly CaseForCheck[],
	meetingId: string,
	change: Temporal.ZonedDateTime | 'cancelled',
	now: Temporal.Instant
): MoveImpact[] {
	const using = cases.filter((c) => c.stages.some((stage) => stage.meetingId === meetingId));
	if (using.length === 0) return [];
	const moved = withMeetingChange(ctx, meetingId, change);
	const key = (conflict: Conflict) => `${conflict.code}@${conflict.stage}`;
	return using.map((c) => {
		const before = new Set(checkCasePath(ctx, c.stages, now).map(key));
		return { caseId: c.id, conflicts: checkCasePath(moved, c.stages, now).filter((conflict) => !before.has(key(conflict))) };
	});
}
