import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Queries per request, for the benchmark: with QUERY_COUNT=on every response names the number of
 * database queries it took in `Server-Timing: db;desc="N queries"`. Off, nothing is counted.
 */
export const countingQueries = process.env.QUERY_COUNT === 'on';

const current = new AsyncLocalStorage<{ queries: number }>();

/** Kysely's log hook: one more query in the request being served, if any. */
export function countQuery(): void {
	const store = current.getStore();
	if (store) store.queries++;
}

/** Runs `work` counting the queries made on its behalf. */
export async function withQueryCount<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
	const store = { queries: 0 };
	const result = await current.run(store, work);
	return { result, queries: store.queries };
}
