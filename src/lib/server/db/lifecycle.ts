import type { Server } from 'node:net';
import { serveBackups } from './backup.ts';
import { DataDirError } from './lock.ts';
import { openEmbeddedDb, releaseClosedInstances } from './pglite.ts';

/**
 * The database's life in the app process. At start: prepare it (migrations, demo data); a data
 * folder that cannot be used ends the process with one line naming it. At SIGTERM or SIGINT the
 * server (adapter-node) stops accepting connections and lets requests in flight finish, then emits
 * `sveltekit:shutdown`: the database is closed and the process exits. Requests still running
 * after GRACE_MS are cut short so the process is gone within 10 s, with its database closed.
 */
export const GRACE_MS = 8_000;

export async function runDatabase({ prepare, close }: { prepare: () => Promise<void>; close: () => Promise<void> }): Promise<void> {
	try {
		await prepare();
	} catch (e) {
		if (e instanceof DataDirError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
	let control: Server | undefined;
	const embedded = openEmbeddedDb();
	if (embedded) {
		control = await serveBackups(embedded.dataDir, embedded.pglite);
		releaseClosedInstances();
	}

	let closing: Promise<void> | undefined;
	const shutdown = (code: number) => {
		closing ??= (async () => {
			control?.close();
			try {
				await close();
			} catch (e) {
				console.error('Databasen kunne ikke lukkes:', e instanceof Error ? e.message : e);
				code = 1;
			}
			process.exit(code);
		})();
	};
	process.once('sveltekit:shutdown' as 'exit', () => shutdown(0));
	const onSignal = () => setTimeout(() => shutdown(0), GRACE_MS).unref();
	process.once('SIGTERM', onSignal);
	process.once('SIGINT', onSignal);
}
