import { sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { canSeeInternal, maySeeEvent, type Viewer } from '../auth/access.ts';
import { findVisibleBodyById } from '../bodies/repository.ts';
import type { Db } from '../db/index.ts';
import { UUID } from '../../schemas/query.ts';
import type { BodyRow, EventRow } from '../db/schema.ts';
import { toDate } from '../db/temporal.ts';

export interface EventFilter {
	/** Calendar days [fromDate, toDate] inclusive and the same span as instants, for timed events. */
	fromDate: Temporal.PlainDate;
	toDate: Temporal.PlainDate;
	from: Temporal.Instant;
	to: Temporal.Instant;
	includeInternal: boolean;
}

export type EventListItem = EventRow & { body_code: string | null };

function listEvents(db: Db, f: EventFilter): Promise<EventListItem[]> {
	let q = db
		.selectFrom('event as e')
		.leftJoin('body as b', 'b.id', 'e.body_id')
		.selectAll('e')
		// An internal body is named only to those who may see it, also on a public event tied to it.
		.select(f.includeInternal ? sql<string | null>`b.code`.as('body_code') : sql<string | null>`case when b.is_public then b.code end`.as('body_code'))
		.where('e.deleted_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb.and([eb('e.all_day', '=', true), eb('e.start_date', '<=', f.toDate.toString()), eb('e.end_date', '>=', f.fromDate.toString())]),
				eb.and([eb('e.all_day', '=', false), eb('e.starts_at', '<', toDate(f.to)), eb('e.ends_at', '>', toDate(f.from))])
			])
		)
		// All-day events sort at the start of their first day in Copenhagen, among the timed ones.
		.orderBy(sql`coalesce(e.starts_at, e.start_date::timestamp at time zone 'Europe/Copenhagen')`)
		.orderBy('e.title');
	if (!f.includeInternal) q = q.where('e.is_public', '=', true);
	return q.execute();
}

/** The events on the span that the viewer may see: internal ones only for signed-in staff. */
export function listVisibleEvents(db: Db, viewer: Viewer | null, span: Omit<EventFilter, 'includeInternal'>): Promise<EventListItem[]> {
	return listEvents(db, { ...span, includeInternal: canSeeInternal(viewer) });
}

/** An event by id, whoever asks: for the services that change it. */
export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
	if (!UUID.test(id)) return undefined;
	return db.selectFrom('event').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export type VisibleEvent = EventRow & { body: Pick<BodyRow, 'code' | 'name' | 'slug'> | null };

/** An event the viewer may see, with its body only if the viewer may see that too. */
export async function findVisibleEvent(db: Db, viewer: Viewer | null, id: string): Promise<VisibleEvent | undefined> {
	const event = await findEvent(db, id);
	if (!event || !maySeeEvent(viewer, event)) return undefined;
	const body = event.body_id === null ? undefined : await findVisibleBodyById(db, viewer, event.body_id);
	return { ...event, body: body ? { code: body.code, name: body.name, slug: body.slug } : null };
}
