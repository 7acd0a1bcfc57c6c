import { renderedFeed, type RenderedFeed } from './cache.ts';
import type { Feed } from './public.ts';

/** Public feeds may sit in shared caches for a few minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';
/**
 * Token feeds: never in a shared cache, and revalidated on every fetch (a cheap 304 by ETag), so
 * a revoked token is refused at once instead of being served from a cache.
 */
export const PRIVATE_CACHE = 'private, no-cache';

const wholeSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** RFC 9110 § 13.1.2: weak comparison, `*` matches any current representation. */
function matchesEtag(header: string, etag: string): boolean {
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Answers a feed request: the rendered bytes with a strong ETag (a hash of exactly those bytes)
 * and Last-Modified, or 304 when the client already has them. If-Modified-Since is only
 * consulted without If-None-Match (RFC 9110 § 13.2.2): Last-Modified is the newest updated_at,
 * which cannot see a row being deleted or sliding out of the window, the ETag can.
 * SvelteKit answers HEAD with this GET handler and drops the body.
 */
export function feedResponse(request: Request, feed: Feed | RenderedFeed, cacheControl: string = PUBLIC_CACHE): Response {
	const { bytes, etag, lastModified } = 'bytes' in feed ? feed : renderedFeed(feed);
	const headers: Record<string, string> = {
		etag,
		'last-modified': new Date(wholeSeconds(lastModified) * 1000).toUTCString(),
		'cache-control': cacheControl
	};
	const ifNoneMatch = request.headers.get('if-none-match');
	const ifModifiedSince = request.headers.get('if-modified-since');
	const since = ifModifiedSince === null ? NaN : Date.parse(ifModifiedSince);
	const notModified =
		ifNoneMatch !== null ? matchesEtag(ifNoneMatch, etag) : !Number.isNaN(since) && wholeSeconds(lastModified) <= Math.floor(since / 1000);
	if (notModified) return new Response(null, { status: 304, headers });
	return new Response(bytes, {
		status: 200,
		headers: { ...headers, 'content-type': 'text/calendar; charset=utf-8', 'content-length': String(bytes.byteLength) }
	});
}
