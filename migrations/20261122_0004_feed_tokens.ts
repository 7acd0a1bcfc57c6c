import { sql, type Kysely } from 'kysely';

/**
 * Personal calendar subscriptions: calendar clients cannot log in, so each is reached by a
 * random token in its URL. Only the token's SHA-256 is stored (like sessions and API tokens);
 * revoking sets revoked_at and the URL answers 404 from the next request on.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('feed_subscription')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('selection', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(selection) = 'object'`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('revoked_at', 'timestamptz')
		.addColumn('last_used_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('feed_subscription_user_idx').on('feed_subscription').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('feed_subscription').execute();
}
