import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { formatDanishDate, formatTime } from '../../domain/danish-formats.ts';
import { ZONE } from '../../domain/zone.ts';
import { decodeText } from './csv.ts';
import { ImportRefused, tableFrom, type SourceTable } from './table.ts';

/** The columns a calendar file is laid out in, so it previews and maps like a spreadsheet. */
export const ICS_HEADERS = ['Titel', 'Dato', 'Start', 'Slut', 'Slutdato', 'Sted', 'Beskrivelse'] as const;

/** Occurrences of one recurring series that are read at most (a weekly series runs ten years in 520). */
const MAX_OCCURRENCES = 400;

interface Wall {
	date: Temporal.PlainDate;
	time: Temporal.PlainTime | null;
}

function isTimeZone(id: string): boolean {
	try {
		Temporal.Now.zonedDateTimeISO(id);
		return true;
	} catch {
		return false;
	}
}

/**
 * A DTSTART/DTEND as a Copenhagen date and time. A zone defined in the file (Outlook writes
 * its own VTIMEZONE, e.g. "Romance Standard Time") or UTC is converted by ical.js; an IANA zone
 * named without a definition by Temporal; a floating time or an unknown zone name is taken as
 * Copenhagen wall-clock time, which is what a Danish calendar means by it.
 */
function toWall(t: ICAL.Time, tzid: string | null): Wall {
	if (t.isDate) return { date: new Temporal.PlainDate(t.year, t.month, t.day), time: null };
	let zoned: Temporal.ZonedDateTime;
	const zone = t.zone?.tzid;
	if (zone && zone !== 'floating') {
		zoned = Temporal.Instant.fromEpochMilliseconds(t.toUnixTime() * 1000).toZonedDateTimeISO(ZONE);
	} else {
		const local = new Temporal.PlainDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second);
		zoned = local.toZonedDateTime(tzid && isTimeZone(tzid) ? tzid : ZONE).withTimeZone(ZONE);
	}
	return { date: zoned.toPlainDate(), time: zoned.toPlainTime() };
}

function row(summary: string, location: string, description: string, start: Wall, end: Wall): string[] {
	const clean = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
	if (start.time === null) {
		// All-day: DTEND is the day after the last day.
		const last = end.date.subtract({ days: 1 });
		const lastDay = Temporal.PlainDate.compare(last, start.date) > 0 ? last : start.date;
		return [clean(summary), formatDanishDate(start.date), '', '', lastDay.equals(start.date) ? '' : formatDanishDate(lastDay), clean(location), description.trim()];
	}
	const endTime = end.time ?? start.time;
	return [
		clean(summary),
		formatDanishDate(start.date),
		formatTime(start.time),
		formatTime(endTime),
		end.date.equals(start.date) ? '' : formatDanishDate(end.date),
		clean(location),
		description.trim()
	];
}

/** The events of a calendar file (Outlook, Google, Apple, this app's own export), recurring series expanded. */
export function readIcs(bytes: Uint8Array): SourceTable {
	const text = decodeText(bytes);
	if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new ImportRefused('Filen er ikke en kalenderfil (.ics): den begynder ikke med BEGIN:VCALENDAR.');
	let calendar: ICAL.Component;
	try {
		calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	} catch {
		throw new ImportRefused('Kalenderfilen kan ikke læses: den følger ikke iCalendar-formatet (RFC 5545).');
	}
	const vevents = calendar.getAllSubcomponents('vevent');
	const exceptions = new Map<string, ICAL.Event[]>();
	const masters: ICAL.Event[] = [];
	for (const v of vevents) {
		const event = new ICAL.Event(v);
		if (event.isRecurrenceException()) exceptions.set(event.uid, [...(exceptions.get(event.uid) ?? []), event]);
		else masters.push(event);
	}
	const lines: string[][] = [[...ICS_HEADERS]];
	try {
		for (const event of masters) {
			if (event.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
			for (const ex of exceptions.get(event.uid) ?? []) event.relateException(ex);
			const tzid = (event.component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null;
			if (!event.startDate) continue;
			const endOf = (start: ICAL.Time, end: ICAL.Time | null) => end ?? start;
			if (!event.isRecurring()) {
				lines.push(row(event.summary ?? '', event.location ?? '', event.description ?? '', toWall(event.startDate, tzid), toWall(endOf(event.startDate, event.endDate), tzid)));
				continue;
			}
			const it = event.iterator();
			for (let n = 0, next = it.next(); next && n < MAX_OCCURRENCES; n++, next = it.next()) {
				const o = event.getOccurrenceDetails(next);
				const item = o.item;
				if (item.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
				lines.push(row(item.summary ?? '', item.location ?? '', item.description ?? '', toWall(o.startDate, tzid), toWall(endOf(o.startDate, o.endDate), tzid)));
			}
		}
	} catch (e) {
		if (e instanceof ImportRefused) throw e;
		throw new ImportRefused('Kalenderfilen har en aftale, hvis tidspunkt eller gentagelse ikke kan læses.');
	}
	if (lines.length === 1) throw new ImportRefused('Kalenderfilen har ingen aftaler.');
	return tableFrom('ics', null, lines);
}
