import { appDb } from './app-db.ts';
import type { Db } from './index.ts';

const committed = new Set<() => void>();

/** Caches built from the data register here to hear of every committed write. */
export function onCommit(listener: () => void): void {
	committed.add(listener);
}

/** Every write is one transaction: the change and its audit row land together or not at all. */
export async function inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
	const result = await appDb().transaction().execute(work);
	for (const listener of committed) listener();
	return result;
}
