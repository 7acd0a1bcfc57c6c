import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoForViewer, type Viewer } from '../../../src/lib/server/auth/access.ts';
import { memoByData } from '../../../src/lib/server/db/fingerprint.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const reader: Viewer = { role: 'reader', name: 'Læser', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

/** What is computed from the data alone, once per change of the data (db/fingerprint.ts). */
describe.each(dialects)('memoByData on %s', (dialect) => {
	let t: TestDb;
	let computed: string[];
	const compute = (name: string) => async () => {
		computed.push(name);
		return { name };
	};
	beforeAll(async () => {
		t = await freshDb(dialect);
	}, 120_000);
	afterAll(() => t.destroy());

	it('computes once until the data changes, and shares the value', async () => {
		computed = [];
		const first = await memoByData(t.db, 'k', compute('k'));
		expect(await memoByData(t.db, 'k', compute('k'))).toBe(first);
		expect(computed).toEqual(['k']);
		// Any content table moves the fingerprint (a statement trigger raises feed_data_version).
		await t.db.insertInto('closure').values({ name: 'Lukket', from_date: '2030-07-01', to_date: '2030-07-02' }).execute();
		expect(await memoByData(t.db, 'k', compute('k'))).not.toBe(first);
		expect(computed).toEqual(['k', 'k']);
	});

	it('keeps the public and staff apart, and anonymous viewers together', async () => {
		computed = [];
		const pub = await memoForViewer(t.db, null, 'view', compute('public'));
		expect(await memoForViewer(t.db, null, 'view', compute('public'))).toBe(pub);
		expect(await memoForViewer(t.db, reader, 'view', compute('staff'))).toEqual({ name: 'staff' });
		expect(await memoForViewer(t.db, { ...reader, role: 'admin' }, 'view', compute('staff'))).toEqual({ name: 'staff' });
		expect(computed).toEqual(['public', 'staff']);
	});

	it('evicts the least recently used of a group within the group only', async () => {
		computed = [];
		const pages = { name: 'test-pages', entries: 2 };
		await memoByData(t.db, 'calendar', compute('calendar'));
		for (const page of ['a', 'b', 'a', 'c', 'a', 'b']) await memoByData(t.db, page, compute(page), pages);
		await memoByData(t.db, 'calendar', compute('calendar'));
		// 'b' fell out when 'c' came ('a' had just been used); the data group's entry stayed.
		expect(computed).toEqual(['calendar', 'a', 'b', 'c', 'b']);
	});
});
