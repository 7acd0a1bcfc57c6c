import type { Db } from '../db/index.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createRateLimiter } from './rate-limit.ts';
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

/** A login checker with its own rate-limit counters. */
export function createLoginAttempt(): LoginAttempt {
	const byAddress = createRateLimiter(LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowMs);
	const byAccount = createRateLimiter(LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs);
	return async (db, email, password, address) => {
		const account = normaliseEmail(email);
		if (byAccount.retryAfter(account) > 0 || !byAddress.consume(address)) {
			return { ok: false, reason: 'rate-limited', retryAfter: Math.max(byAccount.retryAfter(account), byAddress.retryAfter(address), 1) };
		}
		if (!passwordLoginAllowed(account)) return { ok: false, reason: 'local-login-off' };
		const user = await findUserByEmail(db, account);
		const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
		if (!user || !valid || user.disabled_at !== null) {
			byAccount.consume(account);
			return { ok: false, reason: 'invalid' };
		}
		byAccount.reset(account);
		return { ok: true, user: { id: user.id, email: user.email, name: user.name, unit: user.unit, role: user.role } };
	};
}

/** The one checker shared by the login page and POST /api/v1/auth/login. */
export const attemptLogin = createLoginAttempt();
