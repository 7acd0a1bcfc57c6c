import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../domain/zone.ts';
import { clock, longDate } from '../format.ts';
import { eventCategory } from './categories.ts';
import { ringOfKind } from './rings.ts';
import { decodeTable, encodeTable, type Table } from './table.ts';

/**
 * Meetings and events as the wheel, the list and their tooltips show them: local Copenhagen
 * days and times, Danish texts and an accessible name, in plain strings that travel from the
 * server to the browser unchanged.
 */
export type MeetingSource = {
	id: string;
	body_code: string;
	body_name: string;
	body_kind: string;
	body_color: string;
	starts_at: Date;
	ends_at: Date;
	location: string;
	status: string;
	note: string;
	cycle: { key: string; name: string; councilDate: Temporal.PlainDate } | null;
};

export type EventSource = {
	id: string;
	title: string;
	description: string;
	category: string;
	all_day: boolean;
	start_date: string | null;
	end_date: string | null;
	starts_at: Date | null;
	ends_at: Date | null;
	location: string;
	body_code: string | null;
};

export type MeetingItem = {
	id: string;
	ringId: string;
	bodyCode: string;
	bodyName: string;
	color: string;
	/** local day 'YYYY-MM-DD' and start in minutes after local midnight */
	date: string;
	minutes: number;
	dateLabel: string;
	time: string;
	location: string;
	note: string;
	cancelled: boolean;
	rul: string | null;
	/** the fixed items (faste punkter) on the meeting, e.g. Månedsgrebet */
	fixedItems: string[];
	/** e.g. "Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023" */
	name: string;
	/** beside the mark on a zoomed wheel, e.g. "KB 23/5" */
	label: string;
	href: string;
};

export type EventItem = {
	id: string;
	title: string;
	category: string;
	categoryLabel: string;
	color: string;
	/** local days, `end` inclusive */
	start: string;
	end: string;
	/** local start of a timed event; null when it lasts whole days */
	minutes: number | null;
	when: string;
	location: string;
	description: string;
	bodyCode: string | null;
	name: string;
	/** beside the mark on a zoomed wheel, e.g. "KB-seminar 2/2–3/2" */
	label: string;
	href: string;
};

/** The body a meeting belongs to, as the wheel names and colours it. */
export type WheelBody = { code: string; name: string; color: string; kind: string };

/**
 * The wheel's meetings as sent to the browser: each body, place, rul and fixed item named once,
 * each meeting a row of its id, indexes, local day and minutes. `unpackMeetings` makes the
 * MeetingItems of them that the server would have made; the page draws those.
 */
export interface PackedMeetings {
	places: string[];
	ruls: string[];
	fixedItems: string[];
	/** id, body (index into the page's bodies), local day, start and end in minutes after local midnight, place, note, cancelled, rul (-1: none), fixed items */
	rows: [string, number, string, number, number, number, string, boolean, number, number[]][];
}

/** Meetings packed for the browser; `bodies` are the page's bodies, which every meeting's body is among. */
export function packMeetings(meetings: readonly MeetingSource[], fixedItems: ReadonlyMap<string, string[]>, bodies: readonly WheelBody[]): PackedMeetings {
	const indexer = () => {
		const list: string[] = [];
		const index = new Map<string, number>();
		return {
			list,
			of(value: string) {
				let i = index.get(value);
				if (i === undefined) index.set(value, (i = list.push(value) - 1));
				return i;
			}
		};
	};
	const places = indexer();
	const ruls = indexer();
	const fixed = indexer();
	const bodyIndex = new Map(bodies.map((b, i) => [b.code, i]));
	const rows = meetings.map((m): PackedMeetings['rows'][number] => {
		const start = local(m.starts_at);
		const end = local(m.ends_at);
		return [
			m.id,
			bodyIndex.get(m.body_code)!,
			start.toPlainDate().toString(),
			start.hour * 60 + start.minute,
			end.hour * 60 + end.minute,
			places.of(m.location),
			m.note,
			m.status === 'cancelled',
			m.cycle ? ruls.of(m.cycle.name) : -1,
			(fixedItems.get(m.id) ?? []).map(fixed.of)
		];
	});
	return { places: places.list, ruls: ruls.list, fixedItems: fixed.list, rows };
}

/** The MeetingItems of packed meetings. */
export function unpackMeetings(packed: PackedMeetings, bodies: readonly WheelBody[]): MeetingItem[] {
	const labels = new Map<string, string>();
	return packed.rows.map(([id, body, date, minutes, endMinutes, place, note, cancelled, rul, fixed]) => {
		const b = bodies[body]!;
		let dateLabel = labels.get(date);
		if (dateLabel === undefined) labels.set(date, (dateLabel = longDate(Temporal.PlainDate.from(date))));
		return meetingItemOf({
			id,
			body: b,
			date,
			dateLabel,
			minutes,
			endMinutes,
			location: packed.places[place]!,
			note,
			cancelled,
			rul: rul < 0 ? null : packed.ruls[rul]!,
			fixedItems: fixed.map((i) => packed.fixedItems[i]!)
		});
	});
}

export function meetingItem(m: MeetingSource, fixedItems: string[] = []): MeetingItem {
	const start = local(m.starts_at);
	const end = local(m.ends_at);
	const day = start.toPlainDate();
	return meetingItemOf({
		id: m.id,
		body: { code: m.body_code, name: m.body_name, color: m.body_color, kind: m.body_kind },
		date: day.toString(),
		dateLabel: longDate(day),
		minutes: start.hour * 60 + start.minute,
		endMinutes: end.hour * 60 + end.minute,
		location: m.location,
		note: m.note,
		cancelled: m.status === 'cancelled',
		rul: m.cycle?.name ?? null,
		fixedItems
	});
}

/** '2023-09-29' → "29/9", as Danes write a day in a tight space */
const shortDay = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

function meetingItemOf(m: {
	id: string;
	body: WheelBody;
	date: string;
	dateLabel: string;
	minutes: number;
	endMinutes: number;
	location: string;
	note: string;
	cancelled: boolean;
	rul: string | null;
	fixedItems: string[];
}): MeetingItem {
	const { body, dateLabel, cancelled, rul, fixedItems } = m;
	const start = clockOf(m.minutes);
	return {
		id: m.id,
		ringId: ringOfKind(body.kind),
		bodyCode: body.code,
		bodyName: body.name,
		color: body.color,
		date: m.date,
		minutes: m.minutes,
		dateLabel,
		time: `${start}–${clockOf(m.endMinutes)}`,
		location: m.location,
		note: m.note,
		cancelled,
		rul,
		fixedItems,
		name: [body.name, `${dateLabel} kl. ${start}`, rul, cancelled ? 'aflyst' : null, fixedItems.length ? `faste punkter: ${fixedItems.join('; ')}` : null]
			.filter((part) => part !== null)
			.join(', '),
		label: `${body.code} ${shortDay(m.date)}`,
		// The meeting's own page: its body, agenda, history and, for the secretariat, the move form.
		href: `/moeder/${m.id}`
	};
}

export function eventItem(e: EventSource): EventItem {
	const category = eventCategory(e.category);
	const timed = !e.all_day && e.starts_at !== null && e.ends_at !== null;
	const startZ = e.starts_at ? local(e.starts_at) : null;
	const start = timed && startZ ? startZ.toPlainDate() : Temporal.PlainDate.from(e.start_date ?? '');
	const end = timed && e.ends_at ? local(e.ends_at).toPlainDate() : Temporal.PlainDate.from(e.end_date ?? '');
	const when = timed && startZ && e.ends_at
		? start.equals(end)
			? `${longDate(start)} kl. ${clock(startZ)}–${clock(local(e.ends_at))}`
			: `${longDate(start)} kl. ${clock(startZ)} til ${longDate(end)} kl. ${clock(local(e.ends_at))}`
		: start.equals(end)
			? longDate(start)
			: `${longDate(start)} til ${longDate(end)}`;
	return withDerived({
		id: e.id,
		title: e.title,
		category: category.id,
		start: start.toString(),
		end: end.toString(),
		minutes: timed && startZ ? startZ.hour * 60 + startZ.minute : null,
		when,
		location: e.location,
		description: e.description,
		bodyCode: e.body_code
	});
}

type EventFacts = Omit<EventItem, 'categoryLabel' | 'color' | 'name' | 'label' | 'href'>;

/** What an event item says that follows from its facts: its category's name and colour, its names and address. */
function withDerived(e: EventFacts): EventItem {
	const category = eventCategory(e.category);
	return {
		...e,
		categoryLabel: category.label,
		color: category.color,
		name: `${e.title}, ${e.when}`,
		label: `${e.title} ${e.start === e.end ? shortDay(e.start) : `${shortDay(e.start)}–${shortDay(e.end)}`}`,
		href: `/begivenheder/${e.id}`
	};
}

/** An event as the wheel page sends it: its facts in a row, no repeated keys, nothing that follows from them. */
type PackedEvent = [id: string, title: string, category: string, start: string, end: string, minutes: number | null, when: string, location: string, description: string, bodyCode: string | null];

export const packEvent = (e: EventItem): PackedEvent => [e.id, e.title, e.category, e.start, e.end, e.minutes, e.when, e.location, e.description, e.bodyCode];

const unpackEvents = (rows: readonly PackedEvent[]): EventItem[] =>
	rows.map(([id, title, category, start, end, minutes, when, location, description, bodyCode]) => withDerived({ id, title, category, start, end, minutes, when, location, description, bodyCode }));

/** A case the wheel page offers to draw: id, title, closed, unit, and the days of its stages' meetings in the span. */
export type CaseChoice = { id: string; title: string; closed: boolean; unit: string; days: string[] };
type PackedCase = [id: string, title: string, closed: 0 | 1, unit: string, days: string[]];

const packCase = (c: CaseChoice): PackedCase => [c.id, c.title, c.closed ? 1 : 0, c.unit, c.days];
const unpackCases = (rows: readonly PackedCase[]): CaseChoice[] => rows.map(([id, title, closed, unit, days]) => ({ id, title, closed: closed === 1, unit, days }));

function local(d: Date): Temporal.ZonedDateTime {
	return Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(ZONE);
}

// What the wheel page hands the browser, as compact tables (wheel/table.ts): one string each.
const MEETING_COLUMNS = ['s', 'n', 's', 'n', 'n', 'n', 's', 'b', 'n', 'a'] as const;
const EVENT_COLUMNS = ['s', 's', 's', 's', 's', 'N', 's', 's', 's', 'S'] as const;
const CASE_COLUMNS = ['s', 's', 'n', 's', 'A'] as const;

export type SentMeetings = Omit<PackedMeetings, 'rows'> & { rows: Table<typeof MEETING_COLUMNS> };
export const sendMeetings = (p: PackedMeetings): SentMeetings => ({ ...p, rows: encodeTable(MEETING_COLUMNS, p.rows) });
export const receiveMeetings = (s: SentMeetings): PackedMeetings => ({ ...s, rows: decodeTable(MEETING_COLUMNS, s.rows) });

export const sendEvents = (items: readonly EventItem[]): Table<typeof EVENT_COLUMNS> => encodeTable(EVENT_COLUMNS, items.map(packEvent));
export const receiveEvents = (t: Table<typeof EVENT_COLUMNS>): EventItem[] => unpackEvents(decodeTable(EVENT_COLUMNS, t));

export const sendCases = (choices: readonly CaseChoice[]): Table<typeof CASE_COLUMNS> => encodeTable(CASE_COLUMNS, choices.map(packCase));
export const receiveCases = (t: Table<typeof CASE_COLUMNS>): CaseChoice[] => unpackCases(decodeTable(CASE_COLUMNS, t) as PackedCase[]);
