import { Temporal } from 'temporal-polyfill';
import { ZONE } from './zone.ts';

/** Calendar days [from, to] (both inclusive) in Copenhagen as the half-open span of instants they cover. */
export function dayRange(from: Temporal.PlainDate, to: Temporal.PlainDate): { from: Temporal.Instant; to: Temporal.Instant } {
	return {
		from: from.toZonedDateTime(ZONE).toInstant(),
		to: to.add({ days: 1 }).toZonedDateTime(ZONE).toInstant()
	};
}

/** ISO 8601 with the Copenhagen offset, e.g. 2023-05-23T17:00:00+02:00. */
export function formatInstant(i: Temporal.Instant): string {
	return i.toZonedDateTimeISO(ZONE).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export function localDate(i: Temporal.Instant): Temporal.PlainDate {
	return i.toZonedDateTimeISO(ZONE).toPlainDate();
}

/**
 * The instant of a Copenhagen wall-clock time. Times that do not exist (the spring gap) or
 * occur twice (the autumn hour) are refused rather than guessed.
 */
export function wallClockInstant(date: Temporal.PlainDate, time: Temporal.PlainTime): Temporal.Instant {
	return date.toPlainDateTime(time).toZonedDateTime(ZONE, { disambiguation: 'reject' }).toInstant();
}
