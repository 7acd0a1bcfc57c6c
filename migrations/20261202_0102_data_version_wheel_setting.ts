import { sql, type Kysely } from 'kysely';

/** The wheel's load threshold is part of what the wheel is made of: a change moves feed_data_version, as for the content tables. */
export async function up(db: Kysely<any>): Promise<void> {
	await sql`create trigger wheel_setting_feed_data_changed after insert or update or delete or truncate on wheel_setting for each statement execute function feed_data_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop trigger wheel_setting_feed_data_changed on wheel_setting`.execute(db);
}
