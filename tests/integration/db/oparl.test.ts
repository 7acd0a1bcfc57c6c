import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { parseListQuery } from '../../../src/lib/server/oparl/list.ts';
import { meeting, meetingList, paper, paperList } from '../../../src/lib/server/oparl/service.ts';
import { oparlUrls } from '../../../src/lib/server/oparl/urls.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const urls = oparlUrls('https://aarshjul.kommune.dk');
const list = (q = '') => parseListQuery(new URL(`${urls.bodyMeetings}?${q}`));
const since = (d: Date) => `modified_since=${encodeURIComponent(d.toISOString())}`;
/** A moment after every earlier change, so a test sees only its own. */
const now = async () => {
	await new Promise((r) => setTimeout(r, 5));
	return new Date();
};

describe.each(dialects)('OParl on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	const publicMeetingIds = async () =>
		(await t.db.selectFrom('meeting as m').innerJoin('body as b', 'b.id', 'm.body_id').select('m.id').where('b.is_public', '=', true).where('m.deleted_at', 'is', null).orderBy('m.id').execute()).map((r) => r.id);

	it('lists every meeting of the public bodies once, by id, in pages', async () => {
		const expected = await publicMeetingIds();
		const seen: string[] = [];
		for (let page = 1; ; page++) {
			const p = (await meetingList(t.db, urls, list(`limit=100&page=${page}&omit_internal=true`)))!;
			expect(p.pagination.totalElements).toBe(expected.length);
			seen.push(...p.data.map((m) => m.id.slice(urls.meeting('').length)));
			if (!p.links.next) break;
		}
		expect(seen).toEqual(expected);
	});

	it('a change to a case on a meeting changes the meeting (its agenda), and only that meeting is listed as changed', async () => {
		const mark = await now();
		const stage = await t.db
			.selectFrom('case_stage as s')
			.innerJoin('case_file as c', 'c.id', 's.case_id')
			.innerJoin('meeting as m', 'm.id', 's.meeting_id')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select(['s.case_id', 's.meeting_id'])
			.where('c.is_closed', '=', false)
			.where('b.is_public', '=', true)
			.orderBy('s.meeting_id')
			.executeTakeFirstOrThrow();
		const meetingsOfCase = (await t.db.selectFrom('case_stage').select('meeting_id').where('case_id', '=', stage.case_id).execute()).map((r) => r.meeting_id);
		expect((await meetingList(t.db, urls, list(since(mark))))!.data).toEqual([]);
		await t.db.updateTable('case_file').set({ updated_at: new Date() }).where('id', '=', stage.case_id).execute();
		const changed = (await meetingList(t.db, urls, list(since(mark))))!.data.map((m) => m.id.slice(urls.meeting('').length));
		expect(changed.sort()).toEqual((meetingsOfCase.filter((id) => id !== null) as string[]).filter((id) => changed.includes(id)).sort());
		expect(changed).toContain(stage.meeting_id);
		const m = (await meeting(t.db, urls, stage.meeting_id!)) as { modified: string };
		// `modified` is written to the second (OParl § 2.4).
		expect(Date.parse(m.modified)).toBeGreaterThanOrEqual(Math.floor(mark.getTime() / 1000) * 1000);
	});

	it('a deleted meeting is a stub at its URL, listed only with modified_since', async () => {
		const [id] = await publicMeetingIds();
		const mark = await now();
		await t.db.updateTable('meeting').set({ deleted_at: new Date() }).where('id', '=', id!).execute();
		const stub = await meeting(t.db, urls, id!);
		expect(stub).toEqual({ id: urls.meeting(id!), type: 'https://schema.oparl.org/1.1/Meeting', created: expect.any(String), modified: expect.any(String), deleted: true });
		expect((await meetingList(t.db, urls, list('limit=100')))!.data.map((m) => m.id)).not.toContain(urls.meeting(id!));
		expect((await meetingList(t.db, urls, list(since(mark))))!.data.filter((m) => m.id === urls.meeting(id!))).toEqual([stub]);
	});

	it('closing a case makes its Paper a deleted stub; open cases are full Papers', async () => {
		const open = await t.db.selectFrom('case_file').select('id').where('is_closed', '=', false).where('deleted_at', 'is', null).orderBy('id').execute();
		expect((await paperList(t.db, urls, list())).pagination.totalElements).toBe(open.length);
		const id = open[0]!.id;
		const mark = await now();
		await t.db.updateTable('case_file').set({ is_closed: true, updated_at: new Date() }).where('id', '=', id).execute();
		expect(await paper(t.db, urls, id)).toEqual({ id: urls.paper(id), type: 'https://schema.oparl.org/1.1/Paper', created: expect.any(String), modified: expect.any(String), deleted: true });
		expect((await paperList(t.db, urls, list())).pagination.totalElements).toBe(open.length - 1);
		expect((await paperList(t.db, urls, list(since(mark)))).data.map((p) => [p.id, 'deleted' in p])).toEqual([[urls.paper(id), true]]);
	});
});
