import ical, { escape, ICalAlarmType, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import { vtimezone } from './vtimezone.ts';

/**
 * One entry of a feed, whatever it comes from (meeting, event, later a case deadline). Every
 * field is data: the renderer adds nothing of its own, so the same rows render to the same bytes.
 */
export interface FeedItem {
	/** Stable across renders and moves, e.g. `meeting-<uuid>@aarshjul`. */
	uid: string;
	/** Raised by the writer when time, place or status changes. */
	sequence: number;
	/** The row's updated_at: becomes DTSTAMP and LAST-MODIFIED. */
	updatedAt: Date;
	timing: FeedTiming;
	summary: string;
	description: string;
	location: string;
	url: string | null;
	status: 'confirmed' | 'cancelled' | null;
	/** A display reminder (VALARM) this many minutes before the start; personal feeds only. */
	alarmMinutes?: number | null;
	/** Shown as free time even when timed, e.g. a write-up deadline. */
	transparent?: boolean;
}

export type FeedTiming =
	| { allDay: false; start: Temporal.Instant; end: Temporal.Instant }
	/** Calendar days in Copenhagen, both inclusive, as the app stores them. */
	| { allDay: true; firstDay: Temporal.PlainDate; lastDay: Temporal.PlainDate };

export interface FeedCalendar {
	name: string;
	description: string;
	items: FeedItem[];
}

/** How often clients should fetch again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

// C0 and C1 control characters and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of text: line breaks and other control characters become spaces. */
export function singleLine(text: string): string {
	return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Running text: line breaks are kept (the library escapes them as \n), other controls dropped. */
export function multiLine(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(CONTROL, ' ').replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.trim();
}

const startMillis = (t: FeedTiming) => (t.allDay ? t.firstDay.toZonedDateTime(ZONE).epochMilliseconds : t.start.epochMilliseconds);

/**
 * Renders a VCALENDAR. Works around ical-generator's defaults, which would break a feed that
 * clients trust:
 * - UID would be a random UUID and DTSTAMP "now": both come from the item instead.
 * - A calendar-level time zone would format DTSTAMP/LAST-MODIFIED as local time without the Z,
 *   so the zone is set per event and the calendar only carries the VTIMEZONE generator.
 * - Plain Dates with a TZID are formatted in the server's own zone: timed items pass a
 *   Temporal.Instant, which the library converts to Copenhagen itself; all-day items pass a
 *   Temporal.PlainDate, which has no zone to get wrong.
 * - DTEND of an all-day item is exclusive: the day after the last day.
 * - NAME, X-WR-CALNAME and X-WR-CALDESC are written unescaped, so they are cleaned and escaped here.
 * - The output lacks the final CRLF that RFC 5545 requires after END:VCALENDAR.
 */
export function renderFeed(feed: FeedCalendar): string {
	const cal = ical({
		prodId: '//Aarshjul//Feeds//DA',
		name: escape(singleLine(feed.name), false),
		description: escape(singleLine(feed.description), false),
		method: ICalCalendarMethod.PUBLISH,
		scale: 'GREGORIAN',
		timezone: { name: null, generator: vtimezone },
		ttl: REFRESH_SECONDS
	});
	const items = [...feed.items].sort((a, b) => startMillis(a.timing) - startMillis(b.timing) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
	for (const item of items) {
		const t = item.timing;
		cal.createEvent({
			id: item.uid,
			sequence: item.sequence,
			stamp: item.updatedAt,
			lastModified: item.updatedAt,
			...(t.allDay
				? { allDay: true, start: t.firstDay, end: t.lastDay.add({ days: 1 }), timezone: null }
				: { allDay: false, start: t.start, end: t.end, timezone: ZONE }),
			summary: singleLine(item.summary),
			description: multiLine(item.description) || null,
			location: singleLine(item.location) || null,
			url: item.url,
			status: item.status === 'cancelled' ? ICalEventStatus.CANCELLED : item.status === 'confirmed' ? ICalEventStatus.CONFIRMED : null,
			// Cancelled meetings, whole-day markers and deadlines should not block the day.
			transparency: item.status === 'cancelled' || t.allDay || item.transparent ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
			// RFC 5545 § 3.6.6: a DISPLAY alarm needs a DESCRIPTION; a cancelled item reminds no one.
			alarms:
				item.alarmMinutes && item.status !== 'cancelled'
					? [{ type: ICalAlarmType.display, triggerBefore: item.alarmMinutes * 60, description: singleLine(item.summary) }]
					: []
		});
	}
	return `${cal.toString()}\r\n`;
}
