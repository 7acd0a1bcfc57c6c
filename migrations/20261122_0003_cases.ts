import { sql, type Kysely } from 'kysely';

/**
 * Cases (sager) and the paths they travel (sagsgange), path templates, and the fixed agenda
 * items (faste punkter) of each body. A stage's write-up deadline is not stored: it follows
 * from its meeting and the body's deadline rule, so it can never disagree with them.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const roleCheck = sql`role in ('orientering', 'drøftelse', 'indstilling', 'beslutning')`;

	await db.schema
		.createTable('path_template')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull().unique().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('deleted_at', 'timestamptz')
		.execute();

	await db.schema
		.createTable('path_template_stage')
		.addColumn('template_id', 'integer', (c) => c.notNull().references('path_template.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull().check(sql`position between 0 and 19`))
		// null: "the responsible standing committee", named by each case
		.addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
		.addColumn('role', 'text', (c) => c.notNull().check(roleCheck))
		.addColumn('min_gap_days', 'integer', (c) => c.notNull().defaultTo(1).check(sql`min_gap_days between 0 and 120`))
		.addColumn('after_previous_before_deadline', 'boolean', (c) => c.notNull().defaultTo(false))
		.addPrimaryKeyConstraint('path_template_stage_pkey', ['template_id', 'position'])
		.execute();
	await sql`create unique index path_template_one_decision on path_template_stage (template_id) where role = 'beslutning'`.execute(db);

	await db.schema
		.createTable('case_file')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('case_number', 'text', (c) => c.unique().check(sql`case_number ~ '^[0-9]{1,7}/[0-9]{2}$'`))
		.addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) between 1 and 300`))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('responsible_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('responsible_user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('committee_body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
		// lukket: neither title nor content ever reaches the public
		.addColumn('is_closed', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('template_id', 'integer', (c) => c.references('path_template.id').onDelete('set null'))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('deleted_at', 'timestamptz')
		.execute();

	await db.schema
		.createTable('case_stage')
		.addColumn('case_id', 'uuid', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull().check(sql`position between 0 and 19`))
		.addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
		.addColumn('role', 'text', (c) => c.notNull().check(roleCheck))
		.addColumn('min_gap_days', 'integer', (c) => c.notNull().defaultTo(1).check(sql`min_gap_days between 0 and 120`))
		.addColumn('after_previous_before_deadline', 'boolean', (c) => c.notNull().defaultTo(false))
		// null: not yet scheduled
		.addColumn('meeting_id', 'uuid', (c) => c.references('meeting.id').onDelete('set null'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(sql`status in ('planned', 'on-agenda', 'treated', 'postponed')`))
		.addPrimaryKeyConstraint('case_stage_pkey', ['case_id', 'position'])
		.execute();
	await sql`create unique index case_stage_one_decision on case_stage (case_id) where role = 'beslutning'`.execute(db);
	await db.schema.createIndex('case_stage_meeting_idx').on('case_stage').column('meeting_id').execute();

	await db.schema
		.createTable('fixed_item')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) between 1 and 300`))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('rule', 'jsonb', (c) => c.notNull().check(sql`rule ? 'kind'`))
		.addColumn('is_closed', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('deleted_at', 'timestamptz')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['fixed_item', 'case_stage', 'case_file', 'path_template_stage', 'path_template']) {
		await db.schema.dropTable(table).execute();
	}
}
