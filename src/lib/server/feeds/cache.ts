import { createHash } from 'node:crypto';
import type { Db } from '../db/index.ts';
import { currentFingerprint } from '../db/fingerprint.ts';
import type { Feed } from './public.ts';
import { renderFeed } from './render.ts';

/** A feed as sent: its bytes, their ETag and the newest change in it. */
export interface RenderedFeed {
	bytes: Uint8Array<ArrayBuffer>;
	etag: string;
	lastModified: Date;
}

export function renderedFeed(feed: Feed): RenderedFeed {
	const bytes = new TextEncoder().encode(renderFeed(feed.calendar));
	return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"`, lastModified: feed.lastModified };
}

const MAX_ENTRIES = 500;

const entries = new Map<string, { fingerprint: string; feed: Promise<RenderedFeed | undefined> }>();

/**
 * The rendered public feed for `key`, built at most once per change of the data: concurrent
 * requests share one render. Only for feeds that depend on nothing but the data, the key and
 * the day — never for token feeds, whose rights are checked on every request.
 */
export async function cachedPublicFeed(db: Db, key: string, build: () => Promise<Feed | undefined>): Promise<RenderedFeed | undefined> {
	const fp = await currentFingerprint(db);
	const hit = entries.get(key);
	if (hit && hit.fingerprint === fp) return hit.feed;
	const feed = build().then((f) => (f ? renderedFeed(f) : undefined));
	entries.set(key, { fingerprint: fp, feed });
	feed.catch(() => entries.delete(key));
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return feed;
}

