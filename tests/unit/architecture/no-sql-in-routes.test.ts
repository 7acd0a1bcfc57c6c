import { describe, expect, it } from 'vitest';
import { sourceLines, where } from './source.ts';

/**
 * Routes parse, call and answer: every query lives in a repository under src/lib/server, and
 * every write runs through inTransaction (one transaction with its audit row).
 */
describe('routes hold no SQL', () => {
	it('no query builder, raw SQL or hand-made transaction under src/routes', () => {
		const hits = sourceLines('src/routes').filter((l) => /\b(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*`|\bsql\s*<|\.transaction\s*\(/.test(l.text));
		expect(where(hits)).toEqual([]);
	});

	it('routes reach the database only through repositories and services, never the driver', () => {
		const hits = sourceLines('src/routes').filter((l) => /from\s+['"](kysely|pg|@electric-sql\/pglite)['"]/.test(l.text));
		expect(where(hits)).toEqual([]);
	});
});
