import { describe, expect, test } from 'vitest';
import { listPage, parseListQuery } from '../../../src/lib/server/oparl/list.ts';
import { ProblemError } from '../../../src/lib/server/http/problem.ts';
import { embedOrigins, withEmbedFrameAncestors } from '../../../src/lib/server/embed/origins.ts';

const LIST = 'https://aarshjul.kommune.dk/oparl/v1.1/body/kommune/meeting';
const query = (q: string) => parseListQuery(new URL(`${LIST}?${q}`));

describe('OParl list parameters (OParl 1.1 § 2.5)', () => {
	test('filters are read as instants, the page and limit as the window', () => {
		const q = query('modified_since=2026-01-01T00%3A00%3A00%2B01%3A00&limit=10&page=3');
		expect(q.window).toEqual({ createdSince: undefined, createdUntil: undefined, modifiedSince: new Date('2025-12-31T23:00:00Z'), modifiedUntil: undefined, offset: 20, limit: 10 });
		expect(q.keep).toEqual([['modified_since', '2026-01-01T00:00:00+01:00'], ['limit', '10']]);
	});

	test('a date without time or zone, a zero page, a limit over 100 and unknown parameters are one 400 naming each', () => {
		try {
			query('created_since=2026-01-01&page=0&limit=500&sort=name');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ProblemError);
			expect((e as ProblemError).problem['invalid-params']!.map((p) => p.name)).toEqual(['sort', 'created_since', 'limit', 'page']);
			expect((e as ProblemError).problem.status).toBe(400);
		}
	});

	test('every link of a page keeps the filters, in one canonical order; the last page has no next', () => {
		const q = query('page=2&limit=10&created_since=2025-01-01T00:00:00Z');
		expect(listPage(LIST, q, [], 25)).toEqual({
			data: [],
			pagination: { totalElements: 25, elementsPerPage: 10, currentPage: 2, totalPages: 3 },
			links: {
				first: `${LIST}?created_since=2025-01-01T00%3A00%3A00Z&limit=10`,
				prev: `${LIST}?created_since=2025-01-01T00%3A00%3A00Z&limit=10`,
				self: `${LIST}?created_since=2025-01-01T00%3A00%3A00Z&limit=10&page=2`,
				next: `${LIST}?created_since=2025-01-01T00%3A00%3A00Z&limit=10&page=3`,
				last: `${LIST}?created_since=2025-01-01T00%3A00%3A00Z&limit=10&page=3`
			}
		});
		expect(listPage(LIST, query('page=3&limit=10'), [], 25).links).not.toHaveProperty('next');
	});
});

describe('EMBED_ORIGINS', () => {
	test('bare origins are kept; paths, wildcards and other schemes are refused', () => {
		expect(embedOrigins('https://www.kommune.dk, https://intranet.kommune.dk/  http://127.0.0.1:4216 https://*.kommune.dk https://x.dk/side javascript:alert(1)')).toEqual({
			origins: ['https://www.kommune.dk', 'https://intranet.kommune.dk', 'http://127.0.0.1:4216'],
			rejected: ['https://*.kommune.dk', 'https://x.dk/side', 'javascript:alert(1)']
		});
		expect(embedOrigins(undefined)).toEqual({ origins: [], rejected: [] });
	});

	test('only frame-ancestors of the policy changes', () => {
		const before = process.env.EMBED_ORIGINS;
		process.env.EMBED_ORIGINS = 'https://www.kommune.dk';
		try {
			expect(withEmbedFrameAncestors("default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'; base-uri 'self'")).toBe(
				"default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'self' https://www.kommune.dk; base-uri 'self'"
			);
		} finally {
			if (before === undefined) delete process.env.EMBED_ORIGINS;
			else process.env.EMBED_ORIGINS = before;
		}
	});
});
