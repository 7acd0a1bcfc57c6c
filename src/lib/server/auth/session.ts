import type { Db } from '../db/index.ts';
import type { Role } from '../db/schema.ts';
import { constantTimeEqual, hashSecret, randomSecret } from './random.ts';

/**
 * Sessions after Lucia's published design (the `lucia` package itself is deprecated): the
 * token is `<id>.<secret>`; only the secret's SHA-256 is stored, so a leaked table logs no one
 * in. A session ends after INACTIVITY_TIMEOUT without use; use is written at most every
 * ACTIVITY_CHECK_INTERVAL to spare the database.
 */
export const INACTIVITY_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const ACTIVITY_CHECK_INTERVAL_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = 'aarshjul_session';

/**
 * On https the cookie carries the `__Host-` prefix: browsers then only accept it with Secure,
 * Path=/ and no Domain, set by this very host, so a sibling subdomain cannot plant or shadow it.
 */
export function sessionCookieName(secure: boolean): string {
	return secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	unit: string;
	role: Role;
}

export interface Session {
	id: string;
	userId: number;
	createdAt: Date;
	lastVerifiedAt: Date;
}

export async function createSession(db: Db, userId: number, userAgent = '', now = new Date()): Promise<{ token: string; session: Session }> {
	const id = randomSecret();
	const secret = randomSecret();
	await db
		.insertInto('session')
		.values({ id, user_id: userId, secret_hash: hashSecret(secret), created_at: now, last_verified_at: now, user_agent: userAgent.slice(0, 300) })
		.execute();
	return { token: `${id}.${secret}`, session: { id, userId, createdAt: now, lastVerifiedAt: now } };
}

/** The session and its user, or null for a malformed, unknown, expired or forged token. */
export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<{ session: Session; user: SessionUser; refreshed: boolean } | null> {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64) return null;
	const [id, secret] = parts as [string, string];
	const row = await db
		.selectFrom('session as s')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select(['s.id', 's.user_id', 's.secret_hash', 's.created_at', 's.last_verified_at', 'u.email', 'u.name', 'u.unit', 'u.role', 'u.disabled_at'])
		.where('s.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;
	if (row.disabled_at !== null || now.getTime() - row.last_verified_at.getTime() >= INACTIVITY_TIMEOUT_MS) {
		await invalidateSession(db, id);
		return null;
	}
	let lastVerifiedAt = row.last_verified_at;
	const refreshed = now.getTime() - lastVerifiedAt.getTime() >= ACTIVITY_CHECK_INTERVAL_MS;
	if (refreshed) {
		lastVerifiedAt = now;
		await db.updateTable('session').set({ last_verified_at: now }).where('id', '=', id).execute();
	}
	return {
		session: { id, userId: row.user_id, createdAt: row.created_at, lastVerifiedAt },
		user: { id: row.user_id, email: row.email, name: row.name, unit: row.unit, role: row.role },
		refreshed
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** "Log out everywhere": every session of the user, or every one but the current. */
export async function invalidateUserSessions(db: Db, userId: number, exceptSessionId?: string): Promise<number> {
	let q = db.deleteFrom('session').where('user_id', '=', userId);
	if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
	const result = await q.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export function listUserSessions(db: Db, userId: number) {
	return db
		.selectFrom('session')
		.select(['id', 'created_at', 'last_verified_at', 'user_agent'])
		.where('user_id', '=', userId)
		.orderBy('last_verified_at', 'desc')
		.execute();
}

/** HttpOnly, SameSite=Lax, Secure on HTTPS; lives as long as the inactivity window. */
export function sessionCookieOptions(secure: boolean) {
	return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: INACTIVITY_TIMEOUT_MS / 1000 };
}
