import type { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import { calendarColorName } from './color.ts';
import { vtimezone } from './vtimezone.ts';

/**
 * One entry of a feed, whatever it comes from (meeting, event, case deadline). Every field is
 * data: the renderer adds nothing of its own, so the same rows render to the same bytes.
 */
export interface FeedItem {
	/** Stable across renders and moves, e.g. `meeting-<uuid>@aarshjul`. */
	uid: string;
	/**
	 * The least SEQUENCE the item may carry (the writer's own counter); publishing raises it
	 * further whenever the time or status that subscribers were sent changes.
	 */
	sequence: number;
	/** DTSTAMP and LAST-MODIFIED; publishing replaces it with the time subscribers were last sent a change. */
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
	/** The body's colour (#rrggbb) for a body feed: COLOR and X-APPLE-CALENDAR-COLOR. */
	color?: string | null;
	items: FeedItem[];
}

/** How often clients should fetch again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 3600;

// C0 and C1 control characters and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of text: line breaks and other control characters become spaces. */
export function singleLine(text: string): string {
	return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Running text: line breaks are kept (escaped as \n when written), other controls dropped. */
export function multiLine(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(CONTROL, ' ').replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.trim();
}

/** RFC 5545 § 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * RFC 5545 § 3.1: lines longer than 75 octets are folded with CRLF and one space, and never
 * inside a UTF-8 sequence (nor between the halves of a surrogate pair, which is one code point).
 */
export function fold(line: string): string {
	if (encoder.encode(line).byteLength <= 75) return line;
	let out = '';
	let used = 0;
	for (const ch of line) {
		const n = octets(ch.codePointAt(0)!);
		if (used + n > 75) {
			out += '\r\n ';
			used = 1;
		}
		out += ch;
		used += n;
	}
	return out;
}

const two = (n: number) => String(n).padStart(2, '0');
const dateValue = (d: { year: number; month: number; day: number }) => `${String(d.year).padStart(4, '0')}${two(d.month)}${two(d.day)}`;
const timeValue = (t: { hour: number; minute: number; second: number }) => `${two(t.hour)}${two(t.minute)}${two(t.second)}`;

/** A UTC DATE-TIME, e.g. 20260530T074500Z; fractions of seconds are dropped. */
export function utcStamp(d: Date): string {
	return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

const local = (i: Temporal.Instant) => {
	const z = i.toZonedDateTimeISO(ZONE);
	return `${dateValue(z)}T${timeValue(z)}`;
};

/** An alarm's trigger before the start, in the largest whole unit: -P1D, -PT1H, -PT90M. */
function trigger(minutes: number): string {
	if (minutes % (7 * 1440) === 0) return `-P${minutes / (7 * 1440)}W`;
	if (minutes % 1440 === 0) return `-P${minutes / 1440}D`;
	if (minutes % 60 === 0) return `-PT${minutes / 60}H`;
	return `-PT${minutes}M`;
}

const startMillis = (t: FeedTiming) => (t.allDay ? t.firstDay.toZonedDateTime(ZONE).epochMilliseconds : t.start.epochMilliseconds);

/**
 * What an item shows, as unfolded content lines without its markers (SEQUENCE, DTSTAMP,
 * LAST-MODIFIED): the part publishing compares with what subscribers were last sent.
 * `timing` is the part whose change must raise SEQUENCE (RFC 5546 § 2.1.4): time and status.
 */
export function itemContent(item: FeedItem): { lines: string[]; timing: string[]; alarm: string[] } {
	const t = item.timing;
	const timing = t.allDay
		? [`DTSTART;VALUE=DATE:${dateValue(t.firstDay)}`, `DTEND;VALUE=DATE:${dateValue(t.lastDay.add({ days: 1 }))}`]
		: [`DTSTART;TZID=${ZONE}:${local(t.start)}`, `DTEND;TZID=${ZONE}:${local(t.end)}`];
	const status = item.status === 'cancelled' ? 'CANCELLED' : item.status === 'confirmed' ? 'CONFIRMED' : null;
	if (status) timing.push(`STATUS:${status}`);
	const summary = singleLine(item.summary);
	const location = singleLine(item.location);
	const description = multiLine(item.description);
	// Cancelled meetings, whole-day markers and deadlines should not block the day.
	const transparent = item.status === 'cancelled' || t.allDay || item.transparent;
	const lines = [
		...timing.slice(0, 2),
		...(t.allDay ? ['X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'] : []),
		`SUMMARY:${escapeText(summary)}`,
		...(location ? [`LOCATION:${escapeText(location)}`] : []),
		...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
		...(item.url ? [`URL:${item.url}`] : []),
		...timing.slice(2),
		`TRANSP:${transparent ? 'TRANSPARENT' : 'OPAQUE'}`
	];
	// RFC 5545 § 3.6.6: a DISPLAY alarm needs a DESCRIPTION; a cancelled item reminds no one.
	const alarm =
		item.alarmMinutes && item.status !== 'cancelled'
			? ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger(item.alarmMinutes)}`, `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM']
			: [];
	return { lines, timing, alarm };
}

/** The VEVENT of an item: its properties, then its alarm (RFC 5545 § 3.6.1: alarms come last). */
function eventLines(item: FeedItem): string[] {
	const { lines, alarm } = itemContent(item);
	const stamp = utcStamp(item.updatedAt);
	return ['BEGIN:VEVENT', `UID:${item.uid}`, `SEQUENCE:${item.sequence}`, `DTSTAMP:${stamp}`, ...lines, `LAST-MODIFIED:${stamp}`, ...alarm, 'END:VEVENT'];
}

const refresh = `PT${REFRESH_SECONDS / 3600}H`;

/**
 * Renders a VCALENDAR in RFC 5545 order: the calendar's properties, then its components (the
 * VTIMEZONE, then the events by start and UID). Times are local Copenhagen times with the TZID
 * of the one VTIMEZONE, all-day items are dates with an exclusive end, stamps are UTC. Every
 * line ends with CRLF, and lines are folded at 75 octets.
 */
export function renderFeed(feed: FeedCalendar): string {
	const name = escapeText(singleLine(feed.name));
	const color = feed.color && /^#[0-9a-f]{6}$/i.test(feed.color) ? feed.color.toUpperCase() : null;
	const head = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Aarshjul//Feeds//DA',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`NAME:${name}`,
		`X-WR-CALNAME:${name}`,
		`X-WR-CALDESC:${escapeText(singleLine(feed.description))}`,
		...(color ? [`COLOR:${calendarColorName(color)}`, `X-APPLE-CALENDAR-COLOR:${color}`] : []),
		`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
		`X-PUBLISHED-TTL:${refresh}`,
		...vtimezone(ZONE).split('\r\n')
	];
	const items = [...feed.items].sort((a, b) => startMillis(a.timing) - startMillis(b.timing) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
	const lines = [...head, ...items.flatMap(eventLines), 'END:VCALENDAR'];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
