import { sql, type Kysely } from 'kysely';

/**
 * The cases held in memory (src/lib/server/cases/store.ts) name their template: a renamed or
 * deleted template must move feed_data_version too, as every other table they are read from does.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await sql`create trigger path_template_feed_data_changed after insert or update or delete or truncate on path_template for each statement execute function feed_data_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop trigger path_template_feed_data_changed on path_template`.execute(db);
}
