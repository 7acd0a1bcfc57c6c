import { sql, type Kysely } from 'kysely';

/**
 * Key cases (nøglesager): the year's big cases, drawn as bands on their own ring of the wheel.
 * wheel_setting: the one row of the wheel's settings the secretariat keeps, so far the number
 * of cases at which a meeting counts as heavy on the load ring.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('case_file').addColumn('is_key_case', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
	await db.schema
		.createTable('wheel_setting')
		.addColumn('id', 'integer', (c) => c.primaryKey().defaultTo(1).check(sql`id = 1`))
		.addColumn('load_threshold', 'integer', (c) => c.notNull().defaultTo(8).check(sql`load_threshold between 1 and 999`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.insertInto('wheel_setting').values({ id: 1 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('wheel_setting').execute();
	await db.schema.alterTable('case_file').dropColumn('is_key_case').execute();
}
