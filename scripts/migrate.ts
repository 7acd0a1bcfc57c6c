/** `npm run migrate`: brings the configured database (DATABASE_URL or DATA_DIR) to the newest schema. */
import { configFromEnv, createDb } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { runScript } from '../src/lib/server/db/script.ts';

await runScript(async () => {
	const db = createDb(configFromEnv());
	try {
		const applied = await migrateToLatest(db);
		console.log(applied.length ? `Anvendte migreringer: ${applied.join(', ')}` : 'Databasen er allerede opdateret.');
	} finally {
		await db.destroy();
	}
});
