import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import type { DB } from '../db/schema.ts';
import { currentFingerprint, settledFingerprint } from '../db/fingerprint.ts';
import { prepareFeed, PUBLIC_CACHE, type PreparedFeed } from './http.ts';
import type { Feed } from './public.ts';
import { publishFeed } from './publish.ts';

const MAX_ENTRIES = 500;

interface Entry {
	fingerprint: string;
	feed: Promise<PreparedFeed | undefined>;
	/** The settled feed (undefined: not found), for answering without waiting. */
	ready?: { feed: PreparedFeed | undefined };
}
const entries = new Map<string, Entry>();

let day: { value: Temporal.PlainDate; text: string; at: number } | undefined;

function today(): NonNullable<typeof day> {
	const now = Date.now();
	if (!day || now - day.at > 1000) {
		const value = Temporal.Now.plainDateISO(ZONE);
		day = { value, text: value.toString(), at: now };
	}
	return day;
}

/** Today in Copenhagen, looked up at most once a second. */
export const currentDay = (): Temporal.PlainDate => today().value;
/** The same as YYYY-MM-DD, for keys built on every request. */
export const currentDayText = (): string => today().text;

/**
 * The prepared feed for `key` if it can be answered without waiting: the fingerprint is fresh
 * and the feed was prepared under it. `null` when it cannot; `{ feed: undefined }` for a known
 * 404. Lets the server answer the common request synchronously.
 */
export function readyPublicFeed(db: Kysely<DB>, key: string): { feed: PreparedFeed | undefined } | null {
	const fp = settledFingerprint(db);
	if (fp === null) return null;
	const hit = entries.get(key);
	return hit && hit.fingerprint === fp && hit.ready ? hit.ready : null;
}

/**
 * The prepared public feed for `key`, built, published and compressed at most once per change of
 * the data: concurrent requests share one render. Only for feeds that depend on nothing but the
 * data, the key and the day — never for token feeds, whose rights are checked on every request.
 */
export async function cachedPublicFeed(db: Kysely<DB>, key: string, build: () => Promise<Feed | undefined>): Promise<PreparedFeed | undefined> {
	const fp = await currentFingerprint(db);
	const hit = entries.get(key);
	if (hit && hit.fingerprint === fp) return hit.feed;
	const entry: Entry = {
		fingerprint: fp,
		feed: build().then(async (f) => (f ? prepareFeed(await publishFeed(db, f), { cacheControl: PUBLIC_CACHE, fileName: f.fileName, key: f.key }) : undefined))
	};
	entry.feed.then(
		(feed) => (entry.ready = { feed }),
		() => entries.get(key) === entry && entries.delete(key)
	);
	entries.set(key, entry);
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return entry.feed;
}
