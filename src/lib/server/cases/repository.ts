import { sql } from 'kysely';
import { canSeeInternal, maySeeContent, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import { UUID } from '../../schemas/query.ts';
import type { CaseFileRow, StageRole, StageStatus } from '../db/schema.ts';
import { attachStages, caseStore, type CaseWithStages } from './store.ts';

export type { CaseWithStages, StageWithBody } from './store.ts';

export interface CaseFilter {
	/** the public sees open cases only */
	includeClosed: boolean;
	bodyCode?: string;
	unit?: string;
	status?: StageStatus;
	closed?: boolean;
	query?: string;
}

/** Stages with their body and meeting start, by case and position. */
function stageRows(db: Db) {
	return db
		.selectFrom('case_stage as s')
		.innerJoin('body as b', 'b.id', 's.body_id')
		.leftJoin('meeting as m', 'm.id', 's.meeting_id')
		.select([
			'm.starts_at as meeting_starts_at',
			's.case_id',
			's.position',
			's.body_id',
			'b.code as body_code',
			'b.name as body_name',
			'b.is_public as body_is_public',
			's.role',
			's.min_gap_days',
			's.after_previous_before_deadline',
			's.meeting_id',
			's.status'
		])
		.orderBy('s.case_id')
		.orderBy('s.position');
}

async function withStages(db: Db, rows: (CaseFileRow & { committee_code: string | null; template_name: string | null })[]): Promise<CaseWithStages[]> {
	if (rows.length === 0) return [];
	const stages = await stageRows(db).where('s.case_id', 'in', rows.map((r) => r.id)).execute();
	return attachStages(rows, stages);
}

function casesQuery(db: Db) {
	return db
		.selectFrom('case_file as c')
		.leftJoin('body as cb', 'cb.id', 'c.committee_body_id')
		.leftJoin('path_template as t', 't.id', 'c.template_id')
		.selectAll('c')
		.select(['cb.code as committee_code', 't.name as template_name'])
		.where('c.deleted_at', 'is', null);
}

/** Every case and stage, for the in-memory store (cases/store.ts): the case list's order, no filter. */
async function allCaseRows(db: Db) {
	const [cases, stages] = await Promise.all([
		casesQuery(db).orderBy('c.created_at', 'desc').orderBy('c.title').execute(),
		stageRows(db)
			.innerJoin('case_file as c', 'c.id', 's.case_id')
			.where('c.deleted_at', 'is', null)
			.execute()
	]);
	return { cases, stages };
}

const LIST_LIMIT = 500;

async function listCases(db: Db, f: CaseFilter): Promise<CaseWithStages[]> {
	const store = await caseStore(db, allCaseRows);
	if (store) {
		// The text search stays the database's (ILIKE as it folds case); the rest is read from memory.
		const found = f.query ? new Set((await searchQuery(casesQuery(db).select('c.id as found_id'), f.query).execute()).map((r) => r.found_id)) : null;
		const out: CaseWithStages[] = [];
		for (const c of store.all) {
			if (out.length === LIST_LIMIT) break;
			if (!f.includeClosed && c.is_closed) continue;
			if (f.closed !== undefined && c.is_closed !== f.closed) continue;
			if (f.unit && c.unit !== f.unit) continue;
			if (found && !found.has(c.id)) continue;
			if ((f.bodyCode || f.status) && !c.stages.some((s) => (!f.bodyCode || s.body_code === f.bodyCode) && (!f.status || s.status === f.status))) continue;
			out.push(c);
		}
		return out;
	}
	let q = casesQuery(db);
	if (!f.includeClosed) q = q.where('c.is_closed', '=', false);
	if (f.closed !== undefined) q = q.where('c.is_closed', '=', f.closed);
	if (f.unit) q = q.where('c.unit', '=', f.unit);
	if (f.query) q = searchQuery(q, f.query);
	if (f.bodyCode || f.status) {
		q = q.where((eb) => {
			let sub = eb.selectFrom('case_stage as s').innerJoin('body as b', 'b.id', 's.body_id').select('s.case_id').whereRef('s.case_id', '=', 'c.id');
			if (f.bodyCode) sub = sub.where('b.code', '=', f.bodyCode);
			if (f.status) sub = sub.where('s.status', '=', f.status);
			return eb.exists(sub);
		});
	}
	return withStages(db, await q.orderBy('c.created_at', 'desc').orderBy('c.title').limit(LIST_LIMIT).execute());
}

/** A title containing the text, in any case, or the case number itself. */
function searchQuery<Q extends ReturnType<typeof casesQuery> | ReturnType<ReturnType<typeof casesQuery>['select']>>(q: Q, query: string): Q {
	const pattern = `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
	return (q as ReturnType<typeof casesQuery>).where((eb) => eb.or([eb('c.title', 'ilike', pattern), eb('c.case_number', '=', query)])) as Q;
}

export async function getCase(db: Db, id: string): Promise<CaseWithStages | undefined> {
	if (!UUID.test(id)) return undefined;
	const store = await caseStore(db, allCaseRows);
	if (store) return store.byId.get(id);
	const row = await casesQuery(db).where('c.id', '=', id).executeTakeFirst();
	return row ? (await withStages(db, [row]))[0] : undefined;
}

/** The cases with a stage on any of the given meetings, whoever asks: for agendas and "what breaks", which anonymise closed ones. */
export async function casesOnMeetings(db: Db, meetingIds: string[]): Promise<CaseWithStages[]> {
	if (meetingIds.length === 0) return [];
	const store = await caseStore(db, allCaseRows);
	if (store) {
		const on = new Set(meetingIds.flatMap((id) => store.byMeeting.get(id) ?? []));
		return store.all.filter((c) => on.has(c));
	}
	const rows = await casesQuery(db)
		.where((eb) => eb.exists(eb.selectFrom('case_stage as s').select('s.case_id').whereRef('s.case_id', '=', 'c.id').where('s.meeting_id', 'in', meetingIds)))
		.execute();
	return withStages(db, rows);
}

export interface TemplateWithStages {
	id: number;
	name: string;
	description: string;
	version: number;
	stages: { position: number; body_code: string | null; role: StageRole; min_gap_days: number; after_previous_before_deadline: boolean }[];
}

/** Path templates; without includeInternal, the stages at internal bodies are left out. */
async function listTemplates(db: Db, f: { includeInternal: boolean }): Promise<TemplateWithStages[]> {
	const templates = await db.selectFrom('path_template').select(['id', 'name', 'description', 'version']).where('deleted_at', 'is', null).orderBy('name').execute();
	if (templates.length === 0) return [];
	let stageQuery = db
		.selectFrom('path_template_stage as s')
		.leftJoin('body as b', 'b.id', 's.body_id')
		.select(['s.template_id', 's.position', 'b.code as body_code', 's.role', 's.min_gap_days', 's.after_previous_before_deadline'])
		.where('s.template_id', 'in', templates.map((t) => t.id))
		.orderBy('s.template_id')
		.orderBy('s.position');
	if (!f.includeInternal) stageQuery = stageQuery.where((eb) => eb.or([eb('s.body_id', 'is', null), eb('b.is_public', '=', true)]));
	const stages = await stageQuery.execute();
	return templates.map((t) => ({ ...t, stages: stages.filter((s) => s.template_id === t.id).map(({ template_id: _, ...s }) => s) }));
}

export interface FixedItemListItem {
	id: number;
	body_code: string;
	body_is_public: boolean;
	title: string;
	description: string;
	rule: unknown;
	is_closed: boolean;
	sort_order: number;
	version: number;
}

/** Every fixed item, closed ones included: the agendas number them all and show a closed one as "Lukket punkt". */
export function listFixedItems(db: Db, bodyCodes?: string[]): Promise<FixedItemListItem[]> {
	let q = db
		.selectFrom('fixed_item as f')
		.innerJoin('body as b', 'b.id', 'f.body_id')
		.select(['f.id', 'b.code as body_code', 'b.is_public as body_is_public', 'f.title', 'f.description', 'f.rule', 'f.is_closed', 'f.sort_order', 'f.version'])
		.where('f.deleted_at', 'is', null)
		.orderBy('b.sort_order')
		.orderBy('f.sort_order')
		.orderBy('f.id');
	if (bodyCodes) q = bodyCodes.length ? q.where('b.code', 'in', bodyCodes) : q.where(sql<boolean>`false`);
	return q.execute();
}

/** The cases the viewer may see: closed ones only for signed-in staff. */
export function listVisibleCases(db: Db, viewer: Viewer | null, f: Omit<CaseFilter, 'includeClosed'>): Promise<CaseWithStages[]> {
	return listCases(db, { ...f, includeClosed: canSeeInternal(viewer) });
}

/** A case, if the viewer may see it: a closed case does not exist for the public. */
export async function findVisibleCase(db: Db, viewer: Viewer | null, id: string): Promise<CaseWithStages | undefined> {
	const c = await getCase(db, id);
	return c && maySeeContent(viewer, c) ? c : undefined;
}

/** The cases with a stage on any of the given meetings that the viewer may see. */
export async function visibleCasesOnMeetings(db: Db, viewer: Viewer | null, meetingIds: string[]): Promise<CaseWithStages[]> {
	return (await casesOnMeetings(db, meetingIds)).filter((c) => maySeeContent(viewer, c));
}

/** The fixed items the viewer may see: for the public, open items of public bodies. */
export async function listVisibleFixedItems(db: Db, viewer: Viewer | null, bodyCodes?: string[]): Promise<FixedItemListItem[]> {
	const staff = canSeeInternal(viewer);
	return (await listFixedItems(db, bodyCodes)).filter((f) => staff || (!f.is_closed && f.body_is_public));
}

/** The units that own cases the viewer may see, for the case list's filter. */
export async function listVisibleCaseUnits(db: Db, viewer: Viewer | null): Promise<string[]> {
	const rows = await db
		.selectFrom('case_file')
		.select('unit')
		.distinct()
		.where('deleted_at', 'is', null)
		.where('unit', '<>', '')
		.$if(!canSeeInternal(viewer), (q) => q.where('is_closed', '=', false))
		.orderBy('unit')
		.execute();
	return rows.map((r) => r.unit);
}

/**
 * The cases a user follows in their feeds, that the viewer may see. `own`: the user is
 * responsible — responsible_user_id is theirs, or no user is linked and responsible_name is their
 * name (cases written before the link existed, or by an integration that only knows the name).
 * `unit`: every case of that unit.
 */
export async function listFollowedCases(db: Db, viewer: Viewer, f: { own: boolean; unit: string | null }): Promise<CaseWithStages[]> {
	if ((!f.own && !f.unit) || viewer.userId === null) return [];
	const userId = viewer.userId;
	let q = casesQuery(db).where((eb) =>
		eb.or([
			...(f.own ? [eb('c.responsible_user_id', '=', userId), eb.and([eb('c.responsible_user_id', 'is', null), eb('c.responsible_name', '=', viewer.name)])] : []),
			...(f.unit ? [eb('c.unit', '=', f.unit)] : [])
		])
	);
	if (!canSeeInternal(viewer)) q = q.where('c.is_closed', '=', false);
	return withStages(db, await q.orderBy('c.created_at').orderBy('c.id').execute());
}

/** Body ids by code, to store a path named by codes. */
export async function bodyIdsByCode(db: Db): Promise<Map<string, number>> {
	return new Map((await db.selectFrom('body').select(['id', 'code']).execute()).map((b) => [b.code, b.id]));
}

export interface StageToStore {
	bodyId: number;
	role: StageRole;
	minGapDays: number;
	afterPreviousBeforeDeadline: boolean;
	meetingId: string | null;
	status: StageStatus;
}

/** Replaces a case's stages with the given path, in order. */
export async function replaceStages(db: Db, caseId: string, stages: StageToStore[]): Promise<void> {
	await db.deleteFrom('case_stage').where('case_id', '=', caseId).execute();
	if (stages.length === 0) return;
	await db
		.insertInto('case_stage')
		.values(
			stages.map((s, position) => ({
				case_id: caseId,
				position,
				body_id: s.bodyId,
				role: s.role,
				min_gap_days: s.minGapDays,
				after_previous_before_deadline: s.afterPreviousBeforeDeadline,
				meeting_id: s.meetingId,
				status: s.status
			}))
		)
		.execute();
}

/** The body code of each of the given meetings that is not deleted. */
export async function meetingBodyCodes(db: Db, meetingIds: string[]): Promise<Map<string, string>> {
	if (meetingIds.length === 0) return new Map();
	const rows = await db.selectFrom('meeting as m').innerJoin('body as b', 'b.id', 'm.body_id').select(['m.id', 'b.code']).where('m.id', 'in', meetingIds).where('m.deleted_at', 'is', null).execute();
	return new Map(rows.map((r) => [r.id, r.code]));
}

/** The titles of the given cases that the viewer may see, by id. */
export async function visibleCaseTitles(db: Db, viewer: Viewer | null, ids: string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	let q = db.selectFrom('case_file').select(['id', 'title']).where('id', 'in', ids);
	if (!canSeeInternal(viewer)) q = q.where('is_closed', '=', false);
	return new Map((await q.execute()).map((r) => [r.id, r.title]));
}

/** Path templates as the viewer may see them: for the public, stages at internal bodies are left out. */
export const listVisibleTemplates = (db: Db, viewer: Viewer | null) => listTemplates(db, { includeInternal: canSeeInternal(viewer) });

/** Every path template whole, for planning a case (the path decides the case's stages, whoever plans it). */
export const listAllTemplates = (db: Db) => listTemplates(db, { includeInternal: true });
