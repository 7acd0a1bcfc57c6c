import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { lintIcs } from '../../src/lib/server/feeds/lint.ts';
import { signedIn } from './session';

/**
 * Random and hostile input at every API endpoint (the list in src/lib/server/api/openapi.ts):
 * impossible dates, 29 February in common years, times in the summer-time gap, huge strings,
 * control characters, script tags, iCal injection. Refused input must get a 4xx problem with a
 * Danish detail and save nothing; hostile text that is valid must come back escaped in HTML and
 * must not break the feed's lines. Runs are bounded (RUNS per property) to keep the suite quick.
 */

const RUNS = 50;
let secretariat: APIRequestContext;
let anonymous: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
	secretariat = await signedIn(baseURL!, 'secretariat');
	anonymous = await request.newContext({ baseURL });
});
test.afterAll(async () => {
	await secretariat.dispose();
	await anonymous.dispose();
});

/** zod's English defaults, which must never reach a user. */
const ENGLISH = /\b(Invalid|invalid input|expected|Expected|Too (small|big)|Required|received|Unrecognized|must be)\b/;

async function expectDanishProblem(res: APIResponse, what: string): Promise<void> {
	const status = res.status();
	expect(status, `${what}: ${await res.text()}`).toBeGreaterThanOrEqual(400);
	expect(status, what).toBeLessThan(500);
	expect(res.headers()['content-type'], what).toMatch(/^application\/problem\+json/);
	const problem = await res.json();
	expect(problem.status, what).toBe(status);
	expect(typeof problem.detail, `${what}: ${JSON.stringify(problem)}`).toBe('string');
	expect(problem.detail.length, what).toBeGreaterThan(0);
	expect(problem.detail, what).not.toMatch(ENGLISH);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const anyYear = fc.integer({ min: 1900, max: 2200 });

/** Well-formed YYYY-MM-DD that names no day: month 0 or 13+, day 0 or past the month's end, 29 February in a common year. */
const impossibleDate = fc.oneof(
	fc.tuple(anyYear, fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
	fc.tuple(anyYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}-00`),
	fc.tuple(anyYear, fc.integer({ min: 1, max: 28 })).map(([y, d]) => `${y}-00-${pad(d)}`),
	fc.tuple(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
	fc.tuple(anyYear, fc.constantFrom(4, 6, 9, 11)).map(([y, m]) => `${y}-${pad(m)}-31`),
	anyYear.filter((y) => !isLeap(y)).map((y) => `${y}-02-29`),
	fc.tuple(anyYear, fc.constantFrom(30, 31)).map(([y, d]) => `${y}-02-${d}`)
);

/** Anything that is not a date in the accepted form and range. */
const malformedDate = fc.oneof(
	fc.string({ maxLength: 40 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
	fc.constantFrom(
		'2026-3-1', '26-03-01', '2026/03/01', '01-03-2026', '2026-03-01T00:00', ' 2026-03-01', '2026-03-01\n', '+002026-03-01',
		'1899-12-31', '2201-01-01', '9999-12-31', '0000-01-01', '<script>alert(1)</script>', "2026-03-01' OR '1'='1", '２０２６-03-01'
	)
);
const badDate = fc.oneof(impossibleDate, malformedDate);

const badTime = fc.oneof(
	fc.constantFrom('24:00', '12:60', '7:00', '1200', '12:00:00', '12', 'kl. 12', '-1:00', '23:5', '', ' 12:00', '12:00\r\nBEGIN:VEVENT'),
	fc.string({ maxLength: 12 }).filter((s) => !/^([01]\d|2[0-3])[:.][0-5]\d$/.test(s))
);

/** The last Sunday of March, when 02:00–03:00 does not exist in Copenhagen. */
const summerGap = fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 59 })).map(([y, minute]) => {
	const lastOfMarch = new Date(Date.UTC(y, 2, 31));
	const day = 31 - lastOfMarch.getUTCDay();
	return { date: `${y}-03-${pad(day)}`, start: `02:${pad(minute)}` };
});

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f');
const NEWLINE = fc.constantFrom('\r\n', '\n', '\r');
const around = (middle: fc.Arbitrary<string>) => fc.tuple(fc.string({ maxLength: 20 }), middle, fc.string({ maxLength: 20 })).map((parts) => parts.join(''));
/** Text that must be refused on a one-line field (title, place): control characters, line breaks (iCal injection) or too long. */
const badLine = (max: number) =>
	fc.oneof(
		around(CONTROL),
		around(NEWLINE).map((s) => `Møde${s}BEGIN:VEVENT`),
		fc.constantFrom('Møde\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk', 'Møde\nEND:VEVENT', 'Møde\rX'),
		fc.string({ minLength: max + 1, maxLength: max + 200 }).map((s) => s.padEnd(max + 1, 'x')),
		fc.constant('x'.repeat(100_000))
	);

const query = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

/** What a write could have left behind: the rows each list endpoint shows the secretariat. */
async function counts() {
	const get = async (path: string) => {
		const res = await secretariat.get(path);
		expect(res.status(), path).toBe(200);
		return ((await res.json()) as unknown[]).length;
	};
	return {
		bodies: await get('/api/v1/bodies'),
		closures: await get('/api/v1/closures'),
		meetings: (await get('/api/v1/meetings?from=2026-01-01&to=2028-12-31')) + (await get('/api/v1/meetings?from=2000-01-01&to=2002-12-31')),
		events: (await get('/api/v1/events?from=2026-01-01&to=2028-12-31')) + (await get('/api/v1/events?from=2000-01-01&to=2002-12-31'))
	};
}

test('read endpoints refuse bad dates, years and numbers with a Danish 400 problem', async () => {
	const cases = fc.oneof(
		fc.tuple(badDate, fc.boolean()).map(([d, first]) => query('/api/v1/meetings', first ? { from: d, to: '2026-12-31' } : { from: '2026-01-01', to: d })),
		fc.tuple(badDate, fc.boolean()).map(([d, first]) => query('/api/v1/events', first ? { from: d, to: '2026-12-31' } : { from: '2026-01-01', to: d })),
		badDate.map((d) => query('/api/v1/working-days/before', { date: d, days: '5' })),
		fc.oneof(fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 251, max: 1_000_000 })).map((n) => query('/api/v1/working-days/before', { date: '2026-03-02', days: String(n) })),
		fc
			.tuple(fc.constantFrom('/api/v1/holidays', '/api/v1/terms'), fc.oneof(fc.integer({ max: 1899 }), fc.integer({ min: 2201 }), fc.constantFrom('2026.5', 'to tusind', '', 'NaN', '<b>2026</b>')))
			.map(([path, y]) => query(path, { year: String(y) })),
		fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !['from', 'to', 'body'].includes(k)).map((k) => `/api/v1/meetings?from=2026-01-01&to=2026-01-31&${encodeURIComponent(k)}=1`),
		fc.constantFrom('/api/v1/meetings?from=2026-12-31&to=2026-01-01', '/api/v1/meetings?from=2020-01-01&to=2026-01-01', '/api/v1/meetings?from=2026-01-01&to=2026-01-31&body=kb')
	);
	await fc.assert(
		fc.asyncProperty(cases, async (path) => {
			await expectDanishProblem(await anonymous.get(path), path);
		}),
		{ numRuns: RUNS }
	);
});

test('meeting writes refuse impossible dates, bad and non-existent times, hostile text; nothing is saved', async () => {
	const valid = { body: 'HU', date: '2028-03-09', start: '13:00', end: '15:00' };
	const hostile = fc.oneof(
		badDate.map((date) => ({ ...valid, date })),
		badTime.map((start) => ({ ...valid, start })),
		badTime.map((end) => ({ ...valid, end })),
		summerGap.map((gap) => ({ ...valid, ...gap, end: '04:00' })),
		fc.constantFrom('13:00', '12:59', '00:00').map((end) => ({ ...valid, end })),
		badLine(200).map((location) => ({ ...valid, location })),
		fc.oneof(around(CONTROL), fc.constant('n'.repeat(2001))).map((note) => ({ ...valid, note })),
		fc.constantFrom('XX', 'kb', '<script>', 'KB\r\n', '', 'ÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅ').map((body) => ({ ...valid, body })),
		fc.constantFrom('held', 'CANCELLED', '').map((status) => ({ ...valid, status }))
	);
	const before = await counts();
	await fc.assert(
		fc.asyncProperty(hostile, async (data) => {
			await expectDanishProblem(await secretariat.post('/api/v1/meetings', { data }), JSON.stringify(data).slice(0, 200));
		}),
		{ numRuns: RUNS }
	);
	expect(await counts()).toEqual(before);
});

test('event writes refuse iCal injection in titles, control characters, bad days and summer-gap times; nothing is saved', async () => {
	const allDay = { title: 'Prøve', category: 'other', public: true, allDay: true, startDate: '2028-05-02', endDate: '2028-05-02' };
	const timed = { title: 'Prøve', category: 'other', public: true, allDay: false, date: '2028-05-02', start: '10:00', end: '11:00' };
	const hostile = fc.oneof(
		badLine(300).map((title) => ({ ...allDay, title })),
		fc.constantFrom('', '   ', '\t').map((title) => ({ ...allDay, title })),
		badLine(200).map((location) => ({ ...timed, location })),
		badDate.map((startDate) => ({ ...allDay, startDate })),
		badDate.map((endDate) => ({ ...allDay, endDate })),
		fc.constantFrom('2028-05-01', '2027-12-31').map((endDate) => ({ ...allDay, endDate })),
		badDate.map((date) => ({ ...timed, date })),
		summerGap.map((gap) => ({ ...timed, ...gap, end: '04:00' })),
		fc.constantFrom('party', '', 'SEMINAR').map((category) => ({ ...allDay, category })),
		fc.constantFrom('true', 1, null).map((pub) => ({ ...allDay, public: pub }))
	);
	const before = await counts();
	await fc.assert(
		fc.asyncProperty(hostile, async (data) => {
			await expectDanishProblem(await secretariat.post('/api/v1/events', { data }), JSON.stringify(data).slice(0, 200));
		}),
		{ numRuns: RUNS }
	);
	expect(await counts()).toEqual(before);
});

test('every write endpoint answers random JSON, non-JSON and the wrong content type with a Danish 4xx problem; nothing is saved', async ({ baseURL }) => {
	const meetings = await (await secretariat.get('/api/v1/meetings?from=2027-01-01&to=2027-01-31')).json();
	const events = await (await secretariat.get('/api/v1/events?from=2027-01-01&to=2027-12-31')).json();
	const targets = [
		['post', '/api/v1/meetings'],
		['post', '/api/v1/events'],
		['post', '/api/v1/bodies'],
		['post', '/api/v1/closures'],
		['post', '/api/v1/plans'],
		['post', '/api/v1/plans/preview'],
		['patch', `/api/v1/meetings/${meetings[0].id}`],
		['patch', `/api/v1/events/${events[0].id}`],
		['patch', '/api/v1/bodies/HU']
	] as const;
	// Objects that name a version could be a valid no-op edit, so random objects never carry one.
	const noVersion = (v: unknown): boolean => typeof v !== 'object' || v === null || Array.isArray(v) || !('version' in v);
	const payload = fc.oneof(
		fc.jsonValue({ maxDepth: 3 }).filter(noVersion).map((v) => ({ type: 'application/json', body: JSON.stringify(v) })),
		fc.string({ maxLength: 200 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }).map((body) => ({ type: 'application/json', body })),
		fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'text/calendar').map((type) => ({ type, body: '{"title":"x"}' }))
	);
	const before = await counts();
	await fc.assert(
		fc.asyncProperty(fc.constantFrom(...targets), payload, async ([method, path], { type, body }) => {
			// Same-origin, as the app's own pages send it: SvelteKit refuses form-like types from other origins before the app sees them.
			const res = await secretariat.fetch(path, { method, headers: { 'content-type': type, origin: baseURL! }, data: body });
			await expectDanishProblem(res, `${method} ${path} ${type} ${body.slice(0, 100)}`);
		}),
		{ numRuns: RUNS }
	);
	expect(await counts()).toEqual(before);
});

test('hostile text that is valid comes back escaped on the page and cannot break the feed', async ({ page }) => {
	const created: { id: string; version: number }[] = [];
	const feedEvents = async () => {
		const text = await (await anonymous.get('/feeds/offentlig.ics')).text();
		expect(lintIcs(text)).toEqual([]);
		return text.split('\r\nBEGIN:VEVENT\r\n').length - 1;
	};
	const title = fc.oneof(
		fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'Møde & "citat" \'x\'', 'SUMMARY:Falsk', 'END:VEVENT', ';,\\:', 'x'.repeat(300), 'Ærø – Åbenrå – Ølstykke 💡'),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
	).filter((s) => !/[\u0000-\u001f\u007f]/.test(s) && s.trim().length > 0);
	const description = fc.constantFrom('Linje 1\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk\r\nEND:VEVENT', 'a\nb\n\nc', '<script>alert(2)</script>');
	try {
		let expected = await feedEvents();
		await fc.assert(
			fc.asyncProperty(title, description, async (t, d) => {
				const res = await secretariat.post('/api/v1/events', { data: { title: t, description: d, category: 'other', public: true, allDay: true, startDate: '2028-06-14', endDate: '2028-06-14' } });
				expect(res.status(), await res.text()).toBe(201);
				const event = await res.json();
				created.push({ id: event.id, version: event.version });
				expect(event.title).toBe(t.trim());
				expected += 1;
				expect(await feedEvents()).toBe(expected);

				await page.goto(`/begivenheder/${event.id}`);
				await expect(page.locator('h1')).toHaveText(t.trim().replace(/\s+/g, ' '));
				const html = await (await anonymous.get(`/begivenheder/${event.id}`)).text();
				expect(html).not.toContain('<script>alert(');
				expect(html).not.toContain('<img src=x');
			}),
			{ numRuns: 12 }
		);
	} finally {
		for (const e of created) expect((await secretariat.delete(`/api/v1/events/${e.id}?version=${e.version}`)).status()).toBe(204);
	}
});
