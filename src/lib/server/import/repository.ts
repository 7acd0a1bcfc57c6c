import { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';
import type { Viewer } from '../auth/access.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { listVisibleClosures, toDomainClosure } from '../closures/repository.ts';
import { listVisibleEvents } from '../events/repository.ts';
import type { Db } from '../db/index.ts';
import { listVisibleMeetings } from '../meetings/repository.ts';
import { toInstant } from '../db/temporal.ts';
import { formatInstant } from '../../domain/day-range.ts';
import { ZONE } from '../../domain/zone.ts';
import type { ExistingEvent, ExistingMeeting, ImportBody } from './classify.ts';

/** Every body (the secretariat imports internal ones too), with the defaults an import fills in. */
export async function importBodies(db: Db, viewer: Viewer): Promise<ImportBody[]> {
	return (await listVisibleBodies(db, viewer)).map((b) => ({
		id: b.id,
		code: b.code,
		name: b.name,
		defaultStart: Temporal.PlainTime.from(b.default_start_time),
		defaultMinutes: b.default_duration_minutes,
		defaultLocation: b.default_location
	}));
}

export async function importClosures(db: Db, viewer: Viewer) {
	return (await listVisibleClosures(db, viewer)).map(toDomainClosure);
}

/** The meetings (cancelled ones included) on calendar days [from, to] a file could match or overlap. */
export async function existingMeetings(db: Db, viewer: Viewer, from: Temporal.PlainDate, to: Temporal.PlainDate): Promise<ExistingMeeting[]> {
	const span = dayRange(from, to);
	return (await listVisibleMeetings(db, viewer, span)).map((m) => ({
		id: m.id,
		bodyId: m.body_id,
		start: toInstant(m.starts_at),
		end: toInstant(m.ends_at),
		location: m.location,
		version: m.version
	}));
}

const clock = (d: Date) => toInstant(d).toZonedDateTimeISO(ZONE).toPlainTime().toString({ smallestUnit: 'minute' });

export async function existingEvents(db: Db, viewer: Viewer, from: Temporal.PlainDate, to: Temporal.PlainDate): Promise<ExistingEvent[]> {
	const events = await listVisibleEvents(db, viewer, { fromDate: from, toDate: to, ...dayRange(from, to) });
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
export async function meetingsOfYear(db: Db, viewer: Viewer, bodyId: number, year: number) {
	const span = dayRange(new Temporal.PlainDate(year, 1, 1), new Temporal.PlainDate(year, 12, 31));
	return (await listVisibleMeetings(db, viewer, { ...span, bodyIds: [bodyId] })).filter((m) => toInstant(m.starts_at).toZonedDateTimeISO(ZONE).year === year);
}
