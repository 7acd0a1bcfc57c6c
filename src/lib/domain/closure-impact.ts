import type { Temporal } from 'temporal-polyfill';
import type { Conflict } from './conflict-types.ts';
import { checkCasePath, type CaseForCheck } from './conflicts.ts';
import { describeMeeting } from './describe.ts';
import { deadlineMsOf, meetingDeadline, type PlanningContext } from './planning-context.ts';

/** What a new closure (lukkeperiode) would do, before it is saved. */
export interface ClosureImpact {
	/** meetings that fall on it and could no longer be held there */
	meetings: { meetingId: string; description: string }[];
	/** meetings whose write-up deadline it moves */
	deadlines: { meetingId: string; description: string; from: Temporal.ZonedDateTime; to: Temporal.ZonedDateTime }[];
	/** cases whose saved path it breaks: the conflicts it adds */
	cases: { caseId: string; conflicts: Conflict[] }[];
}

/**
 * Compares the calendar as it is (`ctx`) with the calendar with the closure (`closed`, the same
 * meetings against the new working calendar): the meetings on the closed days and the deadlines
 * that move, which say which cases to look at.
 */
export function closureCalendarImpact(ctx: PlanningContext, closed: PlanningContext): Omit<ClosureImpact, 'cases'> {
	const meetings: ClosureImpact['meetings'] = [];
	const deadlines: ClosureImpact['deadlines'] = [];
	for (const m of ctx.byId.values()) {
		const after = closed.byId.get(m.meeting.id);
		if (after === undefined || m.meeting.cancelled) continue;
		if (m.dayOff === null && after.dayOff !== null) {
			meetings.push({ meetingId: m.meeting.id, description: `${describeMeeting(m.meeting)} (${after.dayOff})` });
			continue;
		}
		if (after.dayOff !== null || deadlineMsOf(ctx, m) === deadlineMsOf(closed, after)) continue;
		deadlines.push({ meetingId: m.meeting.id, description: describeMeeting(m.meeting), from: meetingDeadline(ctx, m.meeting), to: meetingDeadline(closed, m.meeting) });
	}
	const byStart = (a: { meetingId: string }, b: { meetingId: string }) =>
		(ctx.byId.get(a.meetingId)?.ms ?? 0) - (ctx.byId.get(b.meetingId)?.ms ?? 0);
	meetings.sort(byStart);
	deadlines.sort(byStart);
	return { meetings, deadlines };
}

/** For each case the conflicts the closure adds to its saved path (as a move would). */
export function closureCaseImpact(ctx: PlanningContext, closed: PlanningContext, cases: readonly CaseForCheck[], now: Temporal.Instant): ClosureImpact['cases'] {
	const key = (conflict: Conflict) => `${conflict.code}@${conflict.stage}`;
	return cases.flatMap((c) => {
		const before = new Set(checkCasePath(ctx, c.stages, now).map(key));
		const added = checkCasePath(closed, c.stages, now).filter((conflict) => !before.has(key(conflict)));
		return added.length === 0 ? [] : [{ caseId: c.id, conflicts: added }];
	});
}
