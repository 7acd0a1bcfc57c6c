import { sql } from 'kysely';
import type { Db } from '../db/index.ts';

/**
 * Login limits counted in the database (table login_limit), so every app server on one
 * PostgreSQL shares them: a fixed window per key that starts with its first attempt. Each step is
 * one atomic statement, so concurrent attempts on different servers are all counted.
 */
export interface LimitState {
	/** Attempts used in the window, this one included. */
	used: number;
	/** Seconds until the window ends. */
	retryAfter: number;
}

/** Counts one attempt (or `cost`) against `key`; a window that has ended starts afresh. */
export async function countAttempt(db: Db, key: string, windowMs: number, cost = 1): Promise<LimitState> {
	const interval = `${Math.round(windowMs)} milliseconds`;
	const { rows } = await sql<{ used: number; retry: number }>`
		insert into login_limit as l (key, used, window_ends) values (${key}, ${cost}, now() + ${interval}::interval)
		on conflict (key) do update set
			used = case when l.window_ends <= now() then excluded.used else l.used + excluded.used end,
			window_ends = case when l.window_ends <= now() then excluded.window_ends else l.window_ends end
		returning used, ceil(extract(epoch from (window_ends - now())))::int as retry`.execute(db);
	if (Math.random() < 0.01) await sql`delete from login_limit where window_ends < now()`.execute(db);
	return { used: rows[0]!.used, retryAfter: Math.max(rows[0]!.retry, 1) };
}

/** Attempts used by `key` in a window still running (0 when none). */
export async function attemptsUsed(db: Db, key: string): Promise<LimitState> {
	const row = await db
		.selectFrom('login_limit')
		.select(['used', sql<number>`ceil(extract(epoch from (window_ends - now())))::int`.as('retry')])
		.where('key', '=', key)
		.where('window_ends', '>', sql<Date>`now()`)
		.executeTakeFirst();
	return row ? { used: row.used, retryAfter: Math.max(row.retry, 1) } : { used: 0, retryAfter: 0 };
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
	await db.deleteFrom('login_limit').where('key', '=', key).execute();
}
