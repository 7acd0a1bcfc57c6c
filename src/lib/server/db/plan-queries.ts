import type { DayOffPolicy } from '../../domain/meeting-plan.ts';
import type { PlanRule } from '../../domain/plan-dates.ts';
import type { Db } from './index.ts';

/** A body's stored meeting plan (mødeplan) for one year, to pre-fill the form that regenerates it. */
export async function findMeetingPlan(
	db: Db,
	bodyId: number,
	year: number
): Promise<{ rule: PlanRule; startTime: string; durationMinutes: number; excludeMonths: number[]; onDayOff: DayOffPolicy; keepMorningOnHalfDay: boolean } | undefined> {
	const row = await db
		.selectFrom('meeting_plan')
		.select(['rule', 'start_time', 'duration_minutes', 'exclude_months', 'on_day_off', 'keep_morning_on_half_day'])
		.where('body_id', '=', bodyId)
		.where('year', '=', year)
		.executeTakeFirst();
	if (!row) return undefined;
	return { rule: row.rule as PlanRule, startTime: row.start_time.slice(0, 5), durationMinutes: row.duration_minutes, excludeMonths: row.exclude_months, onDayOff: row.on_day_off, keepMorningOnHalfDay: row.keep_morning_on_half_day };
}
