import type { Temporal } from 'temporal-polyfill';
import { closureCalendarImpact, closureCaseImpact } from '../../domain/closure-impact.ts';
import type { Closure } from '../../domain/closures.ts';
import { formatInstant } from '../../domain/day-range.ts';
import { withCalendar } from '../../domain/planning-context.ts';
import { ZONE } from '../../domain/zone.ts';
import { maySeeContent, type Viewer } from '../auth/access.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import type { Db } from '../db/index.ts';
import { planningContext, toSavedStage } from './context.ts';
import { casesOnMeetings } from './repository.ts';
import { conflictJson } from './serialize.ts';

/**
 * What adding a closure would do, before it is saved: the meetings on its days, the write-up
 * deadlines it moves, and the cases whose saved paths it breaks (closed ones named only to those
 * who may see them).
 */
export async function closureChangeImpact(db: Db, closure: Closure, now: Temporal.Instant, viewer: Viewer | null) {
	const ctx = await planningContext(db, [closure.from.toZonedDateTime(ZONE).toInstant(), closure.to.toZonedDateTime(ZONE).toInstant(), now]);
	const closed = withCalendar(ctx, await loadWorkingCalendar(db, [closure]));
	const impact = closureCalendarImpact(ctx, closed);
	const cases = await casesOnMeetings(db, [...impact.meetings, ...impact.deadlines].map((m) => m.meetingId));
	const broken = closureCaseImpact(ctx, closed, cases.map((c) => ({ id: c.id, stages: c.stages.map(toSavedStage) })), now);
	const byId = new Map(cases.map((c) => [c.id, c]));
	return {
		meetings: impact.meetings.map((m) => ({ id: m.meetingId, description: m.description })),
		deadlines: impact.deadlines.map((d) => ({ id: d.meetingId, description: d.description, from: formatInstant(d.from.toInstant()), to: formatInstant(d.to.toInstant()) })),
		cases: broken.map((i) => {
			const c = byId.get(i.caseId)!;
			const visible = maySeeContent(viewer, c);
			return {
				case: visible ? { id: c.id, title: c.title, closed: c.is_closed } : { closed: true, title: 'Lukket sag' },
				conflicts: i.conflicts.map((x) => (visible ? conflictJson(x) : { code: x.code, stage: x.stage, message: x.message, repairs: [] }))
			};
		})
	};
}
