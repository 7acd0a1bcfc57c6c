import { sql, type Kysely } from 'kysely';

/**
 * The governance calendar: bodies (organer), their meeting plans (mødeplaner), meetings,
 * local closures and events. Frozen once released: later changes get a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('body')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[A-ZÆØÅ][A-ZÆØÅ0-9-]{0,15}$'`))
		.addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('council', 'finance-committee', 'standing-committee', 'med-committee', 'executive-board', 'other')`)
		)
		.addColumn('color', 'text', (c) => c.notNull().check(sql`color ~ '^#[0-9a-f]{6}$'`))
		.addColumn('is_public', 'boolean', (c) => c.notNull())
		.addColumn('default_start_time', 'time', (c) => c.notNull())
		.addColumn('default_duration_minutes', 'integer', (c) => c.notNull().check(sql`default_duration_minutes between 5 and 1440`))
		.addColumn('default_location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('deadline_working_days', 'integer', (c) => c.notNull().check(sql`deadline_working_days between 0 and 60`))
		.addColumn('deadline_time', 'time', (c) => c.notNull())
		.addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('meeting_plan')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('cascade'))
		.addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
		.addColumn('rule', 'jsonb', (c) => c.notNull())
		.addColumn('start_time', 'time', (c) => c.notNull())
		.addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes between 5 and 1440`))
		.addColumn('exclude_months', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('meeting_plan_body_year_key', ['body_id', 'year'])
		.execute();

	await db.schema
		.createTable('meeting')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
		.addColumn('starts_at', 'timestamptz', (c) => c.notNull())
		.addColumn('ends_at', 'timestamptz', (c) => c.notNull())
		.addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(sql`status in ('planned', 'confirmed', 'cancelled')`))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('plan_id', 'integer', (c) => c.references('meeting_plan.id').onDelete('set null'))
		.addColumn('plan_key', 'date')
		.addColumn('changed_by_hand', 'boolean', (c) => c.notNull().defaultTo(false))
		// iCal SEQUENCE: raised whenever time, place or status changes.
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('meeting_ends_after_start', sql`ends_at > starts_at`)
		.addCheckConstraint('meeting_at_most_a_week', sql`ends_at - starts_at <= interval '7 days'`)
		.addCheckConstraint('meeting_plan_key_with_plan', sql`plan_id is null or plan_key is not null`)
		.addUniqueConstraint('meeting_plan_slot_key', ['plan_id', 'plan_key'])
		.execute();
	await db.schema.createIndex('meeting_starts_at_idx').on('meeting').column('starts_at').execute();
	await db.schema.createIndex('meeting_body_starts_at_idx').on('meeting').columns(['body_id', 'starts_at']).execute();

	await db.schema
		.createTable('closure')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('from_date', 'date', (c) => c.notNull())
		.addColumn('to_date', 'date', (c) => c.notNull())
		// null: the closure holds for every body.
		.addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('cascade'))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('closure_dates_ordered', sql`to_date >= from_date`)
		.addCheckConstraint('closure_at_most_a_year', sql`to_date - from_date < 366`)
		.execute();

	await db.schema
		.createTable('event')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) between 1 and 300`))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('seminar', 'reception', 'deadline', 'budget', 'other')`))
		.addColumn('all_day', 'boolean', (c) => c.notNull())
		.addColumn('starts_at', 'timestamptz')
		.addColumn('ends_at', 'timestamptz')
		.addColumn('start_date', 'date')
		// inclusive: the last day the event covers
		.addColumn('end_date', 'date')
		.addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('is_public', 'boolean', (c) => c.notNull())
		.addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('set null'))
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint(
			'event_timed_or_all_day',
			sql`(all_day and start_date is not null and end_date is not null and end_date >= start_date and end_date - start_date < 366 and starts_at is null and ends_at is null)
			 or (not all_day and starts_at is not null and ends_at is not null and ends_at > starts_at and ends_at - starts_at <= interval '31 days' and start_date is null and end_date is null)`
		)
		.execute();
	await db.schema.createIndex('event_starts_at_idx').on('event').column('starts_at').execute();
	await db.schema.createIndex('event_start_date_idx').on('event').column('start_date').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['event', 'closure', 'meeting', 'meeting_plan', 'body']) {
		await db.schema.dropTable(table).execute();
	}
}
