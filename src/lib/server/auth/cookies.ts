import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/index.ts';
import { createSession, SESSION_COOKIE, sessionCookieOptions, type SessionUser } from './session.ts';

/** Starts a session for a user who just proved who they are, and hands the browser its cookie. */
export async function startSession(db: Db, cookies: Cookies, url: URL, user: SessionUser, userAgent: string): Promise<void> {
	const { token } = await createSession(db, user.id, userAgent);
	cookies.set(SESSION_COOKIE, token, sessionCookieOptions(url.protocol === 'https:'));
}

export function endSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}

/** Only a path on this site, so a login link cannot send people elsewhere. */
export function safeRedirectTarget(raw: string | null): string {
	return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}
