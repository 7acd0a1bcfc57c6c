import { sql, type Kysely } from 'kysely';

/**
 * What a meeting plan does with a meeting that falls on a day off: skip it (as before), or
 * move it to the nearest working day before or after, in its month; and whether a morning
 * meeting is kept on a half day.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('meeting_plan')
		.addColumn('on_day_off', 'text', (c) => c.notNull().defaultTo('skip').check(sql`on_day_off in ('skip', 'move-before', 'move-after')`))
		.addColumn('keep_morning_on_half_day', 'boolean', (c) => c.notNull().defaultTo(true))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('meeting_plan').dropColumn('keep_morning_on_half_day').dropColumn('on_day_off').execute();
}
