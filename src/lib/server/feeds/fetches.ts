import type { Kysely } from 'kysely';
import type { DB, FeedClient } from '../db/schema.ts';
import { currentDayText } from './cache.ts';
import { addFetches, type FetchCount } from './repository.ts';

/**
 * Fetch counts for the secretariat's feed health page: per feed, Copenhagen day and kind of
 * calendar client. Counted in memory and added to feed_fetch every few seconds, so a fetch
 * costs no database write; nothing but the feed's key, the day and the client's kind is kept —
 * no address, no token, and personal feeds under one key for all of them.
 */
export function clientKind(userAgent: string | null | undefined): FeedClient {
	const ua = userAgent ?? '';
	// Classic Outlook says "Microsoft Office … Microsoft Outlook", Outlook on the web and the new Outlook fetch via Exchange.
	if (/outlook|microsoft office|exchange|msoffice/i.test(ua)) return 'outlook';
	if (/google/i.test(ua)) return 'google';
	// iPhone and iPad fetch with dataaccessd, the Mac with CalendarAgent; both start with the system's name.
	if (/dataaccessd|calendaragent|^(ios|ipados|macos|mac os x)\/|ical\//i.test(ua)) return 'apple';
	return 'other';
}

/** The key personal feeds are counted under: how many fetch, never whose. */
export const PERSONAL_FETCH_KEY = 'personal';
export const PERSONAL_CASE_FETCH_KEY = 'personal-case';

const pending = new Map<string, FetchCount>();

/** Calendar clients send the same few User-Agents all day: each is classified once. */
const kinds = new Map<string, FeedClient>();

export function countFetch(feedKey: string, userAgent: string | null | undefined, now = new Date()): void {
	const ua = userAgent ?? '';
	let client = kinds.get(ua);
	if (client === undefined) {
		client = clientKind(ua);
		if (kinds.size > 1000) kinds.clear();
		kinds.set(ua, client);
	}
	const day = currentDayText();
	const id = `${feedKey}\u0000${day}\u0000${client}`;
	const c = pending.get(id);
	if (c) {
		c.fetches++;
		c.lastAt = now;
	} else pending.set(id, { feedKey, day, client, fetches: 1, lastAt: now });
}

/** Adds the counts so far to the database; on failure they are kept for the next try. */
export async function flushFetches(db: Kysely<DB>): Promise<void> {
	if (pending.size === 0) return;
	const counts = [...pending.values()];
	pending.clear();
	try {
		await addFetches(db, counts);
	} catch (e) {
		for (const c of counts) {
			const id = `${c.feedKey}\u0000${c.day}\u0000${c.client}`;
			const later = pending.get(id);
			pending.set(id, later ? { ...c, fetches: c.fetches + later.fetches, lastAt: later.lastAt } : c);
		}
		throw e;
	}
}

const FLUSH_MS = 10_000;
let timer: ReturnType<typeof setInterval> | undefined;

/** Flushes every few seconds while the server runs, and once more when it shuts down. */
export function startFlushingFetches(db: () => Kysely<DB>): void {
	if (timer) return;
	timer = setInterval(() => flushFetches(db()).catch(() => {}), FLUSH_MS);
	timer.unref();
	process.once('sveltekit:shutdown' as 'exit', () => void flushFetches(db()).catch(() => {}));
}
