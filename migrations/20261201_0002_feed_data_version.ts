import { sql, type Kysely } from 'kysely';

/**
 * One number that moves with every change of what the feeds are made of, so a server can tell
 * whether its rendered feeds are current with a one-row read (it asks at most once a second)
 * instead of counting whole tables. Statement triggers raise it in the writing transaction, so
 * the new number becomes visible exactly when the change does, whoever wrote it — this app, an
 * other instance, or SQL by hand.
 */
const TABLES = ['meeting', 'event', 'body', 'closure', 'case_file', 'case_stage', 'fixed_item'];

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('feed_data_version')
		.addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
		.addColumn('version', 'bigint', (c) => c.notNull())
		.execute();
	await db.insertInto('feed_data_version').values({ id: 1, version: 0 }).execute();
	await sql`create function feed_data_changed() returns trigger language plpgsql as $$
		begin
			update feed_data_version set version = version + 1 where id = 1;
			return null;
		end
	$$`.execute(db);
	for (const table of TABLES) {
		await sql`create trigger ${sql.id(`${table}_feed_data_changed`)} after insert or update or delete or truncate on ${sql.table(table)} for each statement execute function feed_data_changed()`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of TABLES) await sql`drop trigger ${sql.id(`${table}_feed_data_changed`)} on ${sql.table(table)}`.execute(db);
	await sql`drop function feed_data_changed()`.execute(db);
	await db.schema.dropTable('feed_data_version').execute();
}
