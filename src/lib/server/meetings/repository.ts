import { sql } from 'kysely';
import { assignCycles, type Cycle } from '../../domain/cycles.ts';
import { dayRange } from '../../domain/day-range.ts';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/index.ts';
import type { BodyRow, MeetingRow, MeetingStatus, NewMeeting } from '../db/schema.ts';
import { canSeeInternal, type Viewer } from '../auth/access.ts';
import { findVisibleBodyById } from '../bodies/repository.ts';
import { UUID } from '../../schemas/query.ts';
import { toDate, toInstant } from '../db/temporal.ts';

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

function listMeetings(db: Db, f: MeetingFilter): Promise<MeetingListItem[]> {
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

// A political cycle runs from one council meeting to the next; two months and a bit either way
// cover the summer break, when no council meeting is held.
const CYCLE_LOOKAHEAD_DAYS = 70;
const CYCLE_LOOKBACK_DAYS = 70;

/**
 * The meetings on calendar days [from, to], each with the political cycle (politisk rul) it
 * belongs to. The council and board meetings that define the cycles are public bodies and
 * are read whatever the caller may see.
 */
export async function visibleMeetingsWithCycles(
	db: Db,
	viewer: Viewer | null,
	q: { from: Temporal.PlainDate; to: Temporal.PlainDate; bodyIds?: number[] }
): Promise<MeetingInCycle[]> {
	const internal = canSeeInternal(viewer);
	const span = dayRange(q.from, q.to);
	// One read of the span widened for the cycles: the span's own meetings are a part of it.
	const wide = await listMeetings(db, {
		from: span.from.subtract({ hours: 24 * CYCLE_LOOKBACK_DAYS }),
		to: span.to.add({ hours: 24 * CYCLE_LOOKAHEAD_DAYS }),
		includeInternal: true
	});
	const from = toDate(span.from);
	const to = toDate(span.to);
	const meetings = wide.filter(
		(m) =>
			m.starts_at < to &&
			m.ends_at > from &&
			(internal || m.body_is_public) &&
			(q.bodyIds === undefined || q.bodyIds.includes(m.body_id))
	);
	const anchors = wide.filter((m) => m.status !== 'cancelled' && (m.body_kind === 'council' || m.body_kind === 'executive-board'));

	const council = anchors.find((m) => m.body_kind === 'council')?.body_code ?? 'KB';
	const board = anchors.find((m) => m.body_kind === 'executive-board')?.body_code ?? 'DIR';
	const byId = new Map([...anchors, ...meetings].map((m) => [m.id, m]));
	const { cycles, cycleOf } = assignCycles(
		[...byId.values()].map((m) => ({ id: m.id, bodyCode: m.body_code, start: toInstant(m.starts_at), cancelled: m.status === 'cancelled' })),
		council,
		board
	);
	const cycleByKey = new Map(cycles.map((c) => [c.key, c]));
	return meetings.map((m) => {
		const key = cycleOf.get(m.id);
		return { ...m, cycle: key ? (cycleByKey.get(key) ?? null) : null };
	});
}

/** Many meetings at once (an import), in one statement. */
export async function insertMeetings(db: Db, meetings: NewMeeting[]): Promise<MeetingRow[]> {
	if (meetings.length === 0) return [];
	return db.insertInto('meeting').values(meetings).returningAll().execute();
}
