import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/index.ts';
import { UUID } from '../../schemas/query.ts';

/**
 * What OParl reads, and the one place where it decides what the public may see: bodies marked
 * public, their meetings, and open (not closed) cases. Everything else is either absent (an
 * internal body and its meetings: 404, never listed) or, for a meeting or case that was public
 * and is gone, a deleted stub (OParl 1.1 § 2.8: deleted and depublished objects keep `id`,
 * `type`, `created`, `modified` and say `deleted: true`). A closed case counts as depublished.
 */

/** A list's window on `created`/`modified` (both ends inclusive) and its page. */
export interface ListWindow {
	createdSince?: Date;
	createdUntil?: Date;
	modifiedSince?: Date;
	modifiedUntil?: Date;
	offset: number;
	limit: number;
}

export interface Page<T> {
	rows: T[];
	total: number;
}

/** The public bodies (offentlige organer), in their usual order. */
export function publicBodies(db: Db) {
	return db.selectFrom('body').selectAll().where('is_public', '=', true).orderBy('sort_order').orderBy('code').execute();
}

export function publicBody(db: Db, id: number) {
	return db.selectFrom('body').selectAll().where('is_public', '=', true).where('id', '=', id).executeTakeFirst();
}

/**
 * A meeting's `modified`: its own change, its deletion, and any change to the items on its
 * agenda (the cases with a stage on it, the fixed items of its body), since OParl 1.1 asks the
 * object an AgendaItem is embedded in to change with it.
 */
const meetingModified = sql<Date>`greatest(
	m.updated_at,
	coalesce(m.deleted_at, m.updated_at),
	coalesce((select max(greatest(c.updated_at, coalesce(c.deleted_at, c.updated_at))) from case_stage s join case_file c on c.id = s.case_id where s.meeting_id = m.id), m.updated_at),
	coalesce((select max(greatest(f.updated_at, coalesce(f.deleted_at, f.updated_at))) from fixed_item f where f.body_id = m.body_id), m.updated_at)
)`;

function meetingsQuery(db: Db) {
	return db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.where('b.is_public', '=', true)
		.select([
			'm.id',
			'm.body_id',
			'b.code as body_code',
			'b.name as body_name',
			'm.starts_at',
			'm.ends_at',
			'm.location',
			'm.status',
			'm.created_at',
			'm.deleted_at',
			meetingModified.as('modified')
		]);
}

export type OparlMeetingRow = Awaited<ReturnType<ReturnType<typeof meetingsQuery>['executeTakeFirstOrThrow']>>;

/**
 * A list window as one condition: created/modified bounds, and deleted rows only when the
 * client asks for changes (`modified_since`), as OParl 1.1 § 2.5 requires.
 */
function windowCondition(w: ListWindow, t: { created: Expression<Date>; modified: Expression<Date>; deleted: Expression<SqlBool> }): Expression<SqlBool> {
	const parts = [sql<SqlBool>`true`];
	if (w.createdSince) parts.push(sql<SqlBool>`${t.created} >= ${w.createdSince}`);
	if (w.createdUntil) parts.push(sql<SqlBool>`${t.created} <= ${w.createdUntil}`);
	if (w.modifiedSince) parts.push(sql<SqlBool>`${t.modified} >= ${w.modifiedSince}`);
	if (w.modifiedUntil) parts.push(sql<SqlBool>`${t.modified} <= ${w.modifiedUntil}`);
	if (!w.modifiedSince) parts.push(sql<SqlBool>`not ${t.deleted}`);
	return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

async function paged<T>(q: { execute: () => Promise<T[]> }, count: { executeTakeFirstOrThrow: () => Promise<{ n: string | number | bigint }> }): Promise<Page<T>> {
	const [rows, { n }] = await Promise.all([q.execute(), count.executeTakeFirstOrThrow()]);
	return { rows, total: Number(n) };
}

/** A page of the public meetings, of one body or all, in the stable order of their ids. */
export function meetingPage(db: Db, w: ListWindow, bodyId?: number): Promise<Page<OparlMeetingRow>> {
	let base = db.selectFrom('meeting as m').innerJoin('body as b', 'b.id', 'm.body_id').where('b.is_public', '=', true);
	if (bodyId !== undefined) base = base.where('m.body_id', '=', bodyId);
	base = base.where(windowCondition(w, { created: sql.ref('m.created_at'), modified: meetingModified, deleted: sql<SqlBool>`m.deleted_at is not null` }));
	const ids = base.select('m.id');
	const rows = meetingsQuery(db).where('m.id', 'in', ids).orderBy('m.id').offset(w.offset).limit(w.limit);
	return paged(rows, base.select((eb) => eb.fn.countAll<string>().as('n')));
}

/** One meeting of a public body, deleted or not; undefined for an internal body's or an unknown one. */
export function publicMeeting(db: Db, id: string): Promise<OparlMeetingRow | undefined> {
	if (!UUID.test(id)) return Promise.resolve(undefined);
	return meetingsQuery(db).where('m.id', '=', id).executeTakeFirst();
}

/** A case's `modified`: its change or deletion (closing it is a change of the case). */
const caseModified = sql<Date>`greatest(c.updated_at, coalesce(c.deleted_at, c.updated_at))`;
/** Deleted or closed: the public sees neither, so for OParl both are a deleted Paper. */
const caseGone = sql<SqlBool>`(c.deleted_at is not null or c.is_closed)`;

function casesQuery(db: Db) {
	return db
		.selectFrom('case_file as c')
		.leftJoin('body as cb', (j) => j.onRef('cb.id', '=', 'c.committee_body_id').on('cb.is_public', '=', true))
		.select(['c.id', 'c.case_number', 'c.title', 'c.description', 'c.created_at', 'cb.id as committee_id', caseModified.as('modified'), caseGone.as('gone')]);
}

export type OparlCaseRow = Awaited<ReturnType<ReturnType<typeof casesQuery>['executeTakeFirstOrThrow']>>;

export interface OparlStage {
	case_id: string;
	position: number;
	body_id: number;
	role: string;
	status: string;
	/** null when the stage has no meeting, or its meeting is deleted */
	meeting_id: string | null;
}

/** The stages of these cases held by public bodies: a stage in an internal body is not shown at all. */
export async function publicStages(db: Db, caseIds: string[]): Promise<OparlStage[]> {
	if (caseIds.length === 0) return [];
	return db
		.selectFrom('case_stage as s')
		.innerJoin('body as b', 'b.id', 's.body_id')
		.leftJoin('meeting as m', (j) => j.onRef('m.id', '=', 's.meeting_id').on('m.deleted_at', 'is', null))
		.select(['s.case_id', 's.position', 's.body_id', 's.role', 's.status', 'm.id as meeting_id'])
		.where('b.is_public', '=', true)
		.where('s.case_id', 'in', caseIds)
		.orderBy('s.case_id')
		.orderBy('s.position')
		.execute();
}

/** A page of cases: open ones in full, deleted or closed ones (only with `modified_since`) as stubs. */
export function casePage(db: Db, w: ListWindow): Promise<Page<OparlCaseRow>> {
	const base = db.selectFrom('case_file as c').where(windowCondition(w, { created: sql.ref('c.created_at'), modified: caseModified, deleted: caseGone }));
	const rows = casesQuery(db).where('c.id', 'in', base.select('c.id')).orderBy('c.id').offset(w.offset).limit(w.limit);
	return paged(rows, base.select((eb) => eb.fn.countAll<string>().as('n')));
}

export function anyCase(db: Db, id: string): Promise<OparlCaseRow | undefined> {
	if (!UUID.test(id)) return Promise.resolve(undefined);
	return casesQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/** The years of the public meetings, for the electoral terms they fall in. */
export async function meetingYears(db: Db): Promise<{ first: number; last: number } | null> {
	const row = await db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.where('b.is_public', '=', true)
		.where('m.deleted_at', 'is', null)
		.select((eb) => [eb.fn.min('m.starts_at').as('first'), eb.fn.max('m.starts_at').as('last')])
		.executeTakeFirst();
	if (!row?.first || !row.last) return null;
	return { first: new Date(row.first as Date).getUTCFullYear(), last: new Date(row.last as Date).getUTCFullYear() };
}
