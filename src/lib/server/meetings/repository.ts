import { sql } from 'kysely';
import type { Cycle } from '../../domain/cycles.ts';
import { calendarModel } from '../calendar/model.ts';
import { meetingListQuery, type MeetingListItem } from './list-query.ts';
import { dayRange } from '../../domain/day-range.ts';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/index.ts';
import type { BodyRow, MeetingRow, NewMeeting } from '../db/schema.ts';
import { canSeeInternal, type Viewer } from '../auth/access.ts';
import { findVisibleBodyById } from '../bodies/repository.ts';
import { UUID } from '../../schemas/query.ts';
import { toDate } from '../db/temporal.ts';

export type { MeetingListItem } from './list-query.ts';

export interface MeetingFilter {
	/** Overlapping the half-open range [from, to). */
	from: Temporal.Instant;
	to: Temporal.Instant;
	bodyIds?: number[];
	includeInternal: boolean;
	includeCancelled?: boolean;
}

function listMeetings(db: Db, f: MeetingFilter): Promise<MeetingListItem[]> {
	let q = meetingListQuery(db)
		.where('m.starts_at', '<', toDate(f.to))
		.where('m.ends_at', '>', toDate(f.from))
		.orderBy('m.starts_at')
		.orderBy('b.sort_order');
	if (f.bodyIds) q = f.bodyIds.length ? q.where('m.body_id', 'in', f.bodyIds) : q.where(sql<boolean>`false`);
	if (!f.includeInternal) q = q.where('b.is_public', '=', true);
	if (f.includeCancelled === false) q = q.where('m.status', '!=', 'cancelled');
	return q.execute();
}

/** A meeting by id with its body's kind and code, whoever asks: for the services that check and mark it. */
export function findMeetingWithBody(db: Db, id: string) {
	return db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.select(['m.id', 'm.starts_at', 'm.status', 'm.is_constitutive', 'b.kind', 'b.code'])
		.where('m.id', '=', id)
		.where('m.deleted_at', 'is', null)
		.executeTakeFirst();
}

/** A meeting by id, whoever asks: for the services that change it. */
export async function findMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
	if (!UUID.test(id)) return undefined;
	return db.selectFrom('meeting').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export type VisibleMeeting = MeetingRow & { body: Pick<BodyRow, 'id' | 'code' | 'name' | 'slug' | 'color' | 'kind' | 'is_public'> };

/** A meeting with its body, if the viewer may see it: an internal body's meetings do not exist for the public. */
export async function findVisibleMeeting(db: Db, viewer: Viewer | null, id: string): Promise<VisibleMeeting | undefined> {
	const meeting = await findMeeting(db, id);
	if (!meeting) return undefined;
	const body = await findVisibleBodyById(db, viewer, meeting.body_id);
	return body && { ...meeting, body };
}

/** The meetings overlapping [from, to) that the viewer may see. */
export function listVisibleMeetings(db: Db, viewer: Viewer | null, f: Omit<MeetingFilter, 'includeInternal'>): Promise<MeetingListItem[]> {
	return listMeetings(db, { ...f, includeInternal: canSeeInternal(viewer) });
}

export interface MeetingInCycle extends MeetingListItem {
	cycle: Cycle | null;
}

/**
 * The meetings on calendar days [from, to], each with the political cycle (politisk rul) it
 * belongs to, read from the calendar model (calendar/model.ts): the cycles are those of the
 * whole calendar, and the council and board meetings that define them are public bodies.
 */
export async function visibleMeetingsWithCycles(
	db: Db,
	viewer: Viewer | null,
	q: { from: Temporal.PlainDate; to: Temporal.PlainDate; bodyIds?: number[] }
): Promise<MeetingInCycle[]> {
	const internal = canSeeInternal(viewer);
	const span = dayRange(q.from, q.to);
	const model = await calendarModel(db);
	const result: MeetingInCycle[] = [];
	for (const m of model.overlapping(span.from, span.to)) {
		if ((internal || m.body_is_public) && (q.bodyIds === undefined || q.bodyIds.includes(m.body_id))) result.push({ ...m, cycle: model.cycleOf.get(m.id) ?? null });
	}
	return result;
}

/** Many meetings at once (an import), in one statement. */
export async function insertMeetings(db: Db, meetings: NewMeeting[]): Promise<MeetingRow[]> {
	if (meetings.length === 0) return [];
	return db.insertInto('meeting').values(meetings).returningAll().execute();
}
