import { randomBytes } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { sql, type Kysely } from 'kysely';
import { createDb } from '../../../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../../../src/lib/server/db/migrate.ts';
import type { DB } from '../../../src/lib/server/db/schema.ts';
import { toDate } from '../../../src/lib/server/db/temporal.ts';

/**
 * The database suite runs on the embedded PGlite always, and on a real PostgreSQL too when
 * TEST_DATABASE_URL is set (as .ci/run does).
 */
export const dialects = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])] as const;
export type Dialect = (typeof dialects)[number];

export interface TestDb {
	db: Kysely<DB>;
	destroy(): Promise<void>;
}

/** A freshly migrated, empty database: in memory for PGlite, a throwaway schema on PostgreSQL. */
export async function freshDb(dialect: Dialect): Promise<TestDb> {
	if (dialect === 'pglite') {
		const db = createDb({ dataDir: 'memory://' });
		await migrateToLatest(db);
		return { db, destroy: () => db.destroy() };
	}
	const base = process.env.TEST_DATABASE_URL!;
	const schema = `test_${randomBytes(6).toString('hex')}`;
	const admin = createDb({ databaseUrl: base });
	await sql`create schema ${sql.id(schema)}`.execute(admin);
	const url = new URL(base);
	url.searchParams.set('options', `-c search_path=${schema}`);
	const db = createDb({ databaseUrl: url.toString() });
	await migrateToLatest(db);
	return {
		db,
		async destroy() {
			await db.destroy();
			await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
			await admin.destroy();
		}
	};
}

/** The tables of the test's own schema (PostgreSQL's introspection sees every schema). */
export async function tableNames(db: Kysely<DB>): Promise<string[]> {
	const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(db);
	const tables = await db.introspection.getTables();
	return tables.filter((t) => t.schema === rows[0]!.s).map((t) => t.name).sort();
}

/** The meeting of a body starting at a Copenhagen wall-clock time, e.g. ('KB', '2027-09-28T17:00'). */
export function meetingAt(db: Kysely<DB>, code: string, local: string) {
	const at = Temporal.PlainDateTime.from(local).toZonedDateTime('Europe/Copenhagen').toInstant();
	return db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.select(['m.id', 'm.starts_at', 'b.code as body_code'])
		.where('b.code', '=', code)
		.where('m.starts_at', '=', toDate(at))
		.executeTakeFirstOrThrow();
}
