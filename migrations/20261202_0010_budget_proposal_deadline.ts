import type { Kysely } from 'kysely';

/**
 * A year's moved budget dates: besides the adoption, ØK's proposal (KSL § 37) may be moved by
 * agreement; without it, it moves as far as the adoption did.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('budget_deadline').addColumn('proposal_deadline', 'date').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('budget_deadline').dropColumn('proposal_deadline').execute();
}
