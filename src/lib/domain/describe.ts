import { Temporal } from 'temporal-polyfill';
import { danishMonthName } from './month-names.ts';
import type { PlannerMeeting } from './planning-context.ts';
import { ZONE } from './zone.ts';

/** "ØK 16. maj 2023" */
export function describeMeeting(m: Pick<PlannerMeeting, 'bodyCode' | 'start'>): string {
	const date = m.start.withTimeZone(ZONE).toPlainDate();
	return `${m.bodyCode} ${describeDate(date)}`;
}

/** "16. maj 2023" */
export function describeDate(date: Temporal.PlainDate): string {
	return `${date.day}. ${danishMonthName(date.month)} ${date.year}`;
}

/** "16. maj 2023", the Copenhagen date of an instant in epoch ms */
export function describeInstant(ms: number): string {
	return describeDate(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(ZONE).toPlainDate());
}

/** "1 dag", "3 dage" */
export function describeDays(n: number): string {
	return n === 1 ? '1 dag' : `${n} dage`;
}
