import { appDb } from './app-db.ts';
import { committedWrite } from './commit.ts';
import type { Db } from './index.ts';

export { onCommit } from './commit.ts';

/** Every write is one transaction: the change and its audit row land together or not at all. */
export async function inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
	const result = await appDb().transaction().execute(work);
	committedWrite();
	return result;
}
