import { Temporal } from 'temporal-polyfill';
import { dayRange } from './day-range.ts';
import { ZONE } from './zone.ts';

/**
 * When an event would take place, as its form holds it: whole days (first and last, inclusive),
 * or a start time on its first day and an end time on its last.
 */
export type EventSpan =
	| { allDay: true; startDate: Temporal.PlainDate; endDate: Temporal.PlainDate }
	| { allDay: false; date: Temporal.PlainDate; start: Temporal.PlainTime; endDate: Temporal.PlainDate; end: Temporal.PlainTime };

export interface MeetingTimes {
	start: Temporal.Instant;
	end: Temporal.Instant;
	cancelled: boolean;
}

/** The instants the span covers: from its first moment up to (not including) its last. */
export function spanInstants(span: EventSpan): { from: Temporal.Instant; to: Temporal.Instant } {
	if (span.allDay) return dayRange(span.startDate, span.endDate);
	return {
		from: span.date.toZonedDateTime({ timeZone: ZONE, plainTime: span.start }).toInstant(),
		to: span.endDate.toZonedDateTime({ timeZone: ZONE, plainTime: span.end }).toInstant()
	};
}

/**
 * The meetings an event would overlap, in the order given: held meetings whose time shares at
 * least a minute with the event's. A cancelled meeting takes no time; an empty or reversed span
 * overlaps nothing.
 */
export function overlappingMeetings<M extends MeetingTimes>(span: EventSpan, meetings: readonly M[]): M[] {
	const { from, to } = spanInstants(span);
	if (Temporal.Instant.compare(to, from) <= 0) return [];
	return meetings.filter((m) => !m.cancelled && Temporal.Instant.compare(m.start, to) < 0 && Temporal.Instant.compare(from, m.end) < 0);
}
