import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
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

/**
 * The database's commit state, in one cheap query: PostgreSQL's current snapshot (the oldest
 * running transaction, the next id and those in flight) changes whenever any writing transaction
 * begins or commits — on this app server or on any other sharing the database — and never
 * otherwise. A feed rendered under the same fingerprint (and on the same day, as the window and
 * the cancelled-meeting rule move with the date) is byte for byte the feed that would be rendered
 * now. Unlike the newest updated_at it does not depend on the servers' clocks agreeing, nor on a
 * transaction that started earlier committing later.
 */
async function dataFingerprint(db: Db): Promise<string> {
	const { rows } = await sql<{ f: string }>`select pg_current_snapshot()::text as f`.execute(db);
	return rows[0]!.f;
}

// Thousands of subscribers poll the same few feeds: a fingerprint younger than this is reused,
// so under load the database answers two small queries a second instead of one per request,
// and a write made through another app server shows within a second.
const FINGERPRINT_TTL_MS = 500;
const MAX_ENTRIES = 500;

let fingerprint: { value: Promise<string>; at: number } | undefined;
const entries = new Map<string, { fingerprint: string; feed: Promise<RenderedFeed | undefined> }>();

function currentFingerprint(db: Db): Promise<string> {
	const now = Date.now();
	if (!fingerprint || now - fingerprint.at > FINGERPRINT_TTL_MS) {
		const value = dataFingerprint(db);
		fingerprint = { value, at: now };
		value.catch(() => (fingerprint = undefined));
	}
	return fingerprint.value;
}

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

/** After a write: the next feed request looks at the data again instead of a second-old fingerprint. */
export function dataChanged(): void {
	fingerprint = undefined;
}
