import type { Handle, ServerInit } from '@sveltejs/kit';
import type { Viewer } from '$lib/server/auth/access';
import { SESSION_COOKIE, sessionCookieOptions, validateSessionToken } from '$lib/server/auth/session';
import { validateApiToken } from '$lib/server/auth/tokens';
import { appDb, prepareDatabase } from '$lib/server/app-db';
import { problemResponse } from '$lib/server/http/problem';

export const init: ServerInit = async () => {
	await prepareDatabase();
};

const INVALID = Symbol('invalid credentials');

async function identify(event: Parameters<Handle>[0]['event']): Promise<Viewer | null | typeof INVALID> {
	const db = appDb();
	const authorization = event.request.headers.get('authorization');
	if (authorization) {
		const bearer = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
		const token = bearer ? await validateApiToken(db, bearer) : null;
		if (!token) return INVALID;
		return { role: token.role, name: token.name, unit: token.unit, userId: null, email: null, sessionId: null, tokenId: token.id };
	}
	const cookie = event.cookies.get(SESSION_COOKIE);
	if (!cookie) return null;
	const result = await validateSessionToken(db, cookie);
	const secure = event.url.protocol === 'https:';
	if (!result) {
		event.cookies.delete(SESSION_COOKIE, { path: '/', secure });
		return null;
	}
	if (result.refreshed) event.cookies.set(SESSION_COOKIE, cookie, sessionCookieOptions(secure));
	const { user, session } = result;
	return { role: user.role, name: user.name, unit: user.unit, userId: user.id, email: user.email, sessionId: session.id, tokenId: null };
}

export const handle: Handle = async ({ event, resolve }) => {
	const viewer = await identify(event);
	// A wrong or revoked token is refused outright rather than served as the public.
	if (viewer === INVALID) return problemResponse({ type: 'about:blank', title: 'Ugyldig API-nøgle', status: 401, detail: 'API-nøglen er ukendt eller tilbagekaldt.' });
	event.locals.viewer = viewer;
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	if (event.locals.viewer && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	return response;
};
