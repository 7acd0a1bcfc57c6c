import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../domain/zone.ts';
import { eventCategory } from './categories.ts';
import { SHADE_FILL } from './shade-colors.ts';
import type { Shade } from './shades.ts';

/**
 * API v1 meetings and events as FullCalendar event inputs. Kept apart from the calendar
 * component so the date rules — FullCalendar's exclusive end against the API's inclusive one —
 * are tested without a browser.
 */
export type ApiMeeting = {
	id: string;
	body: string;
	bodyName: string;
	start: string;
	end: string;
	status: string;
	location: string;
	note: string;
	rul: { key: string; name: string } | null;
	version: number;
};

export type ApiEvent = {
	id: string;
	title: string;
	category: string;
	allDay: boolean;
	startDate?: string;
	endDate?: string;
	start?: string;
	end?: string;
	location: string;
	body: string | null;
};

export type CalendarInput = {
	id: string;
	title: string;
	start: string;
	end: string;
	allDay: boolean;
	color: string;
	/** FullCalendar 7 reads an event's classes from `className`, a space-separated string (v6's `classNames` array is ignored). */
	className: string;
	extendedProps: { kind: 'meeting' | 'event'; body: string | null; category: string | null; version: number | null };
	/** the meeting's own page, where a keyboard user moves it with a form */
	url?: string;
	/** only meetings, and only for those who may edit the calendar, can be dragged */
	startEditable: boolean;
	durationEditable: boolean;
};

/**
 * The API's inclusive days for FullCalendar's visible range [start, end): FullCalendar hands
 * over the range's edges as ISO strings in the calendar's time zone, and the last visible day
 * is the day before `end`.
 */
export function apiRange(startStr: string, endStr: string): { from: string; to: string } {
	const from = Temporal.PlainDate.from(startStr.slice(0, 10));
	const to = Temporal.PlainDate.from(endStr.slice(0, 10)).subtract({ days: 1 });
	return { from: from.toString(), to: to.toString() };
}

export function meetingInput(m: ApiMeeting, color: string, editable = false): CalendarInput {
	const cancelled = m.status === 'cancelled';
	return {
		id: `meeting-${m.id}`,
		title: `${m.body} ${m.bodyName}${cancelled ? ' (aflyst)' : ''}`,
		start: m.start,
		end: m.end,
		allDay: false,
		color,
		className: cancelled ? 'meeting is-cancelled' : 'meeting',
		extendedProps: { kind: 'meeting', body: m.body, category: null, version: m.version },
		url: `/moeder/${m.id}`,
		startEditable: editable,
		durationEditable: false
	};
}

/** An all-day event's `endDate` is its last day; FullCalendar wants the day after it. */
export function eventInput(e: ApiEvent): CalendarInput {
	const category = eventCategory(e.category);
	const [start, end] = e.allDay
		? [e.startDate ?? '', Temporal.PlainDate.from(e.endDate ?? '').add({ days: 1 }).toString()]
		: [e.start ?? '', e.end ?? ''];
	return {
		id: `event-${e.id}`,
		title: e.title,
		start,
		end,
		allDay: e.allDay,
		color: category.color,
		className: `event category-${category.id}`,
		extendedProps: { kind: 'event', body: e.body, category: category.id, version: null },
		startEditable: false,
		durationEditable: false
	};
}

/** A shaded stretch (holiday, closure, July) as a FullCalendar background event over its days. */
export type ShadeInput = {
	id: string;
	title: string;
	start: string;
	end: string;
	allDay: true;
	display: 'background';
	color: string;
	/** FullCalendar 7 reads `className`, a string */
	className: string;
};

export function shadeInput(s: Shade): ShadeInput {
	return {
		id: `shade-${s.kind}-${s.from}`,
		title: s.kind === 'july' ? '' : s.name,
		start: s.from,
		end: Temporal.PlainDate.from(s.to).add({ days: 1 }).toString(),
		allDay: true,
		display: 'background',
		color: SHADE_FILL[s.kind].calendar,
		className: `shade shade-${s.kind}`
	};
}

/**
 * A dropped meeting's new place as the meeting API takes it: local day and wall-clock start and
 * end in Copenhagen, whatever the browser's own time zone.
 */
export function movedTimes(start: Date, end: Date): { date: string; start: string; end: string } {
	const s = Temporal.Instant.fromEpochMilliseconds(start.getTime()).toZonedDateTimeISO(ZONE);
	const e = Temporal.Instant.fromEpochMilliseconds(end.getTime()).toZonedDateTimeISO(ZONE);
	const hhmm = (t: Temporal.ZonedDateTime) => t.toPlainTime().toString({ smallestUnit: 'minute' });
	return { date: s.toPlainDate().toString(), start: hhmm(s), end: hhmm(e) };
}
