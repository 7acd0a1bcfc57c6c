import type { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';

/**
 * The span a feed covers: one year back and two ahead of today (Copenhagen). Enough for a
 * year's planning and last year's look-ups, small enough that clients fetch it hourly without
 * cost. Items that slide out of the window disappear from the subscribers' calendars.
 */
export interface FeedWindow {
	today: Temporal.PlainDate;
	fromDate: Temporal.PlainDate;
	toDate: Temporal.PlainDate;
	from: Temporal.Instant;
	to: Temporal.Instant;
}

export function feedWindow(today: Temporal.PlainDate): FeedWindow {
	const fromDate = today.subtract({ years: 1 });
	const toDate = today.add({ years: 2 });
	return { today, fromDate, toDate, ...dayRange(fromDate, toDate) };
}

/**
 * Cancelled meetings stay in the feed as "AFLYST: …" with STATUS:CANCELLED until this many
 * days after their date, so a subscriber sees that the meeting was called off instead of it
 * silently vanishing; after that they are dropped and clients remove them.
 */
export const CANCELLED_KEPT_DAYS = 60;

/** Whether a cancelled item whose last day is `lastDay` is still shown on `today`. */
export function cancelledStillShown(lastDay: Temporal.PlainDate, today: Temporal.PlainDate): boolean {
	return lastDay.until(today).days <= CANCELLED_KEPT_DAYS;
}
