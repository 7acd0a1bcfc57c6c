import { canSeeInternal, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import type { BodyRow, NewBody } from '../db/schema.ts';
import { invalidField } from '../http/problem.ts';

export interface BodyFilter {
	/** Internal bodies (e.g. chefforum) only for signed-in staff. */
	includeInternal: boolean;
}

export function listBodies(db: Db, filter: BodyFilter): Promise<BodyRow[]> {
	let q = db.selectFrom('body').selectAll().orderBy('sort_order').orderBy('code');
	if (!filter.includeInternal) q = q.where('is_public', '=', true);
	return q.execute();
}

export function findBody(db: Db, by: { code: string } | { slug: string }, filter: BodyFilter): Promise<BodyRow | undefined> {
	let q = db.selectFrom('body').selectAll();
	q = 'code' in by ? q.where('code', '=', by.code) : q.where('slug', '=', by.slug);
	if (!filter.includeInternal) q = q.where('is_public', '=', true);
	return q.executeTakeFirst();
}

/** The bodies the viewer may see: internal ones (e.g. chefforum) only for signed-in staff. */
export const listVisibleBodies = (db: Db, viewer: Viewer | null) => listBodies(db, { includeInternal: canSeeInternal(viewer) });

export const findVisibleBody = (db: Db, viewer: Viewer | null, by: { code: string } | { slug: string }) => findBody(db, by, { includeInternal: canSeeInternal(viewer) });

export async function findVisibleBodyById(db: Db, viewer: Viewer | null, id: number): Promise<BodyRow | undefined> {
	let q = db.selectFrom('body').selectAll().where('id', '=', id);
	if (!canSeeInternal(viewer)) q = q.where('is_public', '=', true);
	return q.executeTakeFirst();
}

export function insertBody(db: Db, body: NewBody): Promise<BodyRow> {
	return db.insertInto('body').values(body).returningAll().executeTakeFirstOrThrow();
}

export async function countBodies(db: Db): Promise<number> {
	const { n } = await db.selectFrom('body').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(n);
}

/** The body a write names by its code; an unknown code is a 400 naming the field it came in. */
export async function bodyByCode(db: Db, code: string, field = 'body'): Promise<BodyRow> {
	const body = await db.selectFrom('body').selectAll().where('code', '=', code).executeTakeFirst();
	if (!body) throw invalidField(field, `Intet organ har koden ${code}`);
	return body;
}

/**
 * The body a query names by its code, as the viewer may see it: an unknown code, and an internal
 * body asked for by someone who may not see it, are the same 400 naming the parameter.
 */
export async function queriedVisibleBody(db: Db, viewer: Viewer | null, code: string, parameter = 'body'): Promise<BodyRow> {
	const body = await findVisibleBody(db, viewer, { code });
	if (!body) throw invalidField(parameter, `Intet organ har koden ${code}`, 'Ugyldige parametre');
	return body;
}
