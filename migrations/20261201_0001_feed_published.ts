import { sql, type Kysely } from 'kysely';

/**
 * What subscribers of each feed were actually sent, so the markers calendar clients rely on
 * follow every change, also changes computed from other records (a closure moving a deadline,
 * a move changing another meeting's agenda):
 * - feed_state: per feed, the hash of the bytes last served and when they last changed (the
 *   HTTP Last-Modified), so a meeting leaving the feed moves it too;
 * - feed_published: per feed and UID, a hash of the event's content and of its time and status,
 *   with the SEQUENCE and DTSTAMP it was sent with.
 * feed_fetch counts fetches per feed, day and kind of client for the secretariat's feed health
 * page; no address, token or user is stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('feed_state')
		.addColumn('feed_key', 'text', (c) => c.primaryKey().check(sql`length(feed_key) between 1 and 200`))
		.addColumn('bytes_hash', 'text', (c) => c.notNull())
		.addColumn('last_modified', 'timestamptz', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('feed_published')
		.addColumn('feed_key', 'text', (c) => c.notNull().references('feed_state.feed_key').onDelete('cascade'))
		.addColumn('uid', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('timing_hash', 'text', (c) => c.notNull())
		.addColumn('sequence', 'integer', (c) => c.notNull().check(sql`sequence >= 0`))
		.addColumn('stamp', 'timestamptz', (c) => c.notNull())
		.addPrimaryKeyConstraint('feed_published_pk', ['feed_key', 'uid'])
		.execute();
	await db.schema
		.createTable('feed_fetch')
		.addColumn('feed_key', 'text', (c) => c.notNull().check(sql`length(feed_key) between 1 and 200`))
		.addColumn('day', 'date', (c) => c.notNull())
		.addColumn('client', 'text', (c) => c.notNull().check(sql`client in ('outlook', 'google', 'apple', 'other')`))
		.addColumn('fetches', 'integer', (c) => c.notNull().check(sql`fetches > 0`))
		.addColumn('last_at', 'timestamptz', (c) => c.notNull())
		.addPrimaryKeyConstraint('feed_fetch_pk', ['feed_key', 'day', 'client'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('feed_fetch').execute();
	await db.schema.dropTable('feed_published').execute();
	await db.schema.dropTable('feed_state').execute();
}
