import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { notModified } from '../../../src/lib/server/feeds/http.ts';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';
import { caseFeed } from '../../../src/lib/server/feeds/personal.ts';
import { bodyFeed } from '../../../src/lib/server/feeds/public.ts';
import { publishFeed } from '../../../src/lib/server/feeds/publish.ts';
import { visibleMeetingsWithCycles } from '../../../src/lib/server/meetings/repository.ts';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const staff: Viewer = { role: 'reader', name: 'Læser', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

/**
 * The markers calendar clients rely on — SEQUENCE, DTSTAMP, LAST-MODIFIED and the HTTP
 * Last-Modified — for direct changes and for changes computed from other records, on the demo
 * data (loaded as of 22 November 2026). Each publication runs at a clock the test sets.
 */
const ORIGIN = 'https://aarshjul.example.dk';
const today = Temporal.PlainDate.from('2026-11-22');
// The clock of each publication: whole minutes after the next full hour, later than the demo rows' own timestamps.
const BASE = Math.ceil(Date.now() / 3600_000) * 3600_000 + 3600_000;
const minute = (n: number) => new Date(BASE + n * 60_000);
const at = (n: number) => () => new Date(minute(n).getTime() + 250);
const stampAt = (n: number) => minute(n).toISOString().replace(/[-:]/g, '').replace('.000', '');

interface Marked {
	sequence: number;
	dtstamp: string;
	lastModified: string;
	dtstart: string;
	description: string;
}

/** Each VEVENT's markers, start and description, read from the raw text (unfolded, unescaped). */
function markers(bytes: Buffer): Map<string, Marked> {
	const text = bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
	const out = new Map<string, Marked>();
	for (const block of text.split('BEGIN:VEVENT\r\n').slice(1)) {
		const prop = (name: string) => block.match(new RegExp(`^${name}(?:;[^:]*)?:(.*)$`, 'm'))?.[1] ?? '';
		out.set(prop('UID'), {
			sequence: Number(prop('SEQUENCE')),
			dtstamp: prop('DTSTAMP'),
			lastModified: prop('LAST-MODIFIED'),
			dtstart: prop('DTSTART'),
			description: prop('DESCRIPTION').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')
		});
	}
	return out;
}

/** The UIDs whose entry differs between two readings, by the given property. */
const differing = (a: Map<string, Marked>, b: Map<string, Marked>, key: keyof Marked) => [...a.keys()].filter((uid) => b.has(uid) && a.get(uid)![key] !== b.get(uid)![key]).sort();

describe.each(dialects)('feed markers on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, today);
	}, 180_000);
	afterAll(() => t.destroy());

	const dirFeed = async () => (await bodyFeed(t.db, 'direktionen', today, ORIGIN))!;
	const futureDir = async () =>
		t.db
			.selectFrom('meeting as m')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select(['m.id', 'm.starts_at', 'm.ends_at', 'm.location'])
			.where('b.code', '=', 'DIR')
			.where('m.deleted_at', 'is', null)
			.where('m.starts_at', '>', new Date('2027-02-01'))
			.orderBy('m.starts_at')
			.execute();

	it('keeps bytes, markers and Last-Modified when nothing changed', async () => {
		const first = await publishFeed(t.db, await dirFeed(), at(0));
		expect(lintIcs(first.bytes)).toEqual([]);
		const again = await publishFeed(t.db, await dirFeed(), at(1));
		expect([again.bytes.equals(first.bytes), again.etag, again.lastModified]).toEqual([true, first.etag, minute(0)]);
	});

	it('a moved meeting: SEQUENCE rises by one, DTSTAMP and LAST-MODIFIED move; the other meetings keep theirs', async () => {
		const before = await publishFeed(t.db, await dirFeed(), at(2));
		const [m] = await futureDir();
		const uid = `meeting-${m!.id}@aarshjul`;
		const hour = 3600_000;
		await t.db.updateTable('meeting').set({ starts_at: new Date(m!.starts_at.getTime() + hour), ends_at: new Date(m!.ends_at.getTime() + hour) }).where('id', '=', m!.id).execute();
		const after = await publishFeed(t.db, await dirFeed(), at(3));
		const [b, a] = [markers(before.bytes), markers(after.bytes)];
		expect([a.get(uid)!.sequence - b.get(uid)!.sequence, a.get(uid)!.dtstamp, a.get(uid)!.lastModified]).toEqual([1, stampAt(3), stampAt(3)]);
		expect(differing(b, a, 'dtstamp')).toEqual([uid]);
		expect(differing(b, a, 'sequence')).toEqual([uid]);
		expect(after.lastModified).toEqual(minute(3));
		expect(notModified({ method: 'GET', ifNoneMatch: null, ifModifiedSince: before.lastModified.toUTCString(), acceptEncoding: null }, [after.etag], after.lastModified)).toBe(false);
	});

	it('a new place: DTSTAMP moves, SEQUENCE stays; cancelling: SEQUENCE rises', async () => {
		const before = markers((await publishFeed(t.db, await dirFeed(), at(4))).bytes);
		const [, m] = await futureDir();
		const uid = `meeting-${m!.id}@aarshjul`;
		await t.db.updateTable('meeting').set({ location: 'Byrådssalen' }).where('id', '=', m!.id).execute();
		const relocated = markers((await publishFeed(t.db, await dirFeed(), at(5))).bytes);
		expect([relocated.get(uid)!.sequence, relocated.get(uid)!.dtstamp]).toEqual([before.get(uid)!.sequence, stampAt(5)]);
		await t.db.updateTable('meeting').set({ status: 'cancelled' }).where('id', '=', m!.id).execute();
		const cancelled = markers((await publishFeed(t.db, await dirFeed(), at(6))).bytes);
		expect([cancelled.get(uid)!.sequence, cancelled.get(uid)!.dtstamp]).toEqual([before.get(uid)!.sequence + 1, stampAt(6)]);
	});

	it('a meeting deleted: it leaves the feed, Last-Modified moves and the old If-Modified-Since no longer gets 304', async () => {
		const before = await publishFeed(t.db, await dirFeed(), at(7));
		const [, , m] = await futureDir();
		await t.db.updateTable('meeting').set({ deleted_at: new Date() }).where('id', '=', m!.id).execute();
		const after = await publishFeed(t.db, await dirFeed(), at(8));
		expect(markers(before.bytes).has(`meeting-${m!.id}@aarshjul`)).toBe(true);
		expect(markers(after.bytes).has(`meeting-${m!.id}@aarshjul`)).toBe(false);
		expect([after.etag === before.etag, after.lastModified]).toEqual([false, minute(8)]);
		const ims = { method: 'GET', ifNoneMatch: null, ifModifiedSince: before.lastModified.toUTCString(), acceptEncoding: null };
		expect([notModified(ims, [before.etag], before.lastModified), notModified(ims, [after.etag], after.lastModified)]).toEqual([true, false]);
	});

	it('Månedsgrebet pinned to another board meeting moves between DIR meetings’ descriptions, and exactly those get new stamps, not new sequences', async () => {
		const before = await publishFeed(t.db, await dirFeed(), at(9));
		const b = markers(before.bytes);
		const withItem = (m: Map<string, Marked>) => [...m].filter(([, e]) => e.description.includes('Månedsgrebet')).map(([uid]) => uid).sort();
		// A rul's Månedsgrebet in 2027, and the board meeting a week before it, where the secretariat puts it instead.
		const meetingIdOf = (uid: string) => uid.slice('meeting-'.length, -'@aarshjul'.length);
		const briefed = [...b].find(([, e]) => e.description.includes('Månedsgrebet') && e.dtstart > '20270301')!;
		const sorted = [...b].filter(([uid]) => uid.startsWith('meeting-')).sort((x, y) => x[1].dtstart.localeCompare(y[1].dtstart));
		const earlier = sorted[sorted.findIndex(([uid]) => uid === briefed[0]) - 1]!;
		expect(earlier[1].description.includes('Månedsgrebet')).toBe(false);
		const day = Temporal.PlainDateTime.from(briefed[1].dtstart.slice(-15)).toPlainDate();
		const rul = (await visibleMeetingsWithCycles(t.db, staff, { from: day, to: day.add({ days: 100 }) })).find((m) => m.cycle?.briefingMeetingId === meetingIdOf(briefed[0]))!.cycle!;
		await t.db.insertInto('cycle_briefing').values({ council_meeting_id: rul.councilMeetingId, board_meeting_id: meetingIdOf(earlier[0]) }).execute();
		const after = await publishFeed(t.db, await dirFeed(), at(10));
		const a = markers(after.bytes);
		expect(withItem(a)).toEqual(withItem(b).map((uid) => (uid === briefed[0] ? earlier[0] : uid)).sort());
		const changed = differing(b, a, 'description');
		expect(changed).toEqual([briefed[0], earlier[0]].sort());
		expect(differing(b, a, 'dtstamp')).toEqual(changed);
		expect(changed.map((uid) => a.get(uid)!.dtstamp)).toEqual(changed.map(() => stampAt(10)));
		expect(differing(b, a, 'sequence')).toEqual([]);
		expect(after.lastModified).toEqual(minute(10));
	});

	const trivsel = () => t.db.selectFrom('case_file').select('id').where('title', '=', 'Trivselsmåling og handleplan').executeTakeFirstOrThrow();

	it('a closure on a deadline day moves the case deadline earlier: SEQUENCE rises, DTSTAMP and Last-Modified move', async () => {
		const { id } = await trivsel();
		const feed = async () => (await caseFeed(t.db, id, null, today, ORIGIN))!;
		const before = await publishFeed(t.db, await feed(), at(11));
		const b = markers(before.bytes);
		const [uid, deadline] = [...b].find(([u]) => u.startsWith('deadline-'))!;
		const day = deadline.dtstart.slice(-15, -7);
		const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
		await t.db.insertInto('closure').values({ name: 'Lukket for test', from_date: date, to_date: date, body_id: null }).execute();
		const after = await publishFeed(t.db, await feed(), at(12));
		expect(lintIcs(after.bytes)).toEqual([]);
		const a = markers(after.bytes);
		expect(a.get(uid)!.dtstart < deadline.dtstart).toBe(true);
		expect([a.get(uid)!.sequence, a.get(uid)!.dtstamp, a.get(uid)!.lastModified]).toEqual([deadline.sequence + 1, stampAt(12), stampAt(12)]);
		expect(after.lastModified).toEqual(minute(12));
	});

	it('a stage’s status and a body’s deadline rule reach the case feed’s markers', async () => {
		const { id } = await trivsel();
		const feed = async () => (await caseFeed(t.db, id, null, today, ORIGIN))!;
		const b = markers((await publishFeed(t.db, await feed(), at(13))).bytes);
		await t.db.updateTable('case_stage').set({ status: 'on-agenda' }).where('case_id', '=', id).where('position', '=', 0).execute();
		const a = markers((await publishFeed(t.db, await feed(), at(14))).bytes);
		const stage = `case-${id}-0@aarshjul`;
		expect([a.get(stage)!.description.includes('Status: På dagsordenen'), a.get(stage)!.sequence, a.get(stage)!.dtstamp]).toEqual([true, b.get(stage)!.sequence, stampAt(14)]);
		const dir = await t.db.selectFrom('body').select(['id', 'deadline_working_days']).where('code', '=', 'DIR').executeTakeFirstOrThrow();
		await t.db.updateTable('body').set({ deadline_working_days: dir.deadline_working_days + 2 }).where('id', '=', dir.id).execute();
		const c = markers((await publishFeed(t.db, await feed(), at(15))).bytes);
		const deadline = `deadline-${id}-0@aarshjul`;
		expect([c.get(deadline)!.dtstart < a.get(deadline)!.dtstart, c.get(deadline)!.sequence, c.get(deadline)!.dtstamp]).toEqual([true, a.get(deadline)!.sequence + 1, stampAt(15)]);
	});

	it('two renders of a changed feed at once record one change: the same bytes, SEQUENCE raised once', async () => {
		const before = markers((await publishFeed(t.db, await dirFeed(), at(16))).bytes);
		const [m] = await futureDir();
		const uid = `meeting-${m!.id}@aarshjul`;
		const hour = 3600_000;
		await t.db.updateTable('meeting').set({ starts_at: new Date(m!.starts_at.getTime() + hour), ends_at: new Date(m!.ends_at.getTime() + hour) }).where('id', '=', m!.id).execute();
		const [x, y] = await Promise.all([publishFeed(t.db, await dirFeed(), at(17)), publishFeed(t.db, await dirFeed(), at(17))]);
		expect(x.bytes.equals(y.bytes)).toBe(true);
		expect(markers(x.bytes).get(uid)!.sequence).toBe(before.get(uid)!.sequence + 1);
		const third = await publishFeed(t.db, await dirFeed(), at(18));
		expect([third.etag, third.lastModified]).toEqual([x.etag, x.lastModified]);
	});
});
