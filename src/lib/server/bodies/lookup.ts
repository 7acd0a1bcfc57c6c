import type { Db } from '../db/index.ts';
import type { BodyRow } from '../db/schema.ts';
import { invalidField } from '../http/conflict.ts';

/** The body a write names by its code; an unknown code is a 400 naming the field it came in. */
export async function bodyByCode(db: Db, code: string, field = 'body'): Promise<BodyRow> {
	const body = await db.selectFrom('body').selectAll().where('code', '=', code).executeTakeFirst();
	if (!body) throw invalidField(field, `Intet organ har koden ${code}`);
	return body;
}
