import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import type { FeedClient } from '../db/schema.ts';

/** Queries of the feeds' own tables: what was published (feed_state, feed_published) and fetch counts (feed_fetch). */

export interface FeedState {
	bytesHash: string;
	lastModified: Date;
}

export interface PublishedItem {
	contentHash: string;
	timingHash: string;
	sequence: number;
	stamp: Date;
}

export async function readFeedState(db: Db, key: string): Promise<FeedState | undefined> {
	const row = await db.selectFrom('feed_state').select(['bytes_hash', 'last_modified']).where('feed_key', '=', key).executeTakeFirst();
	return row && { bytesHash: row.bytes_hash, lastModified: row.last_modified };
}

/**
 * The feed's state row, locked for the rest of the transaction: publishers of one feed, in this
 * process or another instance, take turns. A feed published for the first time gets a row with
 * no hash, dated at the epoch.
 */
export async function lockFeedState(db: Db, key: string): Promise<FeedState> {
	await db.insertInto('feed_state').values({ feed_key: key, bytes_hash: '', last_modified: new Date(0) }).onConflict((oc) => oc.column('feed_key').doNothing()).execute();
	const row = await db.selectFrom('feed_state').select(['bytes_hash', 'last_modified']).where('feed_key', '=', key).forUpdate().executeTakeFirstOrThrow();
	return { bytesHash: row.bytes_hash, lastModified: row.last_modified };
}

export async function writeFeedState(db: Db, key: string, state: FeedState): Promise<void> {
	await db.updateTable('feed_state').set({ bytes_hash: state.bytesHash, last_modified: state.lastModified }).where('feed_key', '=', key).execute();
}

export async function readPublished(db: Db, key: string): Promise<Map<string, PublishedItem>> {
	const rows = await db.selectFrom('feed_published').select(['uid', 'content_hash', 'timing_hash', 'sequence', 'stamp']).where('feed_key', '=', key).execute();
	return new Map(rows.map((r) => [r.uid, { contentHash: r.content_hash, timingHash: r.timing_hash, sequence: r.sequence, stamp: r.stamp }]));
}

const BATCH = 1000;

export async function writePublished(db: Db, key: string, items: Map<string, PublishedItem>): Promise<void> {
	const rows = [...items].map(([uid, p]) => ({ feed_key: key, uid, content_hash: p.contentHash, timing_hash: p.timingHash, sequence: p.sequence, stamp: p.stamp }));
	for (let i = 0; i < rows.length; i += BATCH) {
		await db
			.insertInto('feed_published')
			.values(rows.slice(i, i + BATCH))
			.onConflict((oc) =>
				oc.columns(['feed_key', 'uid']).doUpdateSet((eb) => ({
					content_hash: eb.ref('excluded.content_hash'),
					timing_hash: eb.ref('excluded.timing_hash'),
					sequence: eb.ref('excluded.sequence'),
					stamp: eb.ref('excluded.stamp')
				}))
			)
			.execute();
	}
}

export interface FetchCount {
	feedKey: string;
	day: string;
	client: FeedClient;
	fetches: number;
	lastAt: Date;
}

/** Adds counted fetches; several instances add to the same rows. */
export async function addFetches(db: Db, counts: FetchCount[]): Promise<void> {
	if (counts.length === 0) return;
	await db
		.insertInto('feed_fetch')
		.values(counts.map((c) => ({ feed_key: c.feedKey, day: c.day, client: c.client, fetches: c.fetches, last_at: c.lastAt })))
		.onConflict((oc) =>
			oc.columns(['feed_key', 'day', 'client']).doUpdateSet({
				fetches: sql`feed_fetch.fetches + excluded.fetches`,
				last_at: sql`greatest(feed_fetch.last_at, excluded.last_at)`
			})
		)
		.execute();
}

/** Fetches per feed, day and client from `fromDay` on, and each feed's and client's last fetch ever. */
export async function fetchCounts(db: Db, fromDay: string) {
	const [days, last] = await Promise.all([
		db.selectFrom('feed_fetch').select(['feed_key', 'day', 'client', 'fetches']).where('day', '>=', fromDay).orderBy('feed_key').orderBy('day').execute(),
		db.selectFrom('feed_fetch').select(['feed_key', 'client']).select((eb) => eb.fn.max('last_at').as('last_at')).groupBy(['feed_key', 'client']).execute()
	]);
	return { days, last: last.map((r) => ({ feed_key: r.feed_key, client: r.client, last_at: new Date(r.last_at) })) };
}

/** How many personal subscriptions are active, and how many of them were fetched since `since` — no names. */
export async function personalSubscriptionCounts(db: Db, since: Date): Promise<{ active: number; fetched: number }> {
	const row = await db
		.selectFrom('feed_subscription as s')
		.innerJoin('app_user as u', 'u.id', 's.user_id')
		.select((eb) => [eb.fn.countAll<number>().as('active'), eb.fn.count<number>('s.last_used_at').filterWhere('s.last_used_at', '>=', since).as('fetched')])
		.where('s.revoked_at', 'is', null)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirstOrThrow();
	return { active: Number(row.active), fetched: Number(row.fetched) };
}
