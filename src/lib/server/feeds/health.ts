import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/access.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { visibleCaseTitles } from '../cases/repository.ts';
import type { DB, FeedClient } from '../db/schema.ts';
import { currentDay } from './cache.ts';
import { flushFetches, PERSONAL_CASE_FETCH_KEY, PERSONAL_FETCH_KEY } from './fetches.ts';
import { fetchCounts, personalSubscriptionCounts } from './repository.ts';

/**
 * The secretariat's view of the feeds (feedsundhed): per feed, fetches per day by kind of
 * calendar client and when each kind last fetched — whether staff subscribe at all, and whether
 * a change can have reached them. Personal feeds are one line for all of them.
 */
export const CLIENTS: FeedClient[] = ['outlook', 'google', 'apple', 'other'];
export const DAYS_SHOWN = 7;

export interface FeedHealth {
	key: string;
	name: string;
	days: { day: string; fetches: Record<FeedClient, number> }[];
	lastFetched: Record<FeedClient, Date | null>;
}

const zero = (): Record<FeedClient, number> => ({ outlook: 0, google: 0, apple: 0, other: 0 });

export async function feedHealth(db: Kysely<DB>, viewer: Viewer, now = new Date()) {
	await flushFetches(db);
	const today = currentDay();
	const days = Array.from({ length: DAYS_SHOWN }, (_, i) => today.subtract({ days: i }).toString());
	const [{ days: rows, last }, bodies, personal] = await Promise.all([
		fetchCounts(db, days.at(-1)!),
		listVisibleBodies(db, viewer),
		personalSubscriptionCounts(db, new Date(now.getTime() - 24 * 3600_000))
	]);
	const keys = [...new Set([...rows.map((r) => r.feed_key), ...last.map((r) => r.feed_key)])];
	const titles = await visibleCaseTitles(db, viewer, keys.filter((k) => k.startsWith('case:')).map((k) => k.slice(5)));
	const bodyNames = new Map(bodies.map((b) => [`body:${b.id}`, b.name]));
	const name = (key: string) =>
		key === 'public'
			? 'Alle offentlige møder og begivenheder'
			: key === PERSONAL_FETCH_KEY
				? 'Personlige abonnementer (alle)'
				: key === PERSONAL_CASE_FETCH_KEY
					? 'Sager via personlige abonnementer (alle)'
					: (bodyNames.get(key) ?? (key.startsWith('case:') ? `Sag: ${titles.get(key.slice(5)) ?? 'slettet sag'}` : key));
	const order = (key: string) => (key === 'public' ? 0 : key.startsWith('body:') ? 1 : key.startsWith('case:') ? 2 : 3);
	const feeds: FeedHealth[] = keys
		.map((key) => ({
			key,
			name: name(key),
			days: days.map((day) => {
				const fetches = zero();
				for (const r of rows) if (r.feed_key === key && r.day === day) fetches[r.client] += r.fetches;
				return { day, fetches };
			}),
			lastFetched: Object.fromEntries(CLIENTS.map((c) => [c, last.find((l) => l.feed_key === key && l.client === c)?.last_at ?? null])) as Record<FeedClient, Date | null>
		}))
		.sort((a, b) => order(a.key) - order(b.key) || a.name.localeCompare(b.name, 'da'));
	return { feeds, personal };
}
