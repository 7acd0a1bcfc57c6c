import { sql, type Kysely } from 'kysely';

/**
 * Login attempts counted in the database, so that the limits hold across every app server on
 * one PostgreSQL (and survive a restart): one row per key (`address:…` or `account:…`) with the
 * attempts used in the current window and when that window ends.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('login_limit')
		.addColumn('key', 'text', (c) => c.primaryKey().check(sql`length(key) between 1 and 400`))
		.addColumn('used', 'integer', (c) => c.notNull().check(sql`used >= 0`))
		.addColumn('window_ends', 'timestamptz', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('login_limit_window_idx').on('login_limit').column('window_ends').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('login_limit').execute();
}
