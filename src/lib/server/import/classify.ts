import { Temporal } from 'temporal-polyfill';
import { closureOn, type Closure } from '../../domain/closures.ts';
import { parseDanishDate, parseDanishTime, splitTimeRange, type Parsed } from '../../domain/danish-formats.ts';
import { localDate, wallClockInstant } from '../../domain/day-range.ts';
import type { WorkingCalendar } from '../../domain/working-days.ts';
import { ZONE } from '../../domain/zone.ts';
import type { EventCategory } from '../db/schema.ts';
import type { ImportItem } from './columns.ts';

/**
 * What importing a file would do, row by row, decided without touching the database (the
 * caller reads bodies, meetings, events and closures first): each row is new, matches an
 * existing meeting unchanged, changes it, or is refused with its reason.
 */
import type { ImportRowStatus as RowStatus } from '../../domain/import.ts';
export type { RowStatus };

export interface TimedValues {
	date: string;
	start: string;
	end: string;
	place: string;
}

export interface MeetingPreviewRow {
	line: number;
	status: RowStatus;
	reason: string | null;
	body: string | null;
	values: TimedValues | null;
	/** The meeting it matches (unchanged or change), with its version and values as they are. */
	meeting: { id: string; version: number; values: TimedValues } | null;
}

export interface ImportBody {
	id: number;
	code: string;
	name: string;
	defaultStart: Temporal.PlainTime;
	defaultMinutes: number;
	defaultLocation: string;
}

export interface ExistingMeeting {
	id: string;
	bodyId: number;
	start: Temporal.Instant;
	end: Temporal.Instant;
	location: string;
	version: number;
}

const hhmm = (i: Temporal.Instant) => i.toZonedDateTimeISO(ZONE).toPlainTime().toString({ smallestUnit: 'minute' });
const valuesOf = (m: { start: Temporal.Instant; end: Temporal.Instant; location: string }): TimedValues => ({
	date: localDate(m.start).toString(),
	start: hhmm(m.start),
	end: hhmm(m.end),
	place: m.location
});
const overlaps = (a: { start: Temporal.Instant; end: Temporal.Instant }, b: { start: Temporal.Instant; end: Temporal.Instant }) =>
	Temporal.Instant.compare(a.start, b.end) < 0 && Temporal.Instant.compare(b.start, a.end) < 0;

/** A body named by its code or its full name, in any case. */
export function bodyFinder(bodies: ImportBody[]) {
	const byKey = new Map<string, ImportBody>();
	for (const b of bodies) {
		byKey.set(b.code.toLowerCase(), b);
		byKey.set(b.name.toLowerCase(), b);
	}
	return (name: string) => byKey.get(name.trim().toLowerCase()) ?? null;
}

/** Why no new or moved meeting may be on this day: a holiday, a Sunday, a closure, or the afternoon of a half day. */
function dayRefusal(cal: WorkingCalendar, closures: Closure[], date: Temporal.PlainDate, code: string, end: Temporal.PlainTime): string | null {
	const dayOff = cal.dayOffOn(date);
	if (dayOff && dayOff.kind !== 'half-day') return `${dayOff.name}: ingen møder den dag`;
	if (date.dayOfWeek === 7) return 'Søndag: ingen møder den dag';
	const closure = closureOn(closures, date, code);
	if (closure) return `Lukket: ${closure.name}`;
	if (dayOff && Temporal.PlainTime.compare(end, new Temporal.PlainTime(12)) > 0) return `${dayOff.name}: fri fra kl. 12`;
	return null;
}

/** Start and end of a row: a range in the start cell, the body's defaults where a cell is empty. */
function timesOf(item: ImportItem, body: ImportBody, allowDefaults: boolean): Parsed<{ start: Temporal.PlainTime; end: Temporal.PlainTime | null }> {
	let startText = item.start;
	let endText = item.end;
	const range = endText === '' ? splitTimeRange(startText) : null;
	if (range) [startText, endText] = range;
	if (startText === '' && !allowDefaults) return { ok: false, reason: 'Heldagsaftaler kan ikke blive møder – importér dem som begivenheder' };
	const start = startText === '' ? { ok: true as const, value: body.defaultStart } : parseDanishTime(startText);
	if (!start.ok) return start;
	if (endText === '') return { ok: true, value: { start: start.value, end: null } };
	const end = parseDanishTime(endText);
	if (!end.ok) return end;
	return { ok: true, value: { start: start.value, end: end.value } };
}

export function classifyMeetings(
	items: ImportItem[],
	ctx: {
		bodies: ImportBody[];
		/** the body for rows without one (a calendar file, or a sheet without an organ column) */
		fixedBody: string | null;
		existing: ExistingMeeting[];
		calendar: WorkingCalendar;
		closures: Closure[];
		/** calendar files have no defaults: an entry without a time is an all-day one */
		allowDefaults: boolean;
	}
): MeetingPreviewRow[] {
	const find = bodyFinder(ctx.bodies);
	const claimed = new Set<string>();
	// By body and Copenhagen day, so each row looks only at its own day and the days either side.
	const dayKey = (bodyId: number, date: Temporal.PlainDate) => `${bodyId}|${date.toString()}`;
	const existingByDay = new Map<string, ExistingMeeting[]>();
	for (const m of ctx.existing) {
		const key = dayKey(m.bodyId, localDate(m.start));
		existingByDay.set(key, [...(existingByDay.get(key) ?? []), m]);
	}
	type Taken = { line: number; start: Temporal.Instant; end: Temporal.Instant };
	const takenByDay = new Map<string, Taken[]>();
	const twins = new Map<string, number>();
	const around = <T>(byDay: Map<string, T[]>, bodyId: number, date: Temporal.PlainDate): T[] =>
		[date.subtract({ days: 1 }), date, date.add({ days: 1 })].flatMap((d) => byDay.get(dayKey(bodyId, d)) ?? []);
	return items.map((item): MeetingPreviewRow => {
		const refuse = (reason: string, body: string | null = null, values: TimedValues | null = null): MeetingPreviewRow => ({
			line: item.line,
			status: 'refused',
			reason,
			body,
			values,
			meeting: null
		});
		const bodyName = item.body || ctx.fixedBody || '';
		if (!bodyName) return refuse('Organet mangler');
		const body = find(bodyName);
		if (!body) return refuse(`Ukendt organ «${bodyName.slice(0, 60)}»`);
		const date = parseDanishDate(item.date);
		if (!date.ok) return refuse(date.reason, body.code);
		if (item.endDate && !(parseDanishDate(item.endDate).ok && (parseDanishDate(item.endDate) as { value: Temporal.PlainDate }).value.equals(date.value))) {
			return refuse('Mødet slutter en anden dag, end det begynder', body.code);
		}
		const times = timesOf(item, body, ctx.allowDefaults);
		if (!times.ok) return refuse(times.reason, body.code);
		let start: Temporal.Instant;
		let end: Temporal.Instant;
		try {
			start = wallClockInstant(date.value, times.value.start);
			end = times.value.end ? wallClockInstant(date.value, times.value.end) : start.add({ hours: 0, minutes: body.defaultMinutes });
		} catch {
			return refuse('Tidspunktet findes ikke eller forekommer to gange (skift til eller fra sommertid)', body.code);
		}
		if (Temporal.Instant.compare(end, start) <= 0) return refuse('Sluttidspunktet ligger ikke efter starttidspunktet', body.code);
		if (item.place.length > 200) return refuse('Stedet er længere end 200 tegn', body.code);
		const values = valuesOf({ start, end, location: item.place || body.defaultLocation });
		const key = `${body.id}|${values.date}|${values.start}|${values.end}|${values.place}`;
		const twin = twins.get(key);
		if (twin !== undefined) return refuse(`Samme møde som række ${twin}`, body.code, values);
		const take = () => {
			twins.set(key, item.line);
			const day = dayKey(body.id, date.value);
			takenByDay.set(day, [...(takenByDay.get(day) ?? []), { line: item.line, start, end }]);
		};

		const sameDay = (existingByDay.get(dayKey(body.id, date.value)) ?? []).filter((m) => !claimed.has(m.id));
		const exact = sameDay.find((m) => m.start.equals(start) && m.end.equals(end));
		const match = exact ?? (sameDay.length === 1 ? sameDay[0]! : null);
		if (match && match.start.equals(start) && match.end.equals(end) && match.location === values.place) {
			claimed.add(match.id);
			take();
			return { line: item.line, status: 'unchanged', reason: null, body: body.code, values, meeting: { id: match.id, version: match.version, values: valuesOf(match) } };
		}
		const off = dayRefusal(ctx.calendar, ctx.closures, date.value, body.code, times.value.end ?? end.toZonedDateTimeISO(ZONE).toPlainTime());
		if (off) return refuse(off, body.code, values);
		const clash = around(existingByDay, body.id, date.value).find((m) => m.id !== match?.id && overlaps(m, { start, end }));
		if (clash) return refuse(`Overlapper ${body.code}-mødet ${valuesOf(clash).date} kl. ${hhmm(clash.start)}–${hhmm(clash.end)}`, body.code, values);
		const row = around(takenByDay, body.id, date.value).find((t) => overlaps(t, { start, end }));
		if (row) return refuse(`Overlapper række ${row.line}`, body.code, values);
		take();
		if (match) {
			claimed.add(match.id);
			return { line: item.line, status: 'change', reason: null, body: body.code, values, meeting: { id: match.id, version: match.version, values: valuesOf(match) } };
		}
		return { line: item.line, status: 'new', reason: null, body: body.code, values, meeting: null };
	});
}

export interface EventValues {
	title: string;
	/** first and last day (inclusive); start and end empty for an all-day event */
	date: string;
	endDate: string;
	start: string;
	end: string;
	place: string;
	description: string;
}

export interface EventPreviewRow {
	line: number;
	status: RowStatus;
	reason: string | null;
	values: EventValues | null;
	event: ExistingEvent | null;
}

export interface ExistingEvent {
	id: string;
	version: number;
	values: EventValues;
	/** kept as they are when an import changes the event */
	keep: { category: EventCategory; isPublic: boolean; body: string | null };
}

/**
 * Calendar entries as events (seminars, receptions): matched to an existing event by title and
 * first day. Events are not refused for holidays: a KB seminar may well be on a Saturday.
 */
export function classifyEvents(items: ImportItem[], existing: ExistingEvent[]): EventPreviewRow[] {
	const claimed = new Set<string>();
	const seen = new Map<string, number>();
	return items.map((item): EventPreviewRow => {
		const refuse = (reason: string): EventPreviewRow => ({ line: item.line, status: 'refused', reason, values: null, event: null });
		const title = item.title.replace(/\s+/g, ' ').trim();
		if (!title) return refuse('Titlen mangler');
		if (title.length > 200) return refuse('Titlen er længere end 200 tegn');
		if (item.place.length > 200) return refuse('Stedet er længere end 200 tegn');
		const first = parseDanishDate(item.date);
		if (!first.ok) return refuse(first.reason);
		const last = item.endDate ? parseDanishDate(item.endDate) : first;
		if (!last.ok) return refuse(last.reason);
		if (Temporal.PlainDate.compare(last.value, first.value) < 0) return refuse('Slutdatoen ligger før startdatoen');
		let start = '';
		let end = '';
		if (item.start) {
			const s = parseDanishTime(item.start);
			if (!s.ok) return refuse(s.reason);
			const e = item.end ? parseDanishTime(item.end) : { ok: true as const, value: s.value.add({ hours: 1 }) };
			if (!e.ok) return refuse(e.reason);
			if (!last.value.equals(first.value)) return refuse('En begivenhed med klokkeslæt skal begynde og slutte samme dag');
			if (Temporal.PlainTime.compare(e.value, s.value) <= 0) return refuse('Sluttidspunktet ligger ikke efter starttidspunktet');
			try {
				wallClockInstant(first.value, s.value);
				wallClockInstant(first.value, e.value);
			} catch {
				return refuse('Tidspunktet findes ikke eller forekommer to gange (skift til eller fra sommertid)');
			}
			start = s.value.toString({ smallestUnit: 'minute' });
			end = e.value.toString({ smallestUnit: 'minute' });
		}
		const values: EventValues = { title, date: first.value.toString(), endDate: last.value.toString(), start, end, place: item.place, description: item.description.slice(0, 2000) };
		const key = JSON.stringify([values.title, values.date, values.start, values.end]);
		const twin = seen.get(key);
		if (twin !== undefined) return { ...refuse(`Samme begivenhed som række ${twin}`), values };
		seen.set(key, item.line);
		const match = existing.find((e) => !claimed.has(e.id) && e.values.title === title && e.values.date === values.date);
		if (match) {
			claimed.add(match.id);
			const same = JSON.stringify(match.values) === JSON.stringify(values);
			return { line: item.line, status: same ? 'unchanged' : 'change', reason: null, values, event: match };
		}
		return { line: item.line, status: 'new', reason: null, values, event: null };
	});
}
