import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/index.ts';
import { createSession, sessionCookieName, sessionCookieOptions, type SessionUser } from './session.ts';

/** Starts a session for a user who just proved who they are, and hands the browser its cookie. */
export async function startSession(db: Db, cookies: Cookies, url: URL, user: SessionUser, userAgent: string): Promise<void> {
	const { token } = await createSession(db, user.id, userAgent);
	const secure = url.protocol === 'https:';
	cookies.set(sessionCookieName(secure), token, sessionCookieOptions(secure));
}

export function endSessionCookie(cookies: Cookies, url: URL): void {
	const secure = url.protocol === 'https:';
	cookies.delete(sessionCookieName(secure), { path: '/', secure });
}

/** Only a path on this site, so a login link cannot send people elsewhere (src/lib/server/http/redirect.ts). */
export { safeRedirectTarget } from '../http/redirect.ts';
