import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { PublishedFeed } from './publish.ts';

/** Public feeds may sit in shared caches for a few minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';
/**
 * Token feeds: never in a shared cache, and revalidated on every fetch (a cheap 304 by ETag), so
 * a revoked token is refused at once instead of being served from a cache.
 */
export const PRIVATE_CACHE = 'private, no-cache';

export type Encoding = 'br' | 'gzip' | 'identity';
const ENCODINGS: Encoding[] = ['br', 'gzip', 'identity'];
/** ETag suffix per coding: each representation needs its own strong validator (RFC 9110 § 8.8.3). */
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz', identity: '' };

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 § 12.5.3): brotli, then gzip, by
 * the client's q-values, identity when neither is acceptable. No header means identity.
 */
export function chooseEncoding(header: string | null | undefined): Encoding {
	if (!header) return 'identity';
	const q = new Map<string, number>();
	for (const part of header.toLowerCase().split(',')) {
		const [name = '', ...params] = part.split(';').map((p) => p.trim());
		const qParam = params.find((p) => p.startsWith('q='));
		q.set(name, qParam ? Number(qParam.slice(2)) || 0 : 1);
	}
	const weight = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
	const br = weight('br');
	const gz = weight('gzip');
	if (br > 0 && br >= gz) return 'br';
	return gz > 0 ? 'gzip' : 'identity';
}

/** RFC 9110 § 13.1.2: weak comparison, `*` matches any current representation. */
function matchesAny(header: string, etags: string[]): boolean {
	if (etags.includes(header)) return true;
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => etags.includes(tag.trim().replace(/^W\//, '')));
}

const wholeSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

export interface FeedRequest {
	method: string;
	ifNoneMatch: string | null | undefined;
	ifModifiedSince: string | null | undefined;
	acceptEncoding: string | null | undefined;
}

/** Whether the client already has the current feed. If-Modified-Since only counts without If-None-Match (RFC 9110 § 13.2.2). */
export function notModified(req: FeedRequest, etags: string[], lastModified: Date): boolean {
	if (req.ifNoneMatch) return matchesAny(req.ifNoneMatch, etags);
	const since = req.ifModifiedSince ? Date.parse(req.ifModifiedSince) : NaN;
	return !Number.isNaN(since) && wholeSeconds(lastModified) <= Math.floor(since / 1000);
}

export interface FeedAnswer {
	status: 200 | 304;
	headers: Record<string, string>;
	/** Null for 304 and HEAD. */
	body: Buffer | null;
}

export interface FeedMeta {
	cacheControl: string;
	/** For Content-Disposition: inline; e.g. kommunalbestyrelsen.ics (ASCII). */
	fileName: string;
}

/** Headers every feed answer carries, 200 and 304 alike (hooks.server.ts adds the same to framework answers). */
function commonHeaders(etag: string, lastModified: Date, meta: FeedMeta): Record<string, string> {
	return {
		etag,
		'last-modified': new Date(wholeSeconds(lastModified) * 1000).toUTCString(),
		'cache-control': meta.cacheControl,
		vary: 'Accept-Encoding',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
}

function fullHeaders(common: Record<string, string>, encoding: Encoding, length: number, meta: FeedMeta): Record<string, string> {
	return {
		...common,
		'content-type': 'text/calendar; charset=utf-8',
		'content-length': String(length),
		...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
		'content-disposition': `inline; filename="${meta.fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`
	};
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compression in zlib's thread pool, so the event loop keeps answering meanwhile. */
function compress(bytes: Buffer, encoding: Exclude<Encoding, 'identity'>, effort: 'once' | 'per-response'): Promise<Buffer> {
	if (encoding === 'gzip') return gzipAsync(bytes, { level: effort === 'once' ? 9 : 6 });
	return brotli(bytes, {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: effort === 'once' ? 9 : 5,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
		}
	});
}

/**
 * A public feed ready to serve from memory: the bytes in each coding, compressed once per
 * render, and the complete headers of every answer, so a request only picks one.
 */
export interface PreparedFeed {
	/** The feed's key (feeds/publish.ts), for counting its fetches. */
	key: string;
	etags: string[];
	lastModified: Date;
	full: Record<Encoding, { headers: Record<string, string>; body: Buffer }>;
	notModified: Record<Encoding, Record<string, string>>;
}

export async function prepareFeed(published: PublishedFeed, meta: FeedMeta & { key: string }): Promise<PreparedFeed> {
	const [br, gz] = await Promise.all([compress(published.bytes, 'br', 'once'), compress(published.bytes, 'gzip', 'once')]);
	const bodies: Record<Encoding, Buffer> = { br, gzip: gz, identity: published.bytes };
	const base = published.etag.slice(0, -1);
	const full = {} as PreparedFeed['full'];
	const notModifiedHeaders = {} as PreparedFeed['notModified'];
	for (const e of ENCODINGS) {
		const common = commonHeaders(`${base}${SUFFIX[e]}"`, published.lastModified, meta);
		full[e] = { headers: fullHeaders(common, e, bodies[e].byteLength, meta), body: bodies[e] };
		notModifiedHeaders[e] = common;
	}
	return { key: meta.key, etags: ENCODINGS.map((e) => `${base}${SUFFIX[e]}"`), lastModified: published.lastModified, full, notModified: notModifiedHeaders };
}

/** Clients send the same few Accept-Encoding headers: each is parsed once. */
const chosen = new Map<string, Encoding>();

function chooseEncodingOnce(header: string | null | undefined): Encoding {
	if (!header) return 'identity';
	let e = chosen.get(header);
	if (e === undefined) {
		e = chooseEncoding(header);
		if (chosen.size > 1000) chosen.clear();
		chosen.set(header, e);
	}
	return e;
}

/** The answer to a request for a prepared feed: 304, or the chosen coding's bytes (none for HEAD). */
export function answerPrepared(feed: PreparedFeed, req: FeedRequest): FeedAnswer {
	const encoding = chooseEncodingOnce(req.acceptEncoding);
	if (notModified(req, feed.etags, feed.lastModified)) return { status: 304, headers: feed.notModified[encoding], body: null };
	const full = feed.full[encoding];
	return { status: 200, headers: full.headers, body: req.method === 'HEAD' ? null : full.body };
}

/** A personal feed: rendered for this request, so compressed for it alone, in the chosen coding only. */
export async function answerPublished(published: PublishedFeed, req: FeedRequest, meta: FeedMeta): Promise<FeedAnswer> {
	const encoding = chooseEncoding(req.acceptEncoding);
	const base = published.etag.slice(0, -1);
	const etags = ENCODINGS.map((e) => `${base}${SUFFIX[e]}"`);
	const common = commonHeaders(`${base}${SUFFIX[encoding]}"`, published.lastModified, meta);
	if (notModified(req, etags, published.lastModified)) return { status: 304, headers: common, body: null };
	const body = encoding === 'identity' ? published.bytes : await compress(published.bytes, encoding, 'per-response');
	return { status: 200, headers: fullHeaders(common, encoding, body.byteLength, meta), body: req.method === 'HEAD' ? null : body };
}

export const feedRequestOf = (request: Request): FeedRequest => ({
	method: request.method,
	ifNoneMatch: request.headers.get('if-none-match'),
	ifModifiedSince: request.headers.get('if-modified-since'),
	acceptEncoding: request.headers.get('accept-encoding')
});

/** As a web Response, for the framework's routes. */
export function toResponse(a: FeedAnswer): Response {
	const body = a.body ? new Uint8Array(a.body.buffer as ArrayBuffer, a.body.byteOffset, a.body.byteLength) : null;
	return new Response(body, { status: a.status, headers: a.headers });
}

/**
 * A feed that is not there: plain text, as calendar clients show it (the framework would answer
 * them JSON). Unknown, internal, closed and revoked are the same 404.
 */
export const NOT_FOUND_TEXT = 'Kalenderen findes ikke.\n';
export const NOT_FOUND_HEADERS = {
	'content-type': 'text/plain; charset=utf-8',
	'cache-control': 'no-store',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin'
};

export function notFoundResponse(): Response {
	return new Response(NOT_FOUND_TEXT, { status: 404, headers: NOT_FOUND_HEADERS });
}
