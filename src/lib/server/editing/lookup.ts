import type { Db } from '../db/index.ts';
import type { BodyRow } from '../db/schema.ts';
import { findBody } from '../db/bodies.ts';
import { ProblemError } from '../http/problem.ts';
import { invalidField } from './conflict.ts';

/** The body a write names by its code; an unknown code is a 400 naming the field it came in. */
export async function bodyByCode(db: Db, code: string, field = 'body'): Promise<BodyRow> {
	const body = await db.selectFrom('body').selectAll().where('code', '=', code).executeTakeFirst();
	if (!body) throw invalidField(field, `Intet organ har koden ${code}`);
	return body;
}

/**
 * The body a query names by its code, as the viewer may see it: an unknown code, or an internal
 * body asked for by someone who may not see it, is the same 400 naming the parameter.
 */
export async function queriedBody(db: Db, code: string, includeInternal: boolean, parameter = 'body'): Promise<BodyRow> {
	const body = await findBody(db, { code }, { includeInternal });
	if (body) return body;
	const reason = `Intet organ har koden ${code}`;
	throw new ProblemError({
		type: '/problems/invalid-parameters',
		title: 'Ugyldige parametre',
		status: 400,
		detail: `${parameter}: ${reason}`,
		'invalid-params': [{ name: parameter, reason }]
	});
}
