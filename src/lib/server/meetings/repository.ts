import { sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/index.ts';
import type { MeetingRow, MeetingStatus, NewMeeting } from '../db/schema.ts';
import { toDate } from '../db/temporal.ts';

export interface MeetingListItem {
	id: string;
	body_id: number;
	body_code: string;
	body_name: string;
	body_kind: string;
	body_color: string;
	body_is_public: boolean;
	starts_at: Date;
	ends_at: Date;
	location: string;
	status: MeetingStatus;
	note: string;
	sequence: number;
	version: number;
	updated_at: Date;
}

export interface MeetingFilter {
	/** Overlapping the half-open range [from, to). */
	from: Temporal.Instant;
	to: Temporal.Instant;
	bodyIds?: number[];
	includeInternal: boolean;
	includeCancelled?: boolean;
}

export function listMeetings(db: Db, f: MeetingFilter): Promise<MeetingListItem[]> {
	let q = db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.select([
			'm.id',
			'm.body_id',
			'b.code as body_code',
			'b.name as body_name',
			'b.kind as body_kind',
			'b.color as body_color',
			'b.is_public as body_is_public',
			'm.starts_at',
			'm.ends_at',
			'm.location',
			'm.status',
			'm.note',
			'm.sequence',
			'm.version',
			'm.updated_at'
		])
		.where('m.deleted_at', 'is', null)
		.where('m.starts_at', '<', toDate(f.to))
		.where('m.ends_at', '>', toDate(f.from))
		.orderBy('m.starts_at')
		.orderBy('b.sort_order');
	if (f.bodyIds) q = f.bodyIds.length ? q.where('m.body_id', 'in', f.bodyIds) : q.where(sql<boolean>`false`);
	if (!f.includeInternal) q = q.where('b.is_public', '=', true);
	if (f.includeCancelled === false) q = q.where('m.status', '!=', 'cancelled');
	return q.execute();
}

export function getMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
	return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeetings(db: Db, meetings: NewMeeting[]): Promise<MeetingRow[]> {
	if (meetings.length === 0) return [];
	return db.insertInto('meeting').values(meetings).returningAll().execute();
}
