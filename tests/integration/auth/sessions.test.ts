import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginAttempt, LOGIN_LIMITS } from '../../../src/lib/server/auth/login.ts';
import {
	ACTIVITY_CHECK_INTERVAL_MS,
	createSession,
	INACTIVITY_TIMEOUT_MS,
	invalidateUserSessions,
	listUserSessions,
	validateSessionToken
} from '../../../src/lib/server/auth/session.ts';
import { createApiToken, revokeApiToken, validateApiToken } from '../../../src/lib/server/auth/tokens.ts';
import { createUser } from '../../../src/lib/server/users/repository.ts';
import type { UserRow } from '../../../src/lib/server/db/schema.ts';
import { dialects, freshDb, type TestDb } from '../db/context.ts';

describe.each(dialects)('sessions and tokens on %s', (dialect) => {
	let t: TestDb;
	let user: UserRow;
	const attemptLogin = createLoginAttempt();
	beforeAll(async () => {
		t = await freshDb(dialect);
		user = await createUser(t.db, { email: ' Sofie@Kommune.DK ', name: 'Sofie', role: 'secretariat', password: 'en lang nok adgangskode' });
	});
	afterAll(() => t.destroy());

	it('stores the e-mail normalised and the password as an argon2id hash', () => {
		expect(user.email).toBe('sofie@kommune.dk');
		expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('stores only the hash of the session secret and validates the token', async () => {
		const now = new Date('2026-03-01T08:00:00Z');
		const { token, session } = await createSession(t.db, user.id, 'Test', now);
		expect(token).toMatch(/^[a-z2-9]{24}\.[a-z2-9]{24}$/);
		const row = await t.db.selectFrom('session').selectAll().where('id', '=', session.id).executeTakeFirstOrThrow();
		expect(Buffer.from(row.secret_hash).toString('utf8')).not.toContain(token.split('.')[1]);
		expect(new Uint8Array(row.secret_hash).byteLength).toBe(32);
		const valid = await validateSessionToken(t.db, token, new Date(now.getTime() + 1000));
		expect(valid?.user).toEqual({ id: user.id, email: 'sofie@kommune.dk', name: 'Sofie', unit: '', role: 'secretariat' });
		expect(valid?.refreshed).toBe(false);
	});

	it('refuses a forged secret, a malformed token and an unknown id', async () => {
		const { token } = await createSession(t.db, user.id);
		const [id] = token.split('.');
		expect(await validateSessionToken(t.db, `${id}.${'a'.repeat(24)}`)).toBeNull();
		expect(await validateSessionToken(t.db, 'no-dot')).toBeNull();
		expect(await validateSessionToken(t.db, `${'b'.repeat(24)}.${'c'.repeat(24)}`)).toBeNull();
	});

	it('ends a session after the inactivity timeout, and renews activity when used', async () => {
		const start = new Date('2026-03-02T08:00:00Z');
		const { token, session } = await createSession(t.db, user.id, '', start);
		const later = new Date(start.getTime() + ACTIVITY_CHECK_INTERVAL_MS + 1);
		expect((await validateSessionToken(t.db, token, later))?.refreshed).toBe(true);
		const stillActive = new Date(later.getTime() + INACTIVITY_TIMEOUT_MS - 1);
		expect(await validateSessionToken(t.db, token, stillActive)).not.toBeNull();
		const expired = new Date(stillActive.getTime() + INACTIVITY_TIMEOUT_MS);
		expect(await validateSessionToken(t.db, token, expired)).toBeNull();
		expect((await listUserSessions(t.db, user.id)).map((s) => s.id)).not.toContain(session.id);
	});

	it('logs out everywhere but the current session', async () => {
		const keep = await createSession(t.db, user.id);
		await createSession(t.db, user.id);
		await invalidateUserSessions(t.db, user.id, keep.session.id);
		expect((await listUserSessions(t.db, user.id)).map((s) => s.id)).toEqual([keep.session.id]);
	});

	it('limits failed logins per account, and a success clears the count', async () => {
		const other = await createUser(t.db, { email: 'lene@kommune.dk', name: 'Lene', role: 'reader', password: 'lenes rigtige kode' });
		for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
			expect(await attemptLogin(t.db, other.email, 'forkert', `10.0.0.${i}`)).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await attemptLogin(t.db, other.email, 'lenes rigtige kode', '10.0.1.1');
		expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited' });
		const fresh = await createUser(t.db, { email: 'bo@kommune.dk', name: 'Bo', role: 'reader', password: 'bos rigtige kode!' });
		expect(await attemptLogin(t.db, fresh.email, 'forkert', '10.0.2.1')).toEqual({ ok: false, reason: 'invalid' });
		expect(await attemptLogin(t.db, 'BO@kommune.dk', 'bos rigtige kode!', '10.0.2.1')).toMatchObject({ ok: true, user: { email: 'bo@kommune.dk' } });
	});

	it('limits attempts per address whatever the account', async () => {
		for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
			expect(await attemptLogin(t.db, `ukendt${i}@kommune.dk`, 'x', '192.0.2.77')).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(await attemptLogin(t.db, 'sofie@kommune.dk', 'en lang nok adgangskode', '192.0.2.77')).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(await attemptLogin(t.db, 'sofie@kommune.dk', 'en lang nok adgangskode', '192.0.2.78')).toMatchObject({ ok: true });
	});

	it('API tokens: stored hashed, scoped to a role, refused once revoked', async () => {
		const { id, token } = await createApiToken(t.db, { name: 'ESDH', role: 'editor', unit: 'HR', createdBy: user.id });
		expect(token).toMatch(/^aj_[a-z2-9]{32}$/);
		const stored = await t.db.selectFrom('api_token').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
		expect(new Uint8Array(stored.token_hash).byteLength).toBe(32);
		expect(await validateApiToken(t.db, token)).toMatchObject({ id, name: 'ESDH', role: 'editor', unit: 'HR' });
		expect(await revokeApiToken(t.db, id)).toBe(true);
		expect(await validateApiToken(t.db, token)).toBeNull();
		expect(await revokeApiToken(t.db, id)).toBe(false);
	});
});
