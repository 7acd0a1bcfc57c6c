import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** Repositories take either the database or an open transaction, so callers compose writes into one. */
export type Db = Kysely<DB> | Transaction<DB>;
export type { DB } from './schema.ts';
