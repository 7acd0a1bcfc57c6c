import type { Temporal } from 'temporal-polyfill';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { notFound } from '../http/problem.ts';
import { bodyByCode } from '../bodies/repository.ts';

export interface ClosureInput {
	name: string;
	from: Temporal.PlainDate;
	to: Temporal.PlainDate;
	body?: string | null;
}

export async function createClosure(db: Db, viewer: Viewer, input: ClosureInput) {
	const bodyId = input.body ? (await bodyByCode(db, input.body)).id : null;
	const row = await db
		.insertInto('closure')
		.values({ name: input.name, from_date: input.from.toString(), to_date: input.to.toString(), body_id: bodyId })
		.returningAll()
		.executeTakeFirstOrThrow();
	const after = { name: row.name, from: row.from_date, to: row.to_date, body: input.body ?? null };
	await recordAudit(db, viewer, { action: 'create', entity: 'closure', entityId: row.id, summary: `Lukkeperiode oprettet: ${row.name}`, after });
	return row;
}

export async function deleteClosure(db: Db, viewer: Viewer, id: number): Promise<void> {
	const before = await db.selectFrom('closure').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
	if (!before) throw notFound('Lukkeperioden');
	await db.updateTable('closure').set({ deleted_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
	await recordAudit(db, viewer, {
		action: 'delete',
		entity: 'closure',
		entityId: id,
		summary: `Lukkeperiode slettet: ${before.name}`,
		before: { name: before.name, from: before.from_date, to: before.to_date }
	});
}
