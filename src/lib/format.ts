import { Temporal } from 'temporal-polyfill';
import { danishMonthName } from './domain/month-names.ts';
import { ZONE } from './domain/zone.ts';
import { WEEKDAY_NAMES } from './domain/working-days.ts';

/** Danish display of dates and times, independent of the browser's or server's locale data. */
export const weekdayName = (d: Temporal.PlainDate) => WEEKDAY_NAMES[d.dayOfWeek - 1]!;

/** e.g. "tirsdag 23. maj 2023" */
export const longDate = (d: Temporal.PlainDate) => `${weekdayName(d)} ${d.day}. ${danishMonthName(d.month)} ${d.year}`;

/** e.g. "17.00" — Danish clock times use a full stop. */
export const clock = (t: Temporal.PlainTime | Temporal.ZonedDateTime) =>
	`${String(t.hour).padStart(2, '0')}.${String(t.minute).padStart(2, '0')}`;

/** A moment as the case pages show it, from the API's ISO string with offset. */
export function moment(iso: string) {
	const t = Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE);
	const day = t.toPlainDate();
	return { date: day.toString(), longDate: longDate(day), short: `${day.day}/${day.month} ${day.year}`, time: clock(t), week: t.weekOfYear! };
}

/** "fredag 31. marts 2023 kl. 12.00" */
export const deadlineText = (iso: string) => {
	const m = moment(iso);
	return `${m.longDate} kl. ${m.time}`;
};

/** e.g. "15. oktober 2026": a date in running text. */
export const textDate = (d: Temporal.PlainDate) => `${d.day}. ${danishMonthName(d.month)} ${d.year}`;

/** Two dates as Danish prose names a span: "21. til 29. september 2027", "30. august til 2. september 2027". */
export function fromTo(a: Temporal.PlainDate, b: Temporal.PlainDate): string {
	if (a.year !== b.year) return `${textDate(a)} til ${textDate(b)}`;
	if (a.month !== b.month) return `${a.day}. ${danishMonthName(a.month)} til ${textDate(b)}`;
	return `${a.day}. til ${textDate(b)}`;
}

/** "1 begivenhed", "3 begivenheder" */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A span of days or of moments in running text: "15. oktober 2026", "15. til 17. oktober 2026",
 * "15. oktober 2026 kl. 13.00–15.30", "15. oktober 2026 kl. 13.00 til 17. oktober 2026 kl. 12.00".
 */
export function spanText(start: Temporal.PlainDate | Temporal.ZonedDateTime, end: Temporal.PlainDate | Temporal.ZonedDateTime): string {
	if (start instanceof Temporal.PlainDate && end instanceof Temporal.PlainDate) return start.equals(end) ? textDate(start) : fromTo(start, end);
	const [a, b] = [start as Temporal.ZonedDateTime, end as Temporal.ZonedDateTime];
	const [dayA, dayB] = [a.toPlainDate(), b.toPlainDate()];
	if (dayA.equals(dayB)) return `${textDate(dayA)} kl. ${clock(a)}–${clock(b)}`;
	return `${textDate(dayA)} kl. ${clock(a)} til ${textDate(dayB)} kl. ${clock(b)}`;
}
