import type { Db } from '../db/index.ts';
import type { MeetingStatus } from '../db/schema.ts';

/** A meeting as the lists and the calendar model hold it, with its body's code, name, kind, colour and visibility. */
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


/**
 * The meetings that are not deleted, each with its body's code, name, kind, colour and
 * visibility, by start then by the bodies' order: one query shape for the meeting lists and for
 * the calendar model, which filter it as they need.
 */
export function meetingListQuery(db: Db) {
	return db
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
		.where('m.deleted_at', 'is', null);
}
