import type { Temporal } from 'temporal-polyfill';
import { affectedByMove } from '../../domain/conflicts.ts';
import { casesOnMeetings } from './repository.ts';
import type { Db } from '../db/index.ts';
import { toInstant } from '../db/temporal.ts';
import { planningContext, toSavedStage } from './context.ts';
import { conflictJson } from './service.ts';

/**
 * What moving (or cancelling) a meeting would break, before it is saved: every case with a
 * stage on it, the conflicts the change adds, and the repairs proposed on the changed calendar.
 * Closed cases are named only to those who may see them.
 */
export async function meetingChangeImpact(
	db: Db,
	meeting: { id: string; starts_at: Date },
	change: Temporal.ZonedDateTime | 'cancelled',
	now: Temporal.Instant,
	showClosed: boolean
) {
	const cases = await casesOnMeetings(db, [meeting.id]);
	const around = [toInstant(meeting.starts_at), now, ...(change === 'cancelled' ? [] : [change.toInstant()])];
	const ctx = await planningContext(db, around);
	const impacts = affectedByMove(ctx, cases.map((c) => ({ id: c.id, stages: c.stages.map(toSavedStage) })), meeting.id, change, now);
	const byId = new Map(cases.map((c) => [c.id, c]));
	return impacts.map((impact) => {
		const c = byId.get(impact.caseId)!;
		const visible = showClosed || !c.is_closed;
		return {
			case: visible ? { id: c.id, caseNumber: c.case_number, title: c.title, version: c.version, closed: c.is_closed } : { closed: true, title: 'Lukket sag' },
			breaks: impact.conflicts.length > 0,
			conflicts: visible ? impact.conflicts.map(conflictJson) : impact.conflicts.map((x) => ({ code: x.code, stage: x.stage, message: x.message, repairs: [] }))
		};
	});
}
