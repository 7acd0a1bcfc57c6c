import { Temporal } from 'temporal-polyfill';
import { HALF_DAY_CLOSES } from './holidays.ts';
import type { WorkingCalendar } from './working-days.ts';
import { ZONE } from './zone.ts';

/** A body's agenda deadline rule (frist): N working days before the meeting, at a clock time. */
export interface DeadlineRule {
	workingDays: number;
	time: Temporal.PlainTime;
}

/**
 * The deadline instant (in ZONE) for a meeting starting at meetingStart. If the deadline day is
 * a half day and the time is after 12:00, it is 12:00 that day (offices close at noon).
 */
export function agendaDeadline(
	cal: WorkingCalendar,
	meetingStart: Temporal.ZonedDateTime,
	rule: DeadlineRule,
	bodyCode?: string
): Temporal.ZonedDateTime {
	// The meeting's Danish date counts, whatever zone the caller's value is in.
	const meetingDate = meetingStart.withTimeZone(ZONE).toPlainDate();
	const date = cal.workingDaysBefore(meetingDate, rule.workingDays, bodyCode);
	const afterClosing =
		cal.isHalfDay(date) && Temporal.PlainTime.compare(rule.time, HALF_DAY_CLOSES) > 0;
	return date.toZonedDateTime({
		timeZone: ZONE,
		plainTime: afterClosing ? HALF_DAY_CLOSES : rule.time
	});
}
