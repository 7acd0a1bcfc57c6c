import { sql, type Kysely } from 'kysely';

/**
 * Where the secretariat put Månedsgrebet for a rul, when not on the board meeting the rule
 * gives: one board meeting per council meeting that ends the rul. The ruls are part of what the
 * calendar's pages, API and feeds are made of, so a change raises feed_data_version too.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('cycle_briefing')
		.addColumn('council_meeting_id', 'uuid', (c) => c.primaryKey().references('meeting.id').onDelete('cascade'))
		.addColumn('board_meeting_id', 'uuid', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('cycle_briefing_two_meetings', sql`council_meeting_id <> board_meeting_id`)
		.execute();
	await db.schema.createIndex('cycle_briefing_board_idx').on('cycle_briefing').column('board_meeting_id').execute();
	await sql`create trigger cycle_briefing_feed_data_changed after insert or update or delete or truncate on cycle_briefing for each statement execute function feed_data_changed()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop trigger cycle_briefing_feed_data_changed on cycle_briefing`.execute(db);
	await db.schema.dropTable('cycle_briefing').execute();
}
