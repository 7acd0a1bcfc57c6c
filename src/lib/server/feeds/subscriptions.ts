import { hasRole, type Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import { hashSecret, randomSecret } from '../auth/random.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import type { Db } from '../db/index.ts';
import { invalidField } from '../http/problem.ts';
import { selectionSchema, type Selection } from './selection.ts';

/**
 * Personal feed subscriptions (feed_subscription). The token is shown once, at creation; the
 * database keeps its SHA-256. Every lookup reads the row and the user afresh, so a revoked token,
 * a disabled user or a lowered role takes effect on the very next request.
 */
const TOKEN_LENGTH = 32;
const TOKEN_SHAPE = /^[a-km-np-z2-9]{32}$/;

export const personalFeedPath = (token: string) => `/feeds/personlig/${token}.ics`;

/** The subscriber as the feed sees them: their current role, unit and name. */
export interface Subscriber {
	subscriptionId: number;
	name: string;
	selection: Selection;
	viewer: Viewer;
}

/** The active subscription a token opens, or undefined for an unknown or revoked token or a disabled user. */
export async function subscriberByToken(db: Db, token: string, now = new Date()): Promise<Subscriber | undefined> {
	if (!TOKEN_SHAPE.test(token)) return undefined;
	const row = await db
		.selectFrom('feed_subscription as s')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select(['s.id', 's.name', 's.selection', 's.last_used_at', 'u.id as user_id', 'u.name as user_name', 'u.email', 'u.unit', 'u.role'])
		.where('s.token_hash', '=', hashSecret(token))
		.where('s.revoked_at', 'is', null)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	if (!row) return undefined;
	// Hourly polling by every client would otherwise write a row per fetch.
	if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
		await db.updateTable('feed_subscription').set({ last_used_at: now }).where('id', '=', row.id).execute();
	}
	return {
		subscriptionId: row.id,
		name: row.name,
		selection: selectionSchema.parse(row.selection),
		viewer: { role: row.role, name: row.user_name, unit: row.unit, userId: row.user_id, email: row.email, sessionId: null, tokenId: null }
	};
}

/** Refuses body codes the user cannot see and the unit's cases for anyone below editor. */
async function checkSelection(db: Db, viewer: Viewer, selection: Selection): Promise<Selection> {
	const visible = new Set((await listVisibleBodies(db, viewer)).map((b) => b.code));
	const unknown = selection.bodies.filter((code) => !visible.has(code));
	if (unknown.length) throw invalidField('selection.bodies', `Ukendt organ: ${unknown.join(', ')}`);
	if (selection.unitCases && !mayFollowUnit(viewer)) {
		throw invalidField('selection.unitCases', 'Kun redaktører med en enhed kan abonnere på alle enhedens sager');
	}
	return { ...selection, bodies: [...new Set(selection.bodies)], categories: [...new Set(selection.categories)] };
}

/** Editors (and above) with a unit may follow every case of that unit. */
export const mayFollowUnit = (viewer: Viewer) => viewer.unit !== '' && hasRole(viewer, 'editor');

function requireUser(viewer: Viewer): number {
	if (viewer.userId === null) throw invalidField('user', 'Personlige abonnementer kræver et login som bruger, ikke en API-nøgle');
	return viewer.userId;
}

/** Creates a subscription and audits it; call inside the write's transaction. Returns the token once. */
export async function createSubscription(db: Db, viewer: Viewer, input: { name: string; selection: Selection }): Promise<{ id: number; token: string }> {
	const userId = requireUser(viewer);
	const selection = await checkSelection(db, viewer, input.selection);
	const token = randomSecret(TOKEN_LENGTH);
	const { id } = await db
		.insertInto('feed_subscription')
		.values({ user_id: userId, name: input.name, selection: JSON.stringify(selection), token_hash: hashSecret(token) })
		.returning('id')
		.executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'create', entity: 'feed_subscription', entityId: id, summary: `Personligt abonnement oprettet: ${input.name}`, after: { name: input.name, selection } });
	return { id, token };
}

/** Revokes one of the viewer's own active subscriptions; false when there is none by that id. */
export async function revokeSubscription(db: Db, viewer: Viewer, id: number): Promise<boolean> {
	const userId = requireUser(viewer);
	const r = await db
		.updateTable('feed_subscription')
		.set({ revoked_at: new Date() })
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.returning('name')
		.executeTakeFirst();
	if (r) await recordAudit(db, viewer, { action: 'revoke', entity: 'feed_subscription', entityId: id, summary: `Personligt abonnement tilbagekaldt: ${r.name}` });
	return r !== undefined;
}

/** Revoke and a new token for the same selection: the old URL dies, the new one is shown once. */
export async function regenerateSubscription(db: Db, viewer: Viewer, id: number): Promise<{ id: number; token: string } | undefined> {
	const userId = requireUser(viewer);
	const old = await db
		.selectFrom('feed_subscription')
		.select(['name', 'selection'])
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	if (!old || !(await revokeSubscription(db, viewer, id))) return undefined;
	return createSubscription(db, viewer, { name: old.name, selection: selectionSchema.parse(old.selection) });
}

/** The user's subscriptions, newest first, active and revoked. */
export async function listSubscriptions(db: Db, userId: number) {
	const rows = await db
		.selectFrom('feed_subscription')
		.select(['id', 'name', 'selection', 'created_at', 'revoked_at', 'last_used_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, selection: selectionSchema.parse(r.selection) }));
}
