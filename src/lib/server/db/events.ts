import { sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from './index.ts';
import type { EventRow } from './schema.ts';
import { toDate } from './temporal.ts';

export interface EventFilter {
	/** Calendar days [fromDate, toDate] inclusive and the same span as instants, for timed events. */
	fromDate: Temporal.PlainDate;
	toDate: Temporal.PlainDate;
	from: Temporal.Instant;
	to: Temporal.Instant;
	includeInternal: boolean;
}

export type EventListItem = EventRow & { body_code: string | null };

export function listEvents(db: Db, f: EventFilter): Promise<EventListItem[]> {
	let q = db
		.selectFrom('event as e')
		.leftJoin('body as b', 'b.id', 'e.body_id')
		.selectAll('e')
		// An internal body's code is itself internal: a public event tied to one shows no body.
		.select(sql<string | null>`case when ${f.includeInternal} or b.is_public then b.code end`.as('body_code'))
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
