import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { feedListener } from '../../../src/lib/server/feeds/before-framework.ts';
import { clientKind, countFetch, flushFetches } from '../../../src/lib/server/feeds/fetches.ts';
import { feedHealth } from '../../../src/lib/server/feeds/health.ts';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';
import { parseFeed, parseFeedWithNodeIcal } from '../../unit/feeds/parse.ts';
import { freshDb, type TestDb } from './context.ts';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';

const secretariat: Viewer = { role: 'secretariat', name: 'Sekretariatet', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

/**
 * The public feeds answered before the framework, on a real Node server: whatever the listener
 * passes on gets 418 here, standing in for the framework.
 */
const ORIGIN = 'https://aarshjul.example.dk';
let t: TestDb;
let server: http.Server;
let base: string;

beforeAll(async () => {
	t = await freshDb('pglite');
	await loadDemoIfEmpty(t.db, Temporal.Now.plainDateISO('Europe/Copenhagen'));
	const listener = feedListener(() => t.db, { ORIGIN });
	server = http.createServer((req, res) => listener(req, res, () => res.writeHead(418).end('rammeværket')));
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
	await new Promise((r) => server.close(r));
	await t.destroy();
});

/** A raw request, without fetch()'s decompression. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		http
			.request(`${base}${path}`, { method, headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', fail)
			.end();
	});
}

describe('public feeds before the framework', () => {
	it('serves every coding with its own ETag and Vary; all decode to the same calendar, which lints clean and reads the same in two parsers', async () => {
		const plain = await get('/feeds/organer/kommunalbestyrelsen.ics');
		const gz = await get('/feeds/organer/kommunalbestyrelsen.ics', { 'accept-encoding': 'gzip, deflate' });
		const br = await get('/feeds/organer/kommunalbestyrelsen.ics', { 'accept-encoding': 'gzip, deflate, br' });
		expect([plain.status, gz.status, br.status]).toEqual([200, 200, 200]);
		expect([plain.headers['content-encoding'], gz.headers['content-encoding'], br.headers['content-encoding']]).toEqual([undefined, 'gzip', 'br']);
		expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
		expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
		expect([plain.headers.etag?.replace(/"$/, '.gz"'), plain.headers.etag?.replace(/"$/, '.br"')]).toEqual([gz.headers.etag, br.headers.etag]);
		for (const r of [plain, gz, br]) {
			expect([r.headers.vary, r.headers['content-type'], r.headers['content-disposition'], r.headers['cache-control'], Number(r.headers['content-length'])]).toEqual([
				'Accept-Encoding',
				'text/calendar; charset=utf-8',
				'inline; filename="aarshjul-kommunalbestyrelsen.ics"',
				'public, max-age=300',
				r.body.byteLength
			]);
		}
		expect(lintIcs(plain.body)).toEqual([]);
		const text = plain.body.toString('utf8');
		expect(text).toContain('\r\nCOLOR:');
		expect(text).toMatch(/\r\nX-APPLE-CALENDAR-COLOR:#[0-9A-F]{6}\r\n/);
		const byUid = <T extends { uid: string }>(xs: T[]) => [...xs].sort((a, b) => (a.uid < b.uid ? -1 : 1));
		expect(byUid(parseFeedWithNodeIcal(text))).toEqual(byUid(parseFeed(text).events.map(({ url: _url, ...e }) => e)));
	});

	it('answers 304 for each coding to If-None-Match and If-Modified-Since, and HEAD with GET’s headers and no body', async () => {
		for (const accept of ['identity', 'gzip', 'br']) {
			const full = await get('/feeds/offentlig.ics', { 'accept-encoding': accept });
			const byTag = await get('/feeds/offentlig.ics', { 'accept-encoding': accept, 'if-none-match': full.headers.etag! });
			const byDate = await get('/feeds/offentlig.ics', { 'accept-encoding': accept, 'if-modified-since': full.headers['last-modified']! });
			expect([accept, byTag.status, byTag.body.byteLength, byTag.headers.etag, byTag.headers.vary, byDate.status]).toEqual([accept, 304, 0, full.headers.etag, 'Accept-Encoding', 304]);
			const head = await get('/feeds/offentlig.ics', { 'accept-encoding': accept }, 'HEAD');
			const { date: _a, ...headHeaders } = head.headers;
			const { date: _b, ...getHeaders } = full.headers;
			expect([head.status, head.body.byteLength, headHeaders]).toEqual([200, 0, getHeaders]);
		}
	});

	it('answers an internal or unknown body 404 in plain text, and passes everything else on', async () => {
		for (const path of ['/feeds/organer/chefforum.ics', '/feeds/organer/findes-ikke.ics', '/feeds/sager/00000000-0000-4000-8000-000000000000.ics']) {
			const r = await get(path);
			expect([path, r.status, r.headers['content-type'], r.body.toString()]).toEqual([path, 404, 'text/plain; charset=utf-8', 'Kalenderen findes ikke.\n']);
		}
		for (const [path, method] of [['/feeds/personlig/abcdefghijkmnpqrstuvwxyz23456789.ics', 'GET'], ['/feeds/offentlig.ics', 'POST'], ['/abonner', 'GET'], ['/feeds/sager/ikke-et-id.ics', 'GET']] as const) {
			expect([path, method, (await get(path, {}, method)).status]).toEqual([path, method, 418]);
		}
	});

	it('counts fetches per feed, day and kind of client, and nothing about who fetched', async () => {
		await flushFetches(t.db);
		await t.db.deleteFrom('feed_fetch').execute();
		const agents = {
			outlook: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)',
			google: 'Google-Calendar-Importer',
			apple: 'iOS/17.5 (21F79) dataaccessd/1.0',
			other: 'curl/8.5.0'
		};
		for (const ua of [agents.outlook, agents.outlook, agents.google, agents.apple, agents.other]) await get('/feeds/organer/direktionen.ics', { 'user-agent': ua });
		await get('/feeds/offentlig.ics', { 'user-agent': 'macOS/14.5 (23F79) CalendarAgent/988' });
		countFetch('personal', agents.google);
		const { feeds } = await feedHealth(t.db, secretariat);
		const today = feeds[0]!.days[0]!.day;
		const rows = await t.db.selectFrom('feed_fetch').selectAll().orderBy('feed_key').orderBy('client').execute();
		const dir = await t.db.selectFrom('body').select('id').where('code', '=', 'DIR').executeTakeFirstOrThrow();
		expect(rows.map((r) => [r.feed_key, r.day, r.client, r.fetches])).toEqual([
			[`body:${dir.id}`, today, 'apple', 1],
			[`body:${dir.id}`, today, 'google', 1],
			[`body:${dir.id}`, today, 'other', 1],
			[`body:${dir.id}`, today, 'outlook', 2],
			['personal', today, 'google', 1],
			['public', today, 'apple', 1]
		]);
		expect(Object.keys(rows[0]!).sort()).toEqual(['client', 'day', 'feed_key', 'fetches', 'last_at']);
		expect(feeds.map((f) => [f.name, f.days[0]!.fetches])).toEqual([
			['Alle offentlige møder og begivenheder', { outlook: 0, google: 0, apple: 1, other: 0 }],
			['Direktionen', { outlook: 2, google: 1, apple: 1, other: 1 }],
			['Personlige abonnementer (alle)', { outlook: 0, google: 1, apple: 0, other: 0 }]
		]);
		expect(feeds[1]!.lastFetched.outlook).toBeInstanceOf(Date);
		expect(feeds[0]!.lastFetched.outlook).toBeNull();
	});

	it('sees a change written by someone else (no call into this process) once the fingerprint’s second has passed', async () => {
		const before = await get('/feeds/organer/direktionen.ics');
		const meeting = await t.db
			.selectFrom('meeting as m')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select('m.id')
			.where('b.code', '=', 'DIR')
			.where('m.starts_at', '>', new Date())
			.orderBy('m.starts_at')
			.executeTakeFirstOrThrow();
		await t.db.updateTable('meeting').set({ location: 'Et andet lokale' }).where('id', '=', meeting.id).execute();
		await new Promise((r) => setTimeout(r, 1100));
		const after = await get('/feeds/organer/direktionen.ics');
		expect(after.headers.etag).not.toBe(before.headers.etag);
		expect(after.body.toString('utf8')).toContain('LOCATION:Et andet lokale');
	});

	it('tells the kinds of client apart by their User-Agent', () => {
		expect(
			[
				'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)',
				'Microsoft Exchange/15.20 (Windows NT 10.0; Win64; x64)',
				'Google-Calendar-Importer',
				'iOS/17.5 (21F79) dataaccessd/1.0',
				'macOS/14.5 (23F79) CalendarAgent/988',
				'Mozilla/5.0 (X11; Linux x86_64)',
				''
			].map(clientKind)
		).toEqual(['outlook', 'outlook', 'google', 'apple', 'apple', 'other', 'other']);
	});
});
