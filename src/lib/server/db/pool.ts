/**
 * DATABASE_POOL_MAX: how many PostgreSQL connections one app process may hold. With several app
 * servers on one PostgreSQL, their pools together must stay under the server's max_connections
 * (100 by default) minus what migrations, backups and administrators need.
 */
export const DEFAULT_POOL_MAX = 10;

export function poolMax(env: Record<string, string | undefined> = process.env): number {
	const raw = env.DATABASE_POOL_MAX?.trim();
	if (!raw) return DEFAULT_POOL_MAX;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1 || n > 1000) {
		throw new Error(`DATABASE_POOL_MAX skal være et helt tal fra 1 til 1000, ikke "${raw}".`);
	}
	return n;
}
