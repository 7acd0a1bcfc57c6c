import type { Kysely } from 'kysely';

/** The council meeting marked as the new council's constitutive meeting (KSL § 6, stk. 1). */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('meeting').addColumn('is_constitutive', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('meeting').dropColumn('is_constitutive').execute();
}
