import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { lintIcs } from '../../src/lib/server/feeds/lint.ts';
import { MATRIX } from '../authz/matrix';
import { signedIn } from './session';

/**
 * Random and hostile input at every API endpoint (the list in src/lib/server/api/openapi.ts) and
 * every form action (the list in tests/authz/matrix.ts):
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
		['post', '/api/v1/rollover/preview'],
		['post', '/api/v1/rollover'],
		['post', '/api/v1/import/preview'],
		['post', '/api/v1/import'],
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

test('every write endpoint refuses an oversized body (413) and a cross-site request with the cookie (403), as Danish problems; nothing is saved', async ({ baseURL }) => {
	const meetings = await (await secretariat.get('/api/v1/meetings?from=2027-01-01&to=2027-01-31')).json();
	const events = await (await secretariat.get('/api/v1/events?from=2027-01-01&to=2027-12-31')).json();
	const targets = [
		['post', '/api/v1/meetings'],
		['post', '/api/v1/events'],
		['post', '/api/v1/bodies'],
		['post', '/api/v1/closures'],
		['post', '/api/v1/plans'],
		['post', '/api/v1/plans/preview'],
		['post', '/api/v1/rollover'],
		['post', '/api/v1/cases'],
		['post', '/api/v1/templates'],
		['post', '/api/v1/fixed-items'],
		['post', '/api/v1/feeds'],
		['post', '/api/v1/auth/login'],
		['patch', `/api/v1/meetings/${meetings[0].id}`],
		['patch', `/api/v1/events/${events[0].id}`],
		['patch', '/api/v1/bodies/HU']
	] as const;
	const before = await counts();
	const crossSite = fc.constantFrom<Record<string, string>>({ origin: 'https://evil.example' }, { origin: 'null' }, { origin: `${baseURL}.evil.example` }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' });
	// Sizes between the API's 256 KB and adapter-node's 512 KB, which the server reads before it answers;
	// above that it answers at once and a client still sending may see a reset (request-safety.spec.ts sends one).
	await fc.assert(
		fc.asyncProperty(fc.constantFrom(...targets), fc.integer({ min: 256 * 1024 + 1, max: 500 * 1024 }), crossSite, async ([method, path], size, headers) => {
			const huge = await secretariat.fetch(path, { method, headers: { 'content-type': 'application/json', origin: baseURL! }, data: JSON.stringify({ title: 'x'.repeat(size) }) });
			expect(huge.status(), `${method} ${path} ${size}`).toBe(413);
			await expectDanishProblem(huge, `${method} ${path} ${size}`);
			const forged = await secretariat.fetch(path, { method, headers: { 'content-type': 'application/json', ...headers }, data: '{}' });
			expect(forged.status(), `${method} ${path} ${JSON.stringify(headers)}`).toBe(403);
			await expectDanishProblem(forged, `${method} ${path} ${JSON.stringify(headers)}`);
		}),
		{ numRuns: RUNS }
	);
	expect(await counts()).toEqual(before);
	// Logout, too, is refused cross-site: the session still works afterwards.
	expect((await secretariat.post('/api/v1/auth/logout', { headers: { origin: 'https://evil.example' } })).status()).toBe(403);
	expect((await secretariat.get('/api/v1/closures')).status()).toBe(200);
});

test('any redirectTo after login lands on this site: a path of printable ASCII with one leading slash, never a 5xx', async ({ baseURL }) => {
	const reader = await signedIn(baseURL!, 'reader');
	const hostile = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `/${s}`),
		fc.tuple(fc.constantFrom('/', '//', '/\\', '\\', '/\t/', '/\n/', '/\r\n/', '/\u2028/', '/\u202e/', '/\u3000/', '/\u00a0/', '/%2F/', 'http:', 'https://', 'javascript:'), fc.domain()).map(([a, d]) => `${a}${d}`)
	);
	await fc.assert(
		fc.asyncProperty(hostile, async (raw) => {
			const res = await reader.get(`/login?redirectTo=${encodeURIComponent(raw)}`, { maxRedirects: 0 });
			expect(res.status(), JSON.stringify(raw)).toBe(303);
			const location = res.headers()['location']!;
			expect(location, JSON.stringify(raw)).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
			expect(new URL(location, baseURL).origin, JSON.stringify(raw)).toBe(baseURL);
		}),
		{ numRuns: RUNS * 4 }
	);
	await reader.dispose();
});

test('ISO weeks past the year\'s last week are refused with a 400 naming the week; week 53 is accepted where it exists', async ({ baseURL }) => {
	const weeksIn = (y: number) => {
		const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
		return jan1 === 4 || (isLeap(y) && jan1 === 3) ? 53 : 52;
	};
	await fc.assert(
		fc.asyncProperty(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 52, max: 53 }), async (year, week) => {
			const res = await secretariat.post('/api/v1/plans/preview', { data: { body: 'HU', year, rule: { kind: 'iso-weeks', weekday: 3, weeks: [week] }, start: '10:00', minutes: 60 }, headers: { origin: baseURL! } });
			if (week <= weeksIn(year)) {
				expect(res.status(), `${year} uge ${week}`).toBe(200);
			} else {
				await expectDanishProblem(res, `${year} uge ${week}`);
				expect((await res.json())['invalid-params'], `${year}`).toEqual([{ name: 'rule.weeks.0', reason: `${year} har ingen uge 53; året har 52 uger` }]);
			}
		}),
		{ numRuns: RUNS }
	);
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

/*
 * The forms: every form action of the authorisation matrix (tests/authz/matrix.ts), posted as a
 * browser without JavaScript posts it, by the least role that may use it, with fields that must be
 * refused. Each action's junk spoils at least one field the shared schemas refuse (or a version
 * that cannot be one), so no run can legitimately save; the rest of the form is valid, so the
 * spoiled field is what gets tested. Extra random fields ride along and must be ignored.
 */

const FORM_RUNS = 15;
type Form = Record<string, string>;
type Role = 'public' | 'reader' | 'editor' | 'secretariat' | 'admin';

const notPositiveInt = (s: string) => !(Number.isInteger(Number(s)) && Number(s) >= 1);
/** Never a version or id z.coerce.number().int().positive() would take. */
const badNumber = fc
	.oneof(fc.constantFrom('', '0', '-1', '1.5', 'NaN', 'Infinity', 'to', '<script>alert(1)</script>', '1\r\n2', '½', 'x'.repeat(100_000)), fc.string({ maxLength: 20 }))
	.filter(notPositiveInt);
const SCRIPT = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>');
/** One-line text that must be refused, hostile markup wrapped around it half the time. */
const badText = (max: number) => fc.tuple(badLine(max), fc.option(SCRIPT)).map(([s, script]) => (script ? `${script}${s}` : s));
const blank = fc.constantFrom('', '   ');
const badCode = fc.constantFrom('', 'kb', 'K B', 'K\r\nB', '<script>', 'ABCDEFGHIJKLMNOPQ', '1KB', 'KB;DROP');
const badEmail = fc
	.oneof(fc.constantFrom('', '   ', 'ikke-en-adresse', 'a@b@c.dk', 'a b@c.dk', 'x@y.dk\r\nBcc: z@w.dk', `${'a'.repeat(250)}@b.dk`, '<script>alert(1)</script>'), fc.string({ maxLength: 40 }))
	.filter((s) => !/^[^@\s]+@[^@\s]+$/.test(s.trim().toLowerCase()) || s.trim().length > 254);
/** Extra fields the actions do not read, named so they cannot collide with a real one. */
const extras = fc.dictionary(
	fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x-${k}`),
	fc.oneof(SCRIPT, around(CONTROL), around(NEWLINE), fc.constant('y'.repeat(50_000))),
	{ maxKeys: 3 }
);
/** One spoiled field on an otherwise valid form. */
const spoil = (base: Form, spoilers: fc.Arbitrary<Form>[]) => fc.tuple(extras, fc.oneof(...spoilers)).map(([x, bad]) => ({ ...x, ...base, ...bad }));
const field = (name: string, values: fc.Arbitrary<string>) => values.map((v) => ({ [name]: v }));
const summerGapTimed = summerGap.map((g) => ({ date: g.date, start: g.start, end: '04:00' }));

interface FormTarget {
	/** the action's path, ids filled in */
	path: string;
	junk: fc.Arbitrary<Form>;
	/**
	 * Refusals the page answers without a message by the form: a garbled hidden field (version, id:
	 * only tampering changes those) and the known gaps named where they are set.
	 */
	silent?: (form: Form) => boolean;
}

/** The demo rows the actions are aimed at, and their versions. */
const target: {
	meeting: { id: string; version: number };
	event: { id: string; version: number };
	case: { id: string; version: number };
	fixedItem: { id: number; version: number };
	template: { id: number; version: number };
	kbVersion: number;
	otherUserId: string;
} = {} as never;

function formTargets(): Record<string, FormTarget> {
	const { meeting, event } = target;
	const body: Form = {
		code: 'TST', slug: 'testorgan', name: 'Testorgan', kind: 'standing-committee', color: '#123456', public: 'on',
		defaultStart: '10:00', defaultMinutes: '120', defaultLocation: 'Rådhuset', deadlineDays: '5', deadlineTime: '12:00'
	};
	const bodySpoilers = [
		field('code', badCode),
		field('slug', fc.constantFrom('', 'Store', 'a--b', '-a', '<x>', 'æøå', 'a b', 'x'.repeat(81))),
		field('name', fc.oneof(badText(300), blank)),
		field('kind', fc.constantFrom('', 'udvalg', 'COUNCIL', '<script>')),
		field('color', fc.constantFrom('', 'red', '#12345', '#12345g', '#1234567', 'javascript:alert(1)')),
		field('defaultStart', badTime),
		field('defaultMinutes', fc.constantFrom('', '0', '4', '1441', 'abc', '1.5', '1e9')),
		field('defaultLocation', badText(200)),
		field('deadlineDays', fc.constantFrom('-1', '61', 'abc', '1.5', 'fem')),
		field('deadlineTime', badTime)
	];
	const eventForm: Form = { title: 'Prøve', category: 'other', public: 'on', allDay: 'on', startDate: '2028-05-02', endDate: '2028-05-02' };
	const timed: Form = { title: 'Prøve', category: 'other', public: 'on', date: '2028-05-02', start: '10:00', end: '11:00' };
	const eventSpoilers = [
		field('title', fc.oneof(badText(300), blank)),
		field('location', badText(200)),
		field('description', fc.oneof(around(CONTROL), fc.constant('d'.repeat(2001)))),
		field('startDate', badDate),
		field('endDate', fc.oneof(badDate, fc.constantFrom('2028-05-01', '2027-12-31'))),
		field('category', fc.constantFrom('', 'party', 'SEMINAR', '<script>')),
		field('body', fc.constantFrom('kb', '<script>', 'K B', 'ABCDEFGHIJKLMNOPQ')),
		badDate.map((date) => ({ allDay: '', ...timed, date })),
		badTime.map((start) => ({ allDay: '', ...timed, start })),
		// A timed event's last day before its first.
		fc.constantFrom('2028-05-01', '2027-12-31').map((endDate) => ({ allDay: '', ...timed, endDate })),
		fc.constantFrom('10:00', '09:59').map((end) => ({ allDay: '', ...timed, end })),
		summerGapTimed.map((gap) => ({ allDay: '', ...timed, ...gap }))
	];
	const move: Form = { version: String(meeting.version), date: '2028-03-09', start: '13:00', end: '15:00', location: 'Rådhuset' };
	const moveSpoilers = [
		field('date', badDate),
		field('start', badTime),
		field('end', badTime),
		field('end', fc.constantFrom('13:00', '12:59', '00:00')),
		field('location', badText(200)),
		field('version', badNumber),
		summerGapTimed
	];
	const plan: Form = { body: 'HU', year: '2027', kind: 'monthly', weekday: '4', nth: '4', start: '13:00', minutes: '120' };
	const planSpoilers = [
		field('body', badCode),
		field('year', fc.constantFrom('', 'abc', '1999', '2101', '2027.5', '<script>')),
		field('kind', fc.constantFrom('', 'daily', 'MONTHLY', '<script>')),
		field('weekday', fc.constantFrom('0', '8', 'x', '1.5', '')),
		field('nth', fc.constantFrom('0', '5', '-2', 'x', '')),
		field('start', badTime),
		field('minutes', fc.constantFrom('', '0', '4', '1441', 'abc', '1.5')),
		fc.constantFrom('54', '0', 'x', '5, 60', '').map((weeks) => ({ kind: 'iso-weeks', weeks })),
		fc.constantFrom('', 'kb', '<script>').map((anchorBody) => ({ kind: 'relative', anchorBody, offsetDays: '-7' })),
		fc.constantFrom('-61', '61', 'x', '1.5').map((offsetDays) => ({ kind: 'relative', anchorBody: 'KB', offsetDays }))
	];
	const closureJunk = spoil({ name: 'Prøve', from: '2028-07-01', to: '2028-07-03' }, [
		field('name', fc.oneof(badText(300), blank)),
		field('from', badDate),
		// 2029-07-03 is 367 days after 2028-07-01: longer than the year a closure may span.
		field('to', fc.oneof(badDate, fc.constantFrom('2028-06-30', '2029-07-03'))),
		field('body', fc.constantFrom('kb', '<script>', 'K B', 'ABCDEFGHIJKLMNOPQ'))
	]);
	const caseBase: Form = { title: 'Prøve', template: 'Politisk sag', committee: 'MTU', target: 'by', by: '2027-06-30' };
	const planTargetSpoilers = [
		field('by', badDate),
		badDate.map((start) => ({ target: 'start', start })),
		fc.oneof(fc.constantFrom('', 'ikke-et-id', '<script>'), fc.string({ maxLength: 40 })).map((meeting) => ({ target: 'meeting', meeting })),
		field('committee', fc.constantFrom('kb', '<script>', 'K B', 'ABCDEFGHIJKLMNOPQ')),
		fc.tuple(badCode.filter((c) => c !== ''), fc.constantFrom('beslutning', 'drøftelse')).map(([code, role]) => ({ pathMode: 'adhoc', 'stages.0.body': code, 'stages.0.role': role })),
		fc.constantFrom('', 'afgørelse', '<script>').map((role) => ({ pathMode: 'adhoc', 'stages.0.body': 'KB', 'stages.0.role': role })),
		fc.constant({ pathMode: 'adhoc' })
	];
	// Without a file; with a table as the preview keeps it, but a column choice it does not have.
	const importTable = JSON.stringify({ format: 'csv', sheet: null, headers: ['Organ', 'Dato'], rows: [{ line: 2, cells: ['KB', '23-05-2027'] }] });
	const importSpoilers = [
		field('target', fc.constantFrom('', 'møder', 'MEETINGS', '<script>', 'x'.repeat(300))).map((f) => (f.target === '' ? { target: 'x' } : f)),
		field('body', fc.constantFrom('kb', '<script>', 'K B', 'ABCDEFGHIJKLMNOPQ')),
		field('table', fc.oneof(fc.constantFrom('', '{}', '[]', 'null', '{"format":"xlsx"}', '<script>alert(1)</script>'), fc.string({ maxLength: 50 }))),
		fc.constantFrom('-1', '2', '1.5', 'x', '<script>').map((v) => ({ table: importTable, 'col.date': v }))
	];
	const fixedItem: Form = { body: 'KB', title: 'Prøve', kind: 'every-meeting', sortOrder: '0' };
	const fixedItemSpoilers = [
		field('body', badCode),
		field('title', fc.oneof(badText(300), blank)),
		field('kind', fc.constantFrom('', 'hver-gang', 'EVERY-MEETING', '<script>')),
		field('sortOrder', fc.constantFrom('-1', '1001', 'x', '1.5')),
		field('description', fc.constant('d'.repeat(2001))),
		// Months chosen by the month-n boxes; none at all is refused for a months rule.
		fc.constant({ kind: 'months' }),
		fc.constantFrom('0', '13', 'x', '1.5', '').map((every) => ({ kind: 'every-n-years', every, fromYear: '2020' })),
		fc.constantFrom('1969', '2101', 'x', '').map((fromYear) => ({ kind: 'every-n-years', every: '3', fromYear }))
	];
	const template: Form = { name: 'Prøve', 'stage-0-body': 'ØK', 'stage-0-role': 'indstilling', 'stage-1-body': 'KB', 'stage-1-role': 'beslutning' };
	const templateSpoilers = [
		field('name', fc.oneof(badText(200), blank)),
		field('stage-0-body', badCode.filter((c) => c !== '')),
		field('stage-1-role', fc.constantFrom('', 'afgørelse', '<script>')),
		field('stage-0-minGapDays', fc.constantFrom('-1', '121', 'x', '1.5')),
		// Two decisions; a gap in the path; no stage at all.
		fc.constant({ 'stage-0-role': 'beslutning' }),
		fc.constant({ 'stage-3-body': 'KB' }),
		fc.constant({ 'stage-0-body': '', 'stage-1-body': '' })
	];
	const user: Form = { email: 'ny.bruger@demo.aarshjul.dk', name: 'Ny Bruger', unit: '', role: 'reader', password: 'et-langt-kodeord-123' };
	const role = fc.constantFrom('', 'superuser', 'ADMIN', 'læser', '<script>alert(1)</script>');
	return {
		'POST /login?/default': {
			path: '/login',
			junk: spoil({ email: 'ingen@eksempel.dk', password: 'forkert' }, [field('email', badEmail), field('password', fc.constantFrom('', 'p'.repeat(257)))])
		},
		'POST /konto?/password': {
			path: '/konto?/password',
			junk: fc.oneof(
				fc.constantFrom('', 'kort', 'elleve-tegn', 'x'.repeat(257)).map((next) => ({ current: 'forkert-kodeord', next, confirm: next })),
				fc.constantFrom('', 'ikke-ens', 'et-langt-kodeord-1234').map((confirm) => ({ current: 'forkert-kodeord', next: 'et-langt-kodeord-123', confirm })),
				// Well-formed but the wrong current password: refused after checking it.
				fc.oneof(SCRIPT, around(CONTROL), fc.constant('')).map((current) => ({ current, next: 'et-langt-kodeord-123', confirm: 'et-langt-kodeord-123' }))
			)
		},
		'POST /konto?/revoke': { path: '/konto?/revoke', junk: spoil({}, [field('id', fc.oneof(badNumber, SCRIPT, fc.uuid()))]), silent: () => true },
		'POST /abonner?/create': {
			path: '/abonner?/create',
			junk: spoil({ name: 'Prøve' }, [
				badText(300).map((name) => ({ name, body: 'KB' })),
				blank.map((name) => ({ name, body: 'KB' })),
				field('body', fc.constantFrom('', '   ', 'x'.repeat(21))),
				field('category', fc.constantFrom('party', '', 'SEMINAR', '<script>')),
				// Nothing chosen at all.
				fc.constant({})
			]),
		},
		'POST /abonner?/revoke': { path: '/abonner?/revoke', junk: spoil({}, [field('id', badNumber)]) },
		'POST /abonner?/regenerate': { path: '/abonner?/regenerate', junk: spoil({}, [field('id', badNumber)]) },
		'POST /moeder/[id]?/move': { path: `/moeder/${meeting.id}?/move`, junk: spoil(move, moveSpoilers) },
		'POST /moeder/[id]?/moveAndRepair': {
			path: `/moeder/${meeting.id}?/moveAndRepair`,
			junk: spoil({ ...move, case: target.case.id, caseVersion: String(target.case.version), changes: '[{"stage":0,"meeting":null}]' }, [
				...moveSpoilers,
				field('changes', fc.oneof(fc.constantFrom('', '[]', '{}', 'null', '[{"stage":20,"meeting":null}]', '[{"stage":0,"meeting":"<script>"}]'), SCRIPT)),
				field('case', fc.constantFrom('', 'ikke-et-id', '<script>alert(1)</script>')),
				field('caseVersion', badNumber)
			])
		},
		'POST /moeder/[id]?/impact': { path: `/moeder/${meeting.id}?/impact`, junk: spoil(move, moveSpoilers) },
		'POST /moeder/[id]?/constitutive': { path: `/moeder/${meeting.id}?/constitutive`, junk: spoil({}, [field('constitutive', fc.constantFrom('', 'ja', 'TRUE', '1', '<script>'))]) },
		'POST /moeder/[id]?/briefing': { path: `/moeder/${meeting.id}?/briefing`, junk: spoil({ pin: 'true' }, [field('council', fc.constantFrom('', 'x', '<script>', '00000000-0000-4000-8000-00000000000Z'))]) },
		'POST /moeder/[id]?/cancel': {
			path: `/moeder/${meeting.id}?/cancel`,
			junk: fc.oneof(
				spoil({ note: 'Aflyst' }, [field('version', badNumber)]),
				spoil({ version: String(meeting.version) }, [field('note', fc.oneof(around(CONTROL), fc.constant('n'.repeat(2001))))])
			)
		},
		'POST /moeder/[id]?/restore': { path: `/moeder/${meeting.id}?/restore`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /moeder/[id]?/delete': { path: `/moeder/${meeting.id}?/delete`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /redigering/organer/ny?/default': { path: '/redigering/organer/ny', junk: spoil(body, bodySpoilers) },
		'POST /redigering/organer/[code]?/default': {
			path: '/redigering/organer/KB',
			junk: spoil({ ...body, code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', kind: 'council', version: String(target.kbVersion) }, [...bodySpoilers, field('version', badNumber)])
		},
		// The page draws the plan form (and its messages) only for a chosen body and year, so the post keeps them in the address.
		'POST /redigering/moedeplaner?/preview': { path: '/redigering/moedeplaner?body=HU&year=2027&/preview', junk: spoil(plan, planSpoilers) },
		'POST /redigering/moedeplaner?/accept': { path: '/redigering/moedeplaner?body=HU&year=2027&/accept', junk: spoil(plan, planSpoilers) },
		'POST /redigering/begivenheder/ny?/default': { path: '/redigering/begivenheder/ny', junk: spoil(eventForm, eventSpoilers) },
		'POST /begivenheder/[id]?/update': {
			path: `/begivenheder/${event.id}?/update`,
			junk: spoil({ ...eventForm, version: String(event.version) }, [...eventSpoilers, field('version', badNumber)])
		},
		'POST /begivenheder/[id]?/delete': { path: `/begivenheder/${event.id}?/delete`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /redigering/lukkedage?/create': { path: '/redigering/lukkedage?/create', junk: closureJunk },
		'POST /redigering/lukkedage?/impact': { path: '/redigering/lukkedage?/impact', junk: closureJunk },
		// The page draws the rollover for the year in the address; the posted year is what is refused.
		'POST /redigering/nyt-aar?/accept': { path: '/redigering/nyt-aar?year=2027&/accept', junk: spoil({ from: '2027' }, [field('from', fc.constantFrom('', 'x', '1981', '2200', '2027.5', '<script>alert(1)</script>'))]) },
		'POST /redigering/lukkedage?/delete': { path: '/redigering/lukkedage?/delete', junk: spoil({}, [field('id', badNumber)]) },
		'POST /redigering/faste-punkter/ny?/save': { path: '/redigering/faste-punkter/ny?/save', junk: spoil(fixedItem, fixedItemSpoilers) },
		'POST /redigering/faste-punkter/[id]?/save': {
			path: `/redigering/faste-punkter/${target.fixedItem.id}?/save`,
			junk: spoil({ ...fixedItem, version: String(target.fixedItem.version) }, [...fixedItemSpoilers, field('version', badNumber)])
		},
		'POST /redigering/faste-punkter/[id]?/delete': { path: `/redigering/faste-punkter/${target.fixedItem.id}?/delete`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /redigering/sagsskabeloner/ny?/save': { path: '/redigering/sagsskabeloner/ny?/save', junk: spoil(template, templateSpoilers) },
		'POST /redigering/sagsskabeloner/[id]?/save': {
			path: `/redigering/sagsskabeloner/${target.template.id}?/save`,
			junk: spoil({ ...template, version: String(target.template.version) }, [...templateSpoilers, field('version', badNumber)])
		},
		'POST /redigering/sagsskabeloner/[id]?/delete': { path: `/redigering/sagsskabeloner/${target.template.id}?/delete`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /admin/brugere?/create': {
			path: '/admin/brugere?/create',
			junk: spoil(user, [
				field('email', badEmail),
				field('name', fc.oneof(badText(300), blank)),
				field('unit', fc.constant('u'.repeat(201))),
				field('role', role),
				field('password', fc.constantFrom('', 'kort', 'elleve-tegn', 'p'.repeat(257)))
			])
		},
		'POST /admin/brugere?/role': { path: '/admin/brugere?/role', junk: fc.oneof(spoil({ role: 'reader' }, [field('id', badNumber)]), spoil({ id: target.otherUserId }, [field('role', role)])) },
		'POST /admin/brugere?/disable': { path: '/admin/brugere?/disable', junk: spoil({ disabled: 'true' }, [field('id', badNumber)]) },
		'POST /admin/api-noegler?/create': {
			path: '/admin/api-noegler?/create',
			junk: spoil({ name: 'Prøve', role: 'reader', unit: '' }, [field('name', fc.oneof(badText(300), blank)), field('role', role), field('unit', fc.constant('u'.repeat(201)))])
		},
		'POST /admin/api-noegler?/revoke': { path: '/admin/api-noegler?/revoke', junk: spoil({}, [field('id', badNumber)]) },
		'POST /redigering/import?/preview': { path: '/redigering/import?/preview', junk: spoil({ target: 'meetings' }, importSpoilers) },
		'POST /redigering/import?/accept': { path: '/redigering/import?/accept', junk: spoil({ target: 'meetings' }, importSpoilers) },
		'POST /admin/login-tjeneste?/settings': {
			path: '/admin/login-tjeneste?/settings',
			junk: spoil({ roleClaim: 'groups', unitClaim: '', defaultRole: 'reader', version: '1' }, [
				field('roleClaim', fc.oneof(blank, SCRIPT, around(CONTROL), fc.constantFrom('a b', 'g'.repeat(101), 'groups\r\nx'))),
				field('unitClaim', fc.oneof(SCRIPT, CONTROL.map((c) => `a${c}b`), fc.constantFrom('a b', 'd'.repeat(101)))),
				field('defaultRole', fc.oneof(role, fc.constantFrom('NONE', 'ingen'))),
				field('version', badNumber)
			])
		},
		'POST /admin/login-tjeneste?/addRule': {
			path: '/admin/login-tjeneste?/addRule',
			junk: spoil({ claimValue: 'aarshjul-laesere', role: 'reader' }, [
				field('claimValue', fc.oneof(blank, CONTROL.map((c) => `a${c}b`), fc.constant('v'.repeat(201)))),
				field('role', fc.oneof(role, fc.constantFrom('NONE', 'ingen')))
			])
		},
		'POST /admin/login-tjeneste?/deleteRule': { path: '/admin/login-tjeneste?/deleteRule', junk: spoil({}, [field('id', badNumber)]) },
		'POST /sager/ny?/plan': { path: '/sager/ny?/plan', junk: spoil(caseBase, planTargetSpoilers) },
		'POST /sager/ny?/create': {
			path: '/sager/ny?/create',
			junk: spoil(caseBase, [
				...planTargetSpoilers,
				field('title', fc.oneof(badText(300), blank)),
				field('caseNumber', fc.constantFrom('abc', '1/2', '12345678/23', '123/2023', '<script>')),
				field('unit', badText(200)),
				field('responsible', badText(200)),
				field('description', fc.oneof(around(CONTROL), fc.constant('d'.repeat(10_001))))
			])
		},
		'POST /sager/[id]?/repair': {
			path: `/sager/${target.case.id}?/repair`,
			junk: spoil({ version: String(target.case.version) }, [
				field('changes', fc.oneof(fc.constantFrom('', '[]', '{}', 'null', '[{"stage":20,"meeting":null}]', '[{"stage":-1,"meeting":null}]', '[{"stage":0,"meeting":"<script>"}]', '[{"stage":0}]'), SCRIPT, fc.string({ maxLength: 60 }).filter((s) => !s.trim().startsWith('[')))),
				fc.tuple(badNumber, fc.constant('[{"stage":0,"meeting":null}]')).map(([version, changes]) => ({ version, changes }))
			])
		},
		'POST /sager/[id]?/status': {
			path: `/sager/${target.case.id}?/status`,
			junk: spoil({ version: String(target.case.version), stage: '0', status: 'treated' }, [
				// ('' would be stage 0: z.coerce.number reads it as 0.)
				field('stage', fc.constantFrom('-1', '20', 'x', '1.5', '<script>')),
				field('status', fc.constantFrom('', 'done', 'TREATED', '<script>alert(1)</script>')),
				field('version', badNumber)
			])
		},
		'POST /sager/[id]?/delete': { path: `/sager/${target.case.id}?/delete`, junk: spoil({}, [field('version', badNumber)]) },
		'POST /sager/[id]?/keyCase': { path: `/sager/${target.case.id}?/keyCase`, junk: spoil({ version: String(target.case.version), keyCase: 'on' }, [field('version', badNumber)]) },
		'POST /redigering/hjul?/threshold': {
			path: '/redigering/hjul?/threshold',
			junk: spoil({ version: '1', loadThreshold: '5' }, [
				field('loadThreshold', fc.constantFrom('', '0', '-3', '1.5', '1000', 'x', '<script>alert(1)</script>')),
				field('version', badNumber)
			])
		}
	};
}

/** The least role the matrix lets use the action: the first whose answer is not a redirect to login or a refusal. */
function actingRole(expect: Record<Role, number>): Role {
	return (['public', 'reader', 'editor', 'secretariat', 'admin'] as const).find((r) => expect[r] !== 303 && expect[r] !== 403)!;
}

/** Texts the page shows as errors (field errors, form errors, alerts), tags stripped. */
function shownErrors(html: string): string[] {
	return [...html.matchAll(/<(p|div|section)\b[^>]*(?:class="[^"]*\berror\b[^"]*"|role="alert")[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim()).filter(Boolean);
}

test.describe('forms', () => {
	const clients = new Map<Role, APIRequestContext>();
	let targets: Record<string, FormTarget>;

	test.beforeAll(async ({ baseURL }) => {
		clients.set('public', await request.newContext({ baseURL }));
		for (const role of ['reader', 'editor', 'secretariat', 'admin'] as const) clients.set(role, await signedIn(baseURL!, role));
		const staff = clients.get('secretariat')!;
		const meetings = await (await staff.get('/api/v1/meetings?from=2024-02-01&to=2024-02-29')).json();
		const kb = meetings.find((m: { body: string }) => m.body === 'KB');
		target.meeting = { id: kb.id, version: kb.version };
		const events = await (await staff.get('/api/v1/events?from=2024-01-01&to=2024-01-31')).json();
		const ev = events.find((e: { public: boolean }) => e.public);
		target.event = { id: ev.id, version: ev.version };
		const cases = await (await staff.get('/api/v1/cases')).json();
		// One of the editor's own unit, so the refusal is about the input, not about who may edit.
		const open = cases.find((c: { closed: boolean; unit: string }) => !c.closed && c.unit === 'HR og Personale');
		target.case = { id: open.id, version: open.version };
		target.kbVersion = (await (await staff.get('/api/v1/bodies/KB')).json()).version;
		const [item] = await (await staff.get('/api/v1/fixed-items')).json();
		target.fixedItem = { id: item.id, version: item.version };
		const [tpl] = await (await staff.get('/api/v1/templates')).json();
		target.template = { id: tpl.id, version: tpl.version };
		// A user whose row has a role form (the admin's own row has none), so the message has a place.
		target.otherUserId = /name="id" value="(\d+)"/.exec(await (await clients.get('admin')!.get('/admin/brugere')).text())![1]!;
		targets = formTargets();
	});
	test.afterAll(async () => {
		for (const c of clients.values()) await c.dispose();
	});

	/** Everything a form could have changed: counts, the rows the actions aim at, the audit log's newest entry, users' subscriptions and API keys. */
	async function snapshot() {
		const get = async (role: Role, path: string) => {
			const res = await clients.get(role)!.get(path);
			expect(res.status(), path).toBe(200);
			return res.json();
		};
		const [audit] = await get('admin', '/api/v1/audit?limit=1');
		return {
			...(await counts()),
			cases: (await get('secretariat', '/api/v1/cases')).length,
			tokens: (await get('admin', '/api/v1/tokens')).length,
			feeds: Object.fromEntries(await Promise.all((['reader', 'editor', 'secretariat', 'admin'] as const).map(async (r) => [r, (await get(r, '/api/v1/feeds')).length]))),
			meeting: await get('secretariat', `/api/v1/meetings/${target.meeting.id}`),
			event: await get('secretariat', `/api/v1/events/${target.event.id}`),
			case: await get('secretariat', `/api/v1/cases/${target.case.id}`),
			kb: await get('secretariat', '/api/v1/bodies/KB'),
			newestAudit: audit?.id ?? null
		};
	}

	test('every form action of the authorisation matrix has hostile input here', () => {
		const actions = MATRIX.filter((r) => r.endpoint.includes('?/') && !r.endsSession).map((r) => r.endpoint);
		expect(actions.filter((a) => !(a in targets))).toEqual([]);
		expect(Object.keys(targets).filter((a) => !actions.includes(a))).toEqual([]);
	});

	for (const row of MATRIX.filter((r) => r.endpoint.includes('?/') && !r.endsSession)) {
		test(`${row.endpoint} refuses hostile fields with ${row.expect[actingRole(row.expect)]}; nothing is saved`, async ({ baseURL }) => {
			const role = actingRole(row.expect);
			const expected = row.expect[role];
			const { path, junk, silent = () => false } = targets[row.endpoint]!;
			const before = await snapshot();
			await fc.assert(
				fc.asyncProperty(junk, async (form) => {
					const what = `${role} ${path} ${JSON.stringify(form).slice(0, 300)}`;
					const res = await clients.get(role)!.fetch(path, {
						method: 'POST',
						maxRedirects: 0,
						headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
						data: new URLSearchParams(form).toString()
					});
					const html = await res.text();
					expect(res.status(), `${what}\n${shownErrors(html).join(' | ')}`).toBe(expected);
					expect(res.headers()['content-type'], what).toMatch(/^text\/html/);
					// The values come back in the re-rendered form: escaped, never as markup.
					expect(html, what).not.toContain('<script>alert(');
					expect(html, what).not.toContain('<img src=x');
					const hiddenSpoiled = ['version', 'id'].some((k) => form[k] !== undefined && notPositiveInt(form[k]!));
					if (hiddenSpoiled || silent(form)) return;
					const errors = shownErrors(html);
					expect(errors.length, `${what}: no message shown in ${html.slice(html.indexOf('<main'), html.indexOf('<main') + 1500)}`).toBeGreaterThan(0);
					for (const e of errors) expect(e, what).not.toMatch(ENGLISH);
				}),
				{ numRuns: FORM_RUNS }
			);
			expect(await snapshot()).toEqual(before);
		});
	}
});
