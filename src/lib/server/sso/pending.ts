import type { Cookies } from '@sveltejs/kit';
import { safeRedirectTarget } from '../auth/cookies.ts';
import type { PendingSignIn } from './client.ts';

/**
 * The state, nonce and PKCE verifier of a sign-in under way, in an HttpOnly cookie bound to
 * the browser that started it: a callback without it (another browser, a replay after
 * the sign-in finished) is refused. SameSite=Lax, so it rides along on the provider's redirect.
 */
export const PENDING_COOKIE = 'aarshjul_oidc';
const PATH = '/login/sso';
const MAX_AGE_SECONDS = 10 * 60;

export function keepPending(cookies: Cookies, url: URL, pending: PendingSignIn): void {
	const value = Buffer.from(JSON.stringify({ s: pending.state, n: pending.nonce, v: pending.verifier, r: pending.redirectTo })).toString('base64url');
	cookies.set(PENDING_COOKIE, value, { path: PATH, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: MAX_AGE_SECONDS });
}

/** The pending sign-in, taken (the cookie is deleted, so a second callback finds nothing). */
export function takePending(cookies: Cookies, url: URL): PendingSignIn | null {
	const raw = cookies.get(PENDING_COOKIE);
	cookies.delete(PENDING_COOKIE, { path: PATH, secure: url.protocol === 'https:' });
	if (!raw || raw.length > 2000) return null;
	try {
		const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
		const text = (x: unknown) => (typeof x === 'string' && x.length > 0 && x.length <= 500 ? x : null);
		const state = text(v.s);
		const nonce = text(v.n);
		const verifier = text(v.v);
		if (!state || !nonce || !verifier) return null;
		return { state, nonce, verifier, redirectTo: safeRedirectTarget(text(v.r)) };
	} catch {
		return null;
	}
}
