/**
 * `npm run restore -- FILE`: fills an empty data folder (DATA_DIR) from a backup made by
 * `npm run backup`. It refuses a folder that already holds a database or is in use; stop the
 * app, move the old folder aside (or point DATA_DIR at a new one), restore, start the app.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFromEnv } from '../src/lib/server/db/connect.ts';
import { openEmbedded, pgliteFolder } from '../src/lib/server/db/pglite.ts';
import { runScript } from '../src/lib/server/db/script.ts';

const file = process.argv[2];
const config = configFromEnv();
if (!file) {
	console.error('Angiv backupfilen: npm run restore -- FIL');
	process.exit(2);
}
if (config.databaseUrl) {
	console.error('DATABASE_URL er sat: gendan PostgreSQL med pg_restore (se README, "Backup and restore").');
	process.exit(2);
}
if (!existsSync(file)) {
	console.error(`Backupfilen ${resolve(file)} findes ikke.`);
	process.exit(2);
}
const dataDir = config.dataDir ?? './data';
const folder = pgliteFolder(dataDir);
if (existsSync(folder) && readdirSync(folder).length > 0) {
	console.error(`Datamappen ${resolve(dataDir)} indeholder allerede en database. Gendan i en tom mappe (sæt DATA_DIR), eller flyt den gamle væk først.`);
	process.exit(1);
}

await runScript(async () => {
	const backup = new Blob([readFileSync(file)]);
	let db;
	try {
		db = await openEmbedded(dataDir, { loadDataDir: backup });
	} catch (e) {
		// Leave the folder as empty as it was, so the restore can be tried again.
		if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
		throw e;
	}
	try {
		const { rows } = await db.pglite.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
		console.log(`Gendannet i ${resolve(dataDir)} fra ${resolve(file)} (tabeller: ${rows[0]!.n}).`);
	} finally {
		await db.close();
	}
});
