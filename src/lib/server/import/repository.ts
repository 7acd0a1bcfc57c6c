import { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';
import { listBodies } from '../db/bodies.ts';
import { listClosures, toDomainClosure } from '../db/closures.ts';
import { listEvents } from '../db/events.ts';
import type { Db } from '../db/index.ts';
import { listMeetings } from '../db/meetings.ts';
import { toInstant } from '../db/temporal.ts';
import { formatInstant } from '../../domain/day-range.ts';
import { ZONE } from '../../domain/zone.ts';
import type { ExistingEvent, ExistingMeeting, ImportBody } from './classify.ts';

/** Every body (the secretariat imports internal ones too), with the defaults an import fills in. */
export async function importBodies(db: Db): Promise<ImportBody[]> {
	return (await listBodies(db, { includeInternal: true })).map((b) => ({
		id: b.id,
		code: b.code,
		name: b.name,
		defaultStart: Temporal.PlainTime.from(b.default_start_time),
		defaultMinutes: b.default_duration_minutes,
		defaultLocation: b.default_location
	}));
}

export async function importClosures(db: Db) {
	return (await listClosures(db)).map(toDomainClosure);
}

/** The meetings (cancelled ones included) on calendar days [from, to] a file could match or overlap. */
export async function existingMeetings(db: Db, from: Temporal.PlainDate, to: Temporal.PlainDate): Promise<ExistingMeeting[]> {
	const span = dayRange(from, to);
	return (await listMeetings(db, { ...span, includeInternal: true })).map((m) => ({
		id: m.id,
		bodyId: m.body_id,
		start: toInstant(m.starts_at),
		end: toInstant(m.ends_at),
		location: m.location,
		version: m.version
	}));
}

const clock = (d: Date) => toInstant(d).toZonedDateTimeISO(ZONE).toPlainTime().toString({ smallestUnit: 'minute' });

export async function existingEvents(db: Db, from: Temporal.PlainDate, to: Temporal.PlainDate): Promise<ExistingEvent[]> {
	const events = await listEvents(db, { fromDate: from, toDate: to, ...dayRange(from, to), includeInternal: true });
	return events.map((e) => ({
		id: e.id,
		version: e.version,
		values: e.all_day
			? { title: e.title, date: e.start_date!, endDate: e.end_date!, start: '', end: '', place: e.location, description: e.description }
			: {
					title: e.title,
					date: formatInstant(toInstant(e.starts_at!)).slice(0, 10),
					endDate: formatInstant(toInstant(e.starts_at!)).slice(0, 10),
					start: clock(e.starts_at!),
					end: clock(e.ends_at!),
					place: e.location,
					description: e.description
				},
		keep: { category: e.category, isPublic: e.is_public, body: e.body_code }
	}));
}

/** A body's meetings in a year, for export, oldest first (cancelled ones too: they are part of the plan). */
export async function meetingsOfYear(db: Db, bodyId: number, year: number) {
	const span = dayRange(new Temporal.PlainDate(year, 1, 1), new Temporal.PlainDate(year, 12, 31));
	return (await listMeetings(db, { ...span, bodyIds: [bodyId], includeInternal: true })).filter((m) => toInstant(m.starts_at).toZonedDateTimeISO(ZONE).year === year);
}
