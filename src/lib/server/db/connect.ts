import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openEmbedded } from './pglite.ts';
import { poolMax } from './pool.ts';
import { countingQueries, countQuery } from './query-count.ts';
import type { DB } from './schema.ts';

const DATE_OID = 1082;
const TIME_OID = 1083;
const INT8_OID = 20;

// Calendar days and clock times stay strings: turning them into Date would shift them by
// the server's time zone. int8 only ever holds counts here, well inside Number's range.
const parsers = {
	[DATE_OID]: (v: string) => v,
	[TIME_OID]: (v: string) => v,
	[INT8_OID]: (v: string) => Number(v)
};

export interface DbConfig {
	/** postgres://… — a real PostgreSQL. Without it the embedded PGlite is used. */
	databaseUrl?: string;
	/** Folder for PGlite's files; 'memory://' for a throwaway database. */
	dataDir?: string;
	/** Connections to PostgreSQL this process may hold at once (DATABASE_POOL_MAX). */
	poolMax?: number;
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
	return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data', poolMax: poolMax(env) };
}

const queryLog = countingQueries ? { log: countQuery } : {};

export function createDb(config: DbConfig): Kysely<DB> {
	if (config.databaseUrl) {
		const pool = new pg.Pool({
			connectionString: config.databaseUrl,
			max: config.poolMax ?? 10,
			connectionTimeoutMillis: 5_000,
			idleTimeoutMillis: 30_000,
			types: {
				getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
					parsers[oid as keyof typeof parsers] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
			}
		});
		// A client losing its server (a restart, pg_terminate_backend) must not crash the process:
		// idle clients report on the pool, busy ones on themselves, and their query fails anyway.
		pool.on('error', () => {});
		pool.on('connect', (client) => client.on('error', () => {}));
		return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...queryLog });
	}
	const dataDir = config.dataDir ?? './data';
	// A folder is opened for this process alone, with fsync on (src/lib/server/db/pglite.ts).
	const pglite = dataDir.startsWith('memory://') ? () => new PGlite(dataDir, { parsers }) : async () => (await openEmbedded(dataDir, { parsers })).pglite;
	return new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), ...queryLog });
}
