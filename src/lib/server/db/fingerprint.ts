import type { Kysely } from 'kysely';
import { onCommit } from './commit.ts';
import type { DB } from './schema.ts';

/**
 * What the calendar's pages, feeds and API are made from, as one number: feed_data_version,
 * raised by a statement trigger on every change of the content tables (see its migrations),
 * in the writing transaction — so the number moves exactly when the change becomes visible,
 * whoever wrote it: this app, another instance on the same PostgreSQL, or SQL by hand.
 * Whatever was built under the same fingerprint is what would be built now.
 */
async function dataVersion(db: Kysely<DB>): Promise<string> {
	const row = await db.selectFrom('feed_data_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
	return String(row.version);
}

// Many requests read the same data: a fingerprint younger than this is reused, so under load the
// database answers two small queries a second instead of one per request; another instance's
// write is seen within this time, this instance's own writes at once (onCommit). The tests set
// it to 0 (vite.config.ts): they write with transactions of their own.
const FINGERPRINT_TTL_MS = Number(process.env.FINGERPRINT_TTL_MS ?? 500);

interface Known {
	value: Promise<string>;
	/** the value once it has arrived, for answering without waiting */
	settled: string | null;
	at: number;
}

// Keyed by handle (the app has one, the tests one per dialect), weakly: a closed handle and its
// embedded database must not be kept alive by a cache. A write of this instance starts a new generation.
const known = new WeakMap<Kysely<DB>, Known & { generation: number }>();
let generation = 0;

/** The data's current fingerprint, at most half a second old, and fresh after every write of this instance. */
export function currentFingerprint(db: Kysely<DB>): Promise<string> {
	const now = Date.now();
	const k = known.get(db);
	if (k && k.generation === generation && now - k.at <= FINGERPRINT_TTL_MS) return k.value;
	const entry = { value: dataVersion(db), settled: null as string | null, at: now, generation };
	known.set(db, entry);
	entry.value.then(
		(v) => (entry.settled = v),
		() => known.get(db) === entry && known.delete(db)
	);
	return entry.value;
}

/** The fingerprint if one is fresh and has arrived, else null: lets a cache answer synchronously. */
export function settledFingerprint(db: Kysely<DB>): string | null {
	const k = known.get(db);
	return k?.settled != null && k.generation === generation && Date.now() - k.at <= FINGERPRINT_TTL_MS ? k.settled : null;
}

// After a write the next read looks at the data again instead of a half-second-old fingerprint.
onCommit(() => generation++);

/** A memo's own share of memory: its entries are evicted among themselves, the least recently used first. */
export interface MemoGroup {
	name: string;
	entries: number;
}
const DATA: MemoGroup = { name: 'data', entries: 200 };
const memos = new WeakMap<Kysely<DB>, Map<string, Map<string, { fingerprint: string; value: Promise<unknown> }>>>();

/**
 * `compute()` once per change of the data: what is computed from the data alone (a year's wheel
 * for the public or for staff, say) is the same until the fingerprint moves. The value is shared
 * by every request that asks, so callers must not change it. Inside a transaction it is computed
 * afresh, from what the transaction sees. What is keyed by a request's own choices (a page's view)
 * goes in a group of its own, so a run of different addresses cannot push the calendar out.
 */
export async function memoByData<T>(db: Kysely<DB>, key: string, compute: () => Promise<T>, group: MemoGroup = DATA): Promise<T> {
	if (db.isTransaction) return compute();
	const fingerprint = await currentFingerprint(db);
	let groups = memos.get(db);
	if (!groups) memos.set(db, (groups = new Map()));
	let byKey = groups.get(group.name);
	if (!byKey) groups.set(group.name, (byKey = new Map()));
	const hit = byKey.get(key);
	// The least recently used entry goes first when the group is full: a hit moves to the end.
	byKey.delete(key);
	if (hit && hit.fingerprint === fingerprint) {
		byKey.set(key, hit);
		return hit.value as Promise<T>;
	}
	const value = compute();
	const cache = byKey;
	cache.set(key, { fingerprint, value });
	value.catch(() => cache.get(key)?.value === value && cache.delete(key));
	if (cache.size > group.entries) cache.delete(cache.keys().next().value!);
	return value;
}
