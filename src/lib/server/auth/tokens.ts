import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { notFound } from '../http/problem.ts';
import type { Viewer } from './access.ts';
import type { Role } from '../db/schema.ts';
import { hashSecret, randomSecret } from './random.ts';

/**
 * API tokens for integrations (e.g. a case-management system): shown once, stored as SHA-256,
 * scoped to a role, revocable. The prefix lets secret scanners recognise a leaked token.
 */
const PREFIX = 'aj_';

export async function createApiToken(db: Db, t: { name: string; role: Role; unit?: string; createdBy: number | null }): Promise<{ id: number; token: string }> {
	const token = `${PREFIX}${randomSecret(32)}`;
	const { id } = await db
		.insertInto('api_token')
		.values({ name: t.name.trim(), role: t.role, unit: t.unit ?? '', token_hash: hashSecret(token), created_by: t.createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id, token };
}

export async function validateApiToken(db: Db, token: string, now = new Date()) {
	if (!token.startsWith(PREFIX) || token.length > 100) return null;
	const row = await db
		.selectFrom('api_token')
		.select(['id', 'name', 'role', 'unit', 'last_used_at'])
		.where('token_hash', '=', hashSecret(token))
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	if (!row) return null;
	if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
		await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', row.id).execute();
	}
	return row;
}

export async function revokeApiToken(db: Db, id: number): Promise<boolean> {
	const r = await db.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export function listApiTokens(db: Db) {
	return db
		.selectFrom('api_token as t')
		.leftJoin('app_user as u', 'u.id', 't.created_by')
		.select(['t.id', 't.name', 't.role', 't.unit', 't.created_at', 't.last_used_at', 't.revoked_at', 'u.name as created_by_name'])
		.orderBy('t.created_at', 'desc')
		.execute();
}

/** An admin issues a token; it is in the answer only, and the audit log names it. Run in a transaction. */
export async function issueApiToken(db: Db, viewer: Viewer, input: { name: string; role: Role; unit?: string }): Promise<{ id: number; token: string }> {
	const created = await createApiToken(db, { ...input, createdBy: viewer.userId });
	await recordAudit(db, viewer, { action: 'create', entity: 'api_token', entityId: created.id, summary: `API-nøgle oprettet: ${input.name} (${input.role})` });
	return created;
}

/** An admin revokes a token: calls with it are refused from now on. Run in a transaction. */
export async function withdrawApiToken(db: Db, viewer: Viewer, id: number): Promise<void> {
	if (!(await revokeApiToken(db, id))) throw notFound('API-nøglen', 'API-nøglen findes ikke eller er allerede tilbagekaldt.');
	await recordAudit(db, viewer, { action: 'revoke', entity: 'api_token', entityId: id, summary: 'API-nøgle tilbagekaldt' });
}
