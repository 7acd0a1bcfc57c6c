/**
 * `npm run backup -- FILE`: a consistent copy of the embedded database (DATA_DIR) in FILE, a
 * gzip'ed tar of PostgreSQL's data folder. While the app runs, the app itself makes the copy (it
 * alone may open the folder); otherwise this script opens the folder for the time of the copy.
 * On PostgreSQL (DATABASE_URL), use pg_dump instead (README, "Backup and restore").
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { dumpDatabase, requestBackup, writeAtomically } from '../src/lib/server/db/backup.ts';
import { configFromEnv } from '../src/lib/server/db/connect.ts';
import { lockHolder } from '../src/lib/server/db/lock.ts';
import { openEmbedded } from '../src/lib/server/db/pglite.ts';
import { runScript } from '../src/lib/server/db/script.ts';

const file = process.argv[2];
const config = configFromEnv();
if (!file) {
	console.error('Angiv filen, backuppen skal skrives til: npm run backup -- FIL');
	process.exit(2);
}
if (config.databaseUrl) {
	console.error('DATABASE_URL er sat: tag backup af PostgreSQL med pg_dump (se README, "Backup and restore").');
	process.exit(2);
}
if (existsSync(file)) {
	console.error(`Filen ${resolve(file)} findes allerede; vælg et nyt navn.`);
	process.exit(2);
}
const dataDir = config.dataDir ?? './data';

await runScript(async () => {
	let bytes: Uint8Array;
	if (lockHolder(dataDir)) {
		bytes = await requestBackup(dataDir);
		console.log(`Backup taget af den kørende app (datamappen ${resolve(dataDir)}).`);
	} else {
		if (!existsSync(resolve(dataDir, 'pglite', 'PG_VERSION'))) {
			console.error(`Datamappen ${resolve(dataDir)} indeholder ingen database.`);
			process.exit(1);
		}
		const db = await openEmbedded(dataDir);
		try {
			bytes = await dumpDatabase(db.pglite);
		} finally {
			await db.close();
		}
	}
	writeAtomically(file, bytes);
	console.log(`Backup skrevet: ${resolve(file)} (${Math.round(statSync(file).size / 1024)} KiB).`);
});
