import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { countFetch } from './fetches.ts';
import { answerPrepared, NOT_FOUND_HEADERS, NOT_FOUND_TEXT, type FeedRequest, type PreparedFeed } from './http.ts';
import { publicFeedFor, readyFeedFor, type PublicFeedRef } from './serve.ts';

/**
 * The public feeds answered on Node's own request and response, before the framework: thousands
 * of calendar clients poll them, and the answer is bytes already in memory. The production
 * server (server.ts) calls this first; anything else, and anything that fails here (the database
 * is away), goes on to the framework, which answers it as before.
 */
export type FeedListener = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Where the production server finds the listener: hooks.server.ts registers it at start-up. */
export const FEED_LISTENER = Symbol.for('aarshjul.feeds.before-framework');

const FEED_PATH = /^\/feeds\/(?:(offentlig)|organer\/([^/?]+)|sager\/([0-9a-fA-F-]{36}))\.ics$/;

function refOf(path: string): PublicFeedRef | undefined {
	const m = FEED_PATH.exec(path);
	if (!m) return undefined;
	if (m[1]) return { kind: 'public' };
	if (m[3]) return { kind: 'case', id: m[3].toLowerCase() };
	try {
		return { kind: 'body', slug: decodeURIComponent(m[2]!) };
	} catch {
		return undefined;
	}
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);

/**
 * The site's origin as adapter-node works it out: ORIGIN, or the protocol and host headers it
 * is told to trust. The environment is read once, not on every request.
 */
function originFrom(env: NodeJS.ProcessEnv): (req: IncomingMessage) => string | undefined {
	const fixed = env.ORIGIN;
	if (fixed) return () => fixed;
	const hostHeader = (env.HOST_HEADER ?? 'host').toLowerCase();
	const protocolHeader = env.PROTOCOL_HEADER?.toLowerCase();
	return (req) => {
		const host = header(req.headers[hostHeader]);
		if (!host) return undefined;
		return `${(protocolHeader && header(req.headers[protocolHeader])) || 'https'}://${host}`;
	};
}

function send(req: IncomingMessage, res: ServerResponse, feed: PreparedFeed | undefined, r: FeedRequest): void {
	if (!feed) {
		res.writeHead(404, NOT_FOUND_HEADERS);
		res.end(r.method === 'HEAD' ? undefined : NOT_FOUND_TEXT);
		return;
	}
	countFetch(feed.key, req.headers['user-agent']);
	const a = answerPrepared(feed, r);
	res.writeHead(a.status, a.headers);
	res.end(a.body ?? undefined);
}

export function feedListener(db: () => Kysely<DB>, env: NodeJS.ProcessEnv = process.env): FeedListener {
	const originOf = originFrom(env);
	return (req, res, next) => {
		if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/feeds/')) return next();
		const q = req.url.indexOf('?');
		const ref = refOf(q < 0 ? req.url : req.url.slice(0, q));
		const origin = ref && originOf(req);
		if (!ref || !origin) return next();
		const r: FeedRequest = {
			method: req.method,
			ifNoneMatch: header(req.headers['if-none-match']),
			ifModifiedSince: header(req.headers['if-modified-since']),
			acceptEncoding: header(req.headers['accept-encoding'])
		};
		const ready = readyFeedFor(db(), ref, origin);
		if (ready) return send(req, res, ready.feed, r);
		publicFeedFor(db(), ref, origin).then(
			(feed) => send(req, res, feed, r),
			() => next()
		);
	};
}

/** Makes the listener available to the production server. */
export function registerFeedListener(db: () => Kysely<DB>): void {
	(globalThis as Record<symbol, unknown>)[FEED_LISTENER] = feedListener(db);
}
