import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';

/**
 * Reads `migrations/` at run time, so the same files serve the app at start-up, the
 * `npm run migrate` script and the tests (Node 24 imports the .ts files directly).
 */
export function folderProvider(folder: string): MigrationProvider {
	return {
		async getMigrations() {
			const files = (await readdir(folder)).filter((f) => /^\d.*\.ts$/.test(f)).sort();
			const migrations: Record<string, Migration> = {};
			for (const file of files) {
				const url = pathToFileURL(join(folder, file)).href;
				migrations[file.replace(/\.ts$/, '')] = (await import(/* @vite-ignore */ url)) as Migration;
			}
			return migrations;
		}
	};
}

export function migrationsFolder(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.MIGRATIONS_DIR ?? 'migrations');
}

/** Brings the schema to the newest migration; throws (and changes nothing further) on failure. */
export async function migrateToLatest(db: Kysely<any>, folder = migrationsFolder()): Promise<string[]> {
	const migrator = new Migrator({ db, provider: folderProvider(folder) });
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
