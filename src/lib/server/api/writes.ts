import { appDb } from '../app-db.ts';
import type { Db } from '../db/index.ts';

/** Every write is one transaction: the change and its audit row land together or not at all. */
export function inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
	return appDb().transaction().execute(work);
}
