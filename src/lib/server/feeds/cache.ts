import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import type { DB } from '../db/schema.ts';
import { onCommit } from '../db/transaction.ts';
import { prepareFeed, PUBLIC_CACHE, type PreparedFeed } from './http.ts';
import type { Feed } from './public.ts';
import { publishFeed } from './publish.ts';

/**
 * What every public feed is made from, as one number: feed_data_version, raised by a trigger on
 * every change of the tables a feed reads (see its migration). A feed rendered under the same
 * number (and on the same day, as the window and the cancelled-meeting rule move with the date)
 * is byte for byte the feed that would be rendered now.
 */
async function dataFingerprint(db: Kysely<DB>): Promise<string> {
	const row = await db.selectFrom('feed_data_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
	return String(row.version);
}

// Thousands of subscribers poll the same few feeds: a fingerprint younger than this is reused,
// so under load the database answers two small queries a second instead of one per request,
// and a write made through another app server shows within a second.
const FINGERPRINT_TTL_MS = 500;
const MAX_ENTRIES = 500;

let fingerprint: { value: Promise<string>; settled: string | null; at: number } | undefined;
interface Entry {
	fingerprint: string;
	feed: Promise<PreparedFeed | undefined>;
	/** The settled feed (undefined: not found), for answering without waiting. */
	ready?: { feed: PreparedFeed | undefined };
}
const entries = new Map<string, Entry>();

function currentFingerprint(db: Kysely<DB>): Promise<string> {
	const now = Date.now();
	if (!fingerprint || now - fingerprint.at > FINGERPRINT_TTL_MS) {
		const f: NonNullable<typeof fingerprint> = { value: dataFingerprint(db), settled: null, at: now };
		fingerprint = f;
		f.value.then(
			(v) => (f.settled = v),
			() => fingerprint === f && (fingerprint = undefined)
		);
	}
	return fingerprint.value;
}

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
export function readyPublicFeed(key: string): { feed: PreparedFeed | undefined } | null {
	const f = fingerprint;
	if (!f?.settled || Date.now() - f.at > FINGERPRINT_TTL_MS) return null;
	const hit = entries.get(key);
	return hit && hit.fingerprint === f.settled && hit.ready ? hit.ready : null;
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

// After a write the next feed request looks at the data again instead of a second-old fingerprint.
onCommit(() => {
	fingerprint = undefined;
});
