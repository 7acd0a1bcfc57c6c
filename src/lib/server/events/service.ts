import { Temporal } from 'temporal-polyfill';
import { formatInstant, wallClockInstant } from '../../domain/day-range.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import type { EventCategory, EventRow } from '../db/schema.ts';
import { toDate, toInstant } from '../db/temporal.ts';
import { findEvent } from './repository.ts';
import { ambiguousTime, ConflictError, invalidField, notFound } from '../http/problem.ts';
import { bodyByCode } from '../bodies/repository.ts';

export type EventWhen =
	| { allDay: true; startDate: Temporal.PlainDate; endDate: Temporal.PlainDate }
	/** endDate: the last day of a timed event over several days (start time on the first day, end time on the last) */
	| { allDay: false; date: Temporal.PlainDate; start: Temporal.PlainTime; end: Temporal.PlainTime; endDate?: Temporal.PlainDate };

export interface EventInput {
	title: string;
	description?: string;
	category: EventCategory;
	location?: string;
	public: boolean;
	body?: string | null;
	when: EventWhen;
}

export const eventSnapshot = (e: EventRow) => ({
	title: e.title,
	category: e.category,
	when: e.all_day ? `${e.start_date} – ${e.end_date}` : `${formatInstant(toInstant(e.starts_at!))} – ${formatInstant(toInstant(e.ends_at!))}`,
	location: e.location,
	public: e.is_public,
	description: e.description,
	version: e.version
});

function columns(when: EventWhen) {
	if (when.allDay) return { all_day: true, start_date: when.startDate.toString(), end_date: when.endDate.toString(), starts_at: null, ends_at: null };
	let start: Date, end: Date;
	try {
		start = toDate(wallClockInstant(when.date, when.start));
	} catch {
		throw ambiguousTime('start');
	}
	try {
		end = toDate(wallClockInstant(when.endDate ?? when.date, when.end));
	} catch {
		throw ambiguousTime('end');
	}
	if (when.endDate && Temporal.PlainDate.compare(when.endDate, when.date) < 0) throw invalidField('endDate', 'Slutdatoen skal ligge på eller efter datoen');
	if (end <= start) throw invalidField('end', 'Sluttidspunktet skal ligge efter starttidspunktet');
	return { all_day: false, start_date: null, end_date: null, starts_at: start, ends_at: end };
}

const bodyIdOrNull = async (db: Db, code: string | null | undefined): Promise<number | null> => (code ? (await bodyByCode(db, code)).id : null);

export async function createEvent(db: Db, viewer: Viewer, input: EventInput): Promise<EventRow> {
	const row = await db
		.insertInto('event')
		.values({
			title: input.title,
			description: input.description ?? '',
			category: input.category,
			location: input.location ?? '',
			is_public: input.public,
			body_id: await bodyIdOrNull(db, input.body),
			...columns(input.when)
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'create', entity: 'event', entityId: row.id, summary: `Begivenhed oprettet: ${row.title}`, after: eventSnapshot(row) });
	return row;
}

export async function updateEvent(db: Db, viewer: Viewer, id: string, input: EventInput & { version: number }): Promise<EventRow> {
	const before = await findEvent(db, id);
	if (!before) throw notFound('Begivenheden');
	if (before.version !== input.version) throw new ConflictError(eventSnapshot(before));
	const bodyId = input.body !== undefined ? await bodyIdOrNull(db, input.body) : before.body_id;
	const after = await db
		.updateTable('event')
		.set((eb) => ({
			title: input.title,
			description: input.description ?? before.description,
			category: input.category,
			location: input.location ?? before.location,
			is_public: input.public,
			body_id: bodyId,
			...columns(input.when),
			sequence: eb(eb.ref('sequence'), '+', 1),
			version: eb(eb.ref('version'), '+', 1),
			updated_at: new Date()
		}))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.returningAll()
		.executeTakeFirst();
	if (!after) throw new ConflictError(eventSnapshot((await findEvent(db, id))!));
	await recordAudit(db, viewer, { action: 'update', entity: 'event', entityId: id, summary: `Begivenhed ændret: ${after.title}`, before: eventSnapshot(before), after: eventSnapshot(after) });
	return after;
}

export async function deleteEvent(db: Db, viewer: Viewer, id: string, version: number): Promise<void> {
	const before = await findEvent(db, id);
	if (!before) throw notFound('Begivenheden');
	const r = await db
		.updateTable('event')
		.set((eb) => ({ deleted_at: new Date(), version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(eventSnapshot(before));
	await recordAudit(db, viewer, { action: 'delete', entity: 'event', entityId: id, summary: `Begivenhed slettet: ${before.title}`, before: eventSnapshot(before) });
}
