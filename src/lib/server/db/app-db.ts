import { sql, type Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import { configFromEnv, createDb } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import type { DB } from './schema.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { ensureFirstAdmin } from '../auth/bootstrap.ts';

let db: Kysely<DB> | undefined;

/** The app's one database handle: PGlite under DATA_DIR, or PostgreSQL when DATABASE_URL is set. */
export function appDb(): Kysely<DB> {
	db ??= createDb(configFromEnv());
	return db;
}

/** At start-up: migrate, then fill an empty database with the demo years (unless DEMO=off). */
export async function prepareDatabase(): Promise<void> {
	const applied = await migrateToLatest(appDb());
	if (applied.length) console.log(`Migreringer anvendt: ${applied.join(', ')}`);
	const admin = await ensureFirstAdmin(appDb(), process.env);
	if (admin) console.log(`Første administrator oprettet: ${admin}`);
	if (process.env.DEMO !== 'off') {
		const today = Temporal.Now.plainDateISO(ZONE);
		if (await loadDemoIfEmpty(appDb(), today)) {
			console.log(`Demodata indlæst (2023–${today.year + 1}).`);
			await reopenAfterBulkLoad();
		}
	}
}

/**
 * The embedded database's WebAssembly memory only grows: loading the demo years leaves a few
 * hundred MB behind that a running app never needs again. Closing and reopening it hands that back.
 */
async function reopenAfterBulkLoad(): Promise<void> {
	if (configFromEnv().databaseUrl) return;
	await db?.destroy();
	db = undefined;
	await sql`select 1`.execute(appDb());
}
