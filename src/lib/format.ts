import { Temporal } from 'temporal-polyfill';
import { danishMonthName } from './domain/month-names.ts';
import { WEEKDAY_NAMES } from './domain/working-days.ts';

/** Danish display of dates and times, independent of the browser's or server's locale data. */
export const weekdayName = (d: Temporal.PlainDate) => WEEKDAY_NAMES[d.dayOfWeek - 1]!;

/** e.g. "tirsdag 23. maj 2023" */
export const longDate = (d: Temporal.PlainDate) => `${weekdayName(d)} ${d.day}. ${danishMonthName(d.month)} ${d.year}`;

/** e.g. "23. maj" */
export const shortDate = (d: Temporal.PlainDate) => `${d.day}. ${danishMonthName(d.month)}`;

/** e.g. "17.00" — Danish clock times use a full stop. */
export const clock = (t: Temporal.PlainTime | Temporal.ZonedDateTime) =>
	`${String(t.hour).padStart(2, '0')}.${String(t.minute).padStart(2, '0')}`;
