import { Temporal } from 'temporal-polyfill';
import type { SavedStage } from '../../domain/conflicts.ts';
import { createPlanningContext, type PlannerMeeting, type PlanningContext } from '../../domain/planning-context.ts';
import { ZONE } from '../../domain/zone.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import { listBriefingPins } from '../cycles/repository.ts';
import type { StageWithBody } from './repository.ts';
import type { Db } from '../db/index.ts';
import { toDate, toInstant } from '../db/temporal.ts';
import { calendarContext, toPlannerBody } from '../calendar/model.ts';

export const toSavedStage = (s: StageWithBody): SavedStage => ({
	bodyCode: s.body_code,
	role: s.role,
	minGapDays: s.min_gap_days,
	afterPreviousBeforeDeadline: s.after_previous_before_deadline,
	meetingId: s.meeting_id,
	status: s.status
});

// A case runs over months, not years: a year and a bit on either side of the dates involved
// holds every meeting a plan or a repair could choose, and the council meetings that name the
// cycles around them.
const MARGIN_DAYS = 430;

/**
 * The planner's view of the calendar around the given instants: every meeting (cancelled ones
 * marked, deleted ones left out so a stage on them shows as missing), every body's deadline
 * rule, and the working calendar with the local closures. Outside a transaction that is the
 * calendar model's view of the whole calendar, already in memory; a transaction reads what it sees.
 */
export async function planningContext(db: Db, around: Temporal.Instant[]): Promise<PlanningContext> {
	if (!db.isTransaction) return calendarContext(db);
	const ms = around.map((i) => i.epochMilliseconds);
	const from = Temporal.Instant.fromEpochMilliseconds(Math.min(...ms)).subtract({ hours: 24 * MARGIN_DAYS });
	const to = Temporal.Instant.fromEpochMilliseconds(Math.max(...ms)).add({ hours: 24 * MARGIN_DAYS });
	const [bodies, rows, calendar, briefingPins] = await Promise.all([
		db.selectFrom('body').selectAll().execute(),
		db
			.selectFrom('meeting as m')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select(['m.id', 'b.code', 'm.starts_at', 'm.status'])
			.where('m.deleted_at', 'is', null)
			.where('m.starts_at', '>=', toDate(from))
			.where('m.starts_at', '<', toDate(to))
			.orderBy('m.starts_at')
			.execute(),
		loadWorkingCalendar(db),
		listBriefingPins(db)
	]);
	const meetings: PlannerMeeting[] = rows.map((r) => ({
		id: r.id,
		bodyCode: r.code,
		start: toInstant(r.starts_at).toZonedDateTimeISO(ZONE),
		cancelled: r.status === 'cancelled'
	}));
	return createPlanningContext({ meetings, bodies: bodies.map(toPlannerBody), calendar, briefingPins });
}

/** The instants a case's saved stages point at, to centre the planning window on. */
export async function stageInstants(db: Db, meetingIds: (string | null)[], fallback: Temporal.Instant): Promise<Temporal.Instant[]> {
	const ids = meetingIds.filter((id): id is string => id !== null);
	if (ids.length === 0) return [fallback];
	const rows = await db.selectFrom('meeting').select('starts_at').where('id', 'in', ids).execute();
	return [fallback, ...rows.map((r) => toInstant(r.starts_at))];
}
