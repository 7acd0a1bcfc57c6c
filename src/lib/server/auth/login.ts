import type { Db } from '../db/index.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { attemptsUsed, clearAttempts, countAttempt } from './login-limit.ts';
import { passwordLoginAllowed } from '../sso/config.ts';
import type { SessionUser } from './session.ts';
import { findUserByEmail, normaliseEmail } from '../users/repository.ts';

/**
 * Per address: every attempt counts. Per account: failures count, a success clears them.
 * LOGIN_LIMIT_PER_ADDRESS raises the first where many people share one address (a town hall
 * behind one NAT, or the browser test suite on loopback).
 */
export const LOGIN_LIMITS = {
	perAddress: Number(process.env.LOGIN_LIMIT_PER_ADDRESS) || 30,
	perAccount: 8,
	windowMs: 15 * 60 * 1000
} as const;

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'local-login-off' }
	| { ok: false; reason: 'rate-limited'; retryAfter: number };

export type LoginAttempt = (db: Db, email: string, password: string, address: string) => Promise<LoginResult>;

/**
 * A login checker. The counts live in the database (login-limit.ts), shared by every app server;
 * `scope` keeps the counters of separate checkers (tests) apart.
 */
export function createLoginAttempt(scope = ''): LoginAttempt {
	return async (db, email, password, address) => {
		const account = normaliseEmail(email);
		const accountKey = `${scope}account:${account}`;
		const blocked = await attemptsUsed(db, accountKey);
		if (blocked.used >= LOGIN_LIMITS.perAccount) return { ok: false, reason: 'rate-limited', retryAfter: blocked.retryAfter };
		const byAddress = await countAttempt(db, `${scope}address:${address}`, LOGIN_LIMITS.windowMs);
		if (byAddress.used > LOGIN_LIMITS.perAddress) return { ok: false, reason: 'rate-limited', retryAfter: byAddress.retryAfter };
		if (!passwordLoginAllowed(account)) return { ok: false, reason: 'local-login-off' };
		const user = await findUserByEmail(db, account);
		const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
		if (!user || !valid || user.disabled_at !== null) {
			await countAttempt(db, accountKey, LOGIN_LIMITS.windowMs);
			return { ok: false, reason: 'invalid' };
		}
		await clearAttempts(db, accountKey);
		return { ok: true, user: { id: user.id, email: user.email, name: user.name, unit: user.unit, role: user.role } };
	};
}

/** The one checker shared by the login page and POST /api/v1/auth/login. */
export const attemptLogin = createLoginAttempt();
