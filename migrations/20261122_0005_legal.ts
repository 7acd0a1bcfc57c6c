import { sql, type Kysely } from 'kysely';

/**
 * What the legal checks need: which cases are the year's budget, accounts and bylaw changes,
 * and the budget adoption deadline where it has been moved by agreement (15 October otherwise;
 * 5 November in 2019).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('case_file')
		.addColumn('legal_kind', 'text', (c) => c.check(sql`legal_kind in ('budget', 'accounts', 'bylaw')`))
		.execute();
	await db.schema
		.createTable('budget_deadline')
		.addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 2000 and 2100`))
		.addColumn('deadline', 'date', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addCheckConstraint('budget_deadline_in_its_year', sql`extract(year from deadline) = year`)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('budget_deadline').execute();
	await db.schema.alterTable('case_file').dropColumn('legal_kind').execute();
}
