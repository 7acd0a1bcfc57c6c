import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import type { Viewer } from '$lib/server/auth/access';
import { sessionCookieName, sessionCookieOptions, validateSessionToken } from '$lib/server/auth/session';
import { validateApiToken } from '$lib/server/auth/tokens';
import { appDb, prepareDatabase } from '$lib/server/db/app-db';
import { runDatabase } from '$lib/server/db/lifecycle';
import { countingQueries, withQueryCount } from '$lib/server/db/query-count';
import { registerFeedListener } from '$lib/server/feeds/before-framework';
import { startFlushingFetches } from '$lib/server/feeds/fetches';
import { compressed } from '$lib/server/http/compress';
import { notFound, problemResponse } from '$lib/server/http/problem';
import { isUnavailable } from '$lib/server/http/unavailable';
import { isBearer, isCrossSiteWrite, transportSecurity } from '$lib/server/http/origin';
import { isEmbedPath, withEmbedFrameAncestors } from '$lib/server/embed/origins';

export const init: ServerInit = async () => {
	await runDatabase({ prepare: prepareDatabase, close: () => appDb().destroy() });
	// The public feeds are answered before the framework by server.ts; fetch counts go to the database every few seconds.
	registerFeedListener(appDb);
	startFlushingFetches(appDb);
};

const INVALID = Symbol('invalid credentials');

async function identify(event: Parameters<Handle>[0]['event']): Promise<Viewer | null | typeof INVALID> {
	const db = appDb();
	const authorization = event.request.headers.get('authorization');
	// Only a Bearer token is ours to judge; another scheme (Basic added by a proxy) is ignored.
	if (isBearer(authorization)) {
		const bearer = authorization!.match(/^\s*Bearer\s+(\S+)\s*$/i)?.[1];
		const token = bearer ? await validateApiToken(db, bearer) : null;
		if (!token) return INVALID;
		return { role: token.role, name: token.name, unit: token.unit, userId: null, email: null, sessionId: null, tokenId: token.id };
	}
	const secure = event.url.protocol === 'https:';
	const name = sessionCookieName(secure);
	const cookie = event.cookies.get(name);
	if (!cookie) return null;
	const result = await validateSessionToken(db, cookie);
	if (!result) {
		event.cookies.delete(name, { path: '/', secure });
		return null;
	}
	if (result.refreshed) event.cookies.set(name, cookie, sessionCookieOptions(secure));
	const { user, session } = result;
	return { role: user.role, name: user.name, unit: user.unit, userId: user.id, email: user.email, sessionId: session.id, tokenId: null };
}

const UNAVAILABLE_TITLE = 'Tjenesten er midlertidigt utilgængelig';
const UNAVAILABLE_DETAIL = 'Databasen svarer ikke. Prøv igen om lidt.';
const RETRY_AFTER_SECONDS = '5';

/** Requests (by their locals) that failed because the database could not be reached; marked by handleError. */
const failedOnDatabase = new WeakSet<App.Locals>();

/**
 * 503 for a request that cannot be served without the database: a problem for the API, a short
 * Danish page otherwise (used when even the session cannot be checked, so no page can render).
 */
function unavailableResponse(event: RequestEvent): Response {
	if (event.url.pathname.startsWith('/api/')) {
		return problemResponse({ type: 'about:blank', title: UNAVAILABLE_TITLE, status: 503, detail: UNAVAILABLE_DETAIL }, { 'retry-after': RETRY_AFTER_SECONDS });
	}
	const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${UNAVAILABLE_TITLE} – Årshjul</title></head><body><h1>${UNAVAILABLE_TITLE}</h1><p>${UNAVAILABLE_DETAIL}</p></body></html>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': RETRY_AFTER_SECONDS } });
}

/** A page that rendered the error page because the database was down keeps that page, as a 503. */
function asUnavailable(event: RequestEvent, response: Response): Response {
	if (!response.headers.has('x-sveltekit-page')) return unavailableResponse(event);
	const headers = new Headers(response.headers);
	headers.set('retry-after', RETRY_AFTER_SECONDS);
	headers.set('cache-control', 'no-store');
	return new Response(response.body, { status: 503, headers });
}

/**
 * The pages' HTML as SvelteKit hands it over whole (transformPageChunk with `done`), so the
 * compression reads the text itself instead of the response's body stream. A page SvelteKit
 * streams in parts (a load returning promises) has no ETag; its body is more than this text.
 */
const pageTexts = new WeakMap<App.Locals, string>();

async function respond(event: RequestEvent, resolve: Parameters<Handle>[0]['resolve']): Promise<Response> {
	if (event.url.pathname.startsWith('/api/') && isCrossSiteWrite(event.request, event.url)) {
		return problemResponse({ type: 'about:blank', title: 'Forespørgsel fra et andet websted', status: 403, detail: 'Ændringer med login-cookien skal komme fra Årshjulets egne sider (Origin). Integrationer bruger en API-nøgle (Authorization: Bearer).' });
	}
	let viewer: Awaited<ReturnType<typeof identify>>;
	try {
		viewer = await identify(event);
	} catch (e) {
		// Serving a signed-in user as the public would be wrong, so without the session store the answer is 503.
		if (isUnavailable(e)) return unavailableResponse(event);
		throw e;
	}
	// A wrong or revoked token is refused outright rather than served as the public.
	if (viewer === INVALID) return problemResponse({ type: 'about:blank', title: 'Ugyldig API-nøgle', status: 401, detail: 'API-nøglen er ukendt eller tilbagekaldt.' });
	event.locals.viewer = viewer;
	const response = await resolve(event, {
		transformPageChunk: ({ html, done }) => {
			if (done) pageTexts.set(event.locals, html);
			return html;
		}
	});
	if (response.status === 500 && failedOnDatabase.has(event.locals)) return asUnavailable(event, response);
	// An API address no route matches (a malformed id, refused by the param matchers) is a problem too.
	if (response.status === 404 && event.url.pathname.startsWith('/api/') && !response.headers.get('content-type')?.includes('problem+json')) {
		return problemResponse(notFound('Ressourcen', 'Adressen findes ikke i API’et.').problem);
	}
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	let response: Response;
	if (countingQueries) {
		const counted = await withQueryCount(() => respond(event, resolve));
		response = counted.result;
		response.headers.set('server-timing', `db;desc="${counted.queries} queries"`);
	} else response = await respond(event, resolve);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	// Embeds may be framed by the sites in EMBED_ORIGINS; every other page stays 'none' (svelte.config.js).
	const csp = response.headers.get('content-security-policy');
	if (csp && isEmbedPath(event.url.pathname)) response.headers.set('content-security-policy', withEmbedFrameAncestors(csp));
	const hsts = transportSecurity(event.url);
	if (hsts) response.headers.set('strict-transport-security', hsts);
	if (event.locals.viewer && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	const page = pageTexts.get(event.locals);
	return compressed(event.request, response, page !== undefined && response.headers.has('etag') ? page : undefined);
};

/** Danish messages for the error page; a database outage is remembered so handle can answer 503, not 500. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (isUnavailable(error)) {
		failedOnDatabase.add(event.locals);
		return { message: `${UNAVAILABLE_TITLE}. ${UNAVAILABLE_DETAIL}` };
	}
	if (status === 404) return { message: 'Siden findes ikke.' };
	if (status === 405) return { message: 'Handlingen er ikke tilladt her.' };
	if (status < 500) return { message: 'Forespørgslen kunne ikke behandles.' };
	console.error(error);
	return { message: 'Der opstod en uventet fejl. Prøv igen, eller kontakt sekretariatet, hvis fejlen bliver ved.' };
};
