import type { DbConfig } from './connect.ts';
import { DataDirError, inUseMessage, lockHolder } from './lock.ts';

/**
 * Runs a command-line script's work; a data folder that cannot be used (another process has it,
 * read-only, full) ends the script with its one line and exit code 1 instead of a stack trace.
 */
export async function runScript(work: () => Promise<void>): Promise<void> {
	try {
		await work();
	} catch (e) {
		if (e instanceof DataDirError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}

/** Before a script asks for anything (a password): refuses at once when a running app has the data folder. */
export function refuseIfDataDirInUse(config: DbConfig): void {
	if (config.databaseUrl || !config.dataDir || config.dataDir.startsWith('memory://')) return;
	const holder = lockHolder(config.dataDir);
	if (!holder) return;
	console.error(inUseMessage(config.dataDir, holder));
	process.exit(1);
}
