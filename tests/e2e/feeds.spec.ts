import { expect, test, type APIRequestContext } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { lintIcs } from '../../src/lib/server/feeds/lint.ts';
import { parseFeed, parseFeedWithNodeIcal } from '../unit/feeds/parse.ts';
import { pageSignedIn, signedIn } from './session';

/** The iCalendar feeds through the running production build, on the demo years. */

const HOST = `127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const ORIGIN = `http://${HOST}`;
const PUBLIC_BODIES = [
	['Kommunalbestyrelsen', 'kommunalbestyrelsen'],
	['Økonomiudvalget', 'oekonomiudvalget'],
	['Miljø- og teknikudvalget', 'miljoe-og-teknikudvalget'],
	['Børne- og ungdomsudvalget', 'boerne-og-ungdomsudvalget'],
	['Social-, sundheds- og ældreudvalget', 'social-sundheds-og-aeldreudvalget'],
	['Kultur- og fritidsudvalget', 'kultur-og-fritidsudvalget'],
	['Hovedudvalget (Hoved-MED)', 'hovedudvalget'],
	['Direktionen', 'direktionen']
];

async function fetchFeed(request: APIRequestContext, path: string) {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	const text = await res.text();
	return { res, text, feed: parseFeed(text) };
}

// The demo data and the feed window both follow today's date, so the summer-time checks use
// the year after this one: always loaded, always inside the window.
const today = Temporal.Now.plainDateISO('Europe/Copenhagen');
const lastSunday = (year: number, month: number) => {
	const d = Temporal.PlainDate.from({ year, month, day: 31 });
	return d.subtract({ days: d.dayOfWeek % 7 });
};

test('the public feed resolves DIR at 09:00 to 08:00Z in winter and 07:00Z in summer on both sides of each change', async ({ request }) => {
	const { feed } = await fetchFeed(request, '/feeds/offentlig.ics');
	const year = today.year + 1;
	const spring = lastSunday(year, 3);
	const autumn = lastSunday(year, 10);
	const dirStarts = new Set(feed.events.filter((e) => e.summary === 'Direktionen').map((e) => e.start));
	const wanted = [
		`${spring.subtract({ days: 4 })}T08:00:00.000Z`,
		`${spring.add({ days: 3 })}T07:00:00.000Z`,
		`${autumn.subtract({ days: 4 })}T07:00:00.000Z`,
		`${autumn.add({ days: 3 })}T08:00:00.000Z`
	];
	expect(wanted.filter((w) => dirStarts.has(w))).toEqual(wanted);
});

test('the public feed holds public bodies and public events only', async ({ request }) => {
	const { feed } = await fetchFeed(request, '/feeds/offentlig.ics');
	expect(feed.name).toBe('Årshjul – alle offentlige møder og begivenheder');
	expect([...new Set(feed.events.map((e) => e.summary))].sort()).toEqual(
		[...PUBLIC_BODIES.map(([name]) => name!), 'Nytårskur', 'Frist: Økonomiudvalgets budgetforslag', 'Frist: budgetvedtagelse'].sort()
	);
	const text = feed.events.map((e) => `${e.summary}\n${e.description}`).join('\n');
	for (const hidden of ['Chefforum', 'Informationssikkerhedsudvalget', 'KB-seminar', 'Nytårskur for ledere', 'Budgetseminar', 'Strategisk dialog', 'Dialogmøder']) {
		expect(text, hidden).not.toContain(hidden);
	}
});

test('a body feed carries exactly the meetings the API lists for that body in the window, with their ids as UIDs', async ({ request }) => {
	const { feed } = await fetchFeed(request, '/feeds/organer/kommunalbestyrelsen.ics');
	expect(feed.name).toBe('Årshjul – Kommunalbestyrelsen');
	const from = today.subtract({ years: 1 });
	const to = today.add({ years: 2 });
	const api: { id: string; start: string }[] = await (await request.get(`/api/v1/meetings?from=${from}&to=${to}&body=KB`)).json();
	expect(api.length).toBeGreaterThan(10);
	expect(feed.events.map((e) => [e.uid, e.start])).toEqual(api.map((m) => [`meeting-${m.id}@aarshjul`, new Date(m.start).toISOString()]));
	const first = feed.events[0]!;
	expect(first).toMatchObject({ summary: 'Kommunalbestyrelsen', location: 'Byrådssalen, Rådhuset, Grenaa', sequence: 0, status: null });
	expect(first.url).toBe(`${ORIGIN}/organer/kommunalbestyrelsen?year=${first.start.slice(0, 4)}`);
	expect(first.description).toContain(`Mødeplan: ${ORIGIN}/organer/kommunalbestyrelsen?year=`);
});

test('internal and unknown bodies, unknown cases and tokens have no feed: 404 in plain text, not JSON', async ({ request }) => {
	const paths = [
		...['chefforum', 'informationssikkerhedsudvalget', 'findes-ikke'].map((slug) => `/feeds/organer/${slug}.ics`),
		'/feeds/sager/00000000-0000-4000-8000-000000000000.ics',
		'/feeds/personlig/abcdefghijkmnpqrstuvwxyz23456789.ics'
	];
	for (const path of paths) {
		const res = await request.get(path, { headers: { accept: '*/*' } });
		expect([path, res.status(), res.headers()['content-type'], await res.text()]).toEqual([path, 404, 'text/plain; charset=utf-8', 'Kalenderen findes ikke.\n']);
	}
});

test('every listed feed is text/calendar inline, lints clean, reads the same in two parsers and renders the same bytes twice', async ({ request }) => {
	const list: { name: string; url: string; kind: string }[] = await (await request.get('/api/v1/feeds')).json();
	for (const { url, name } of list) {
		const path = new URL(url).pathname;
		const { res, text, feed } = await fetchFeed(request, path);
		expect(res.headers()['content-type'], path).toBe('text/calendar; charset=utf-8');
		expect(res.headers()['cache-control'], path).toBe('public, max-age=300');
		expect(res.headers()['content-disposition'], path).toMatch(/^inline; filename="aarshjul-[a-z-]+\.ics"$/);
		expect(lintIcs(await res.body()), path).toEqual([]);
		const byUid = <T extends { uid: string }>(xs: T[]) => [...xs].sort((a, b) => (a.uid < b.uid ? -1 : 1));
		expect(byUid(parseFeedWithNodeIcal(text)), path).toEqual(byUid(feed.events.map(({ url: _url, ...e }) => e)));
		expect(feed.name, path).toBe(name);
		const again = await request.get(path);
		expect([await again.text() === text, again.headers()['etag']], path).toEqual([true, res.headers()['etag']]);
	}
});

test('GET /api/v1/feeds lists the public feed and one per public body with absolute URLs', async ({ request }) => {
	const res = await request.get('/api/v1/feeds');
	expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
	expect(await res.json()).toEqual([
		{ name: 'Årshjul – alle offentlige møder og begivenheder', url: `${ORIGIN}/feeds/offentlig.ics`, kind: 'public' },
		...PUBLIC_BODIES.map(([name, slug]) => ({ name: `Årshjul – ${name}`, url: `${ORIGIN}/feeds/organer/${slug}.ics`, kind: 'body' }))
	]);
	expect((await request.get('/api/v1/feeds?token=x')).status()).toBe(400);
});

const CODINGS = [
	['identity', undefined, ''],
	['gzip', 'gzip', '.gz'],
	['gzip, deflate, br', 'br', '.br']
] as const;

test('an unchanged feed answers 304 to If-None-Match and to If-Modified-Since, for each coding', async ({ request }) => {
	for (const [accept, coding, suffix] of CODINGS) {
		const first = await request.get('/feeds/offentlig.ics', { headers: { 'accept-encoding': accept } });
		const { etag, 'last-modified': lastModified, vary, 'content-encoding': encoding } = first.headers();
		expect([accept, etag, vary, encoding]).toEqual([accept, expect.stringMatching(new RegExp(`^"[A-Za-z0-9_-]{43}${suffix.replace('.', '\\.')}"$`)), 'Accept-Encoding', coding]);
		expect(new Date(lastModified!).toUTCString()).toBe(lastModified);
		const byTag = await request.get('/feeds/offentlig.ics', { headers: { 'accept-encoding': accept, 'if-none-match': etag! } });
		expect([byTag.status(), (await byTag.body()).byteLength, byTag.headers()['etag'], byTag.headers()['vary']]).toEqual([304, 0, etag, 'Accept-Encoding']);
		const byDate = await request.get('/feeds/offentlig.ics', { headers: { 'accept-encoding': accept, 'if-modified-since': lastModified! } });
		expect(byDate.status()).toBe(304);
		const stale = await request.get('/feeds/offentlig.ics', { headers: { 'accept-encoding': accept, 'if-none-match': '"forældet"' } });
		expect(stale.status()).toBe(200);
	}
});

test('HEAD answers with the headers of GET and no body, for each coding', async ({ request }) => {
	for (const [accept] of CODINGS) {
		const get = await request.get('/feeds/organer/direktionen.ics', { headers: { 'accept-encoding': accept } });
		const head = await request.head('/feeds/organer/direktionen.ics', { headers: { 'accept-encoding': accept } });
		expect(head.status()).toBe(200);
		expect((await head.body()).byteLength).toBe(0);
		for (const h of ['content-type', 'content-length', 'content-encoding', 'vary', 'etag', 'last-modified', 'cache-control', 'content-disposition']) expect(head.headers()[h], `${accept} ${h}`).toBe(get.headers()[h]);
	}
	expect((await request.head('/feeds/organer/chefforum.ics')).status()).toBe(404);
});

test('a body feed carries the body’s colour as COLOR and X-APPLE-CALENDAR-COLOR before its components', async ({ request }) => {
	const [kb] = (await (await request.get('/api/v1/bodies')).json()).filter((b: { code: string }) => b.code === 'KB') as { color: string }[];
	const text = await (await request.get('/feeds/organer/kommunalbestyrelsen.ics')).text();
	const head = text.slice(0, text.indexOf('BEGIN:VTIMEZONE')).split('\r\n');
	expect(head).toContain(`X-APPLE-CALENDAR-COLOR:${kb!.color.toUpperCase()}`);
	expect(head.some((l) => /^COLOR:[a-z]+$/.test(l))).toBe(true);
});

test('a meeting deleted: it leaves the body feed, Last-Modified moves, and the old If-Modified-Since no longer gets 304', async ({ request, baseURL }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const date = today.add({ months: 5 }).toString();
	const created = await secretariat.post('/api/v1/meetings', { data: { body: 'DIR', date, start: '13:00', end: '14:00', note: 'Feedtest' } });
	expect(created.status()).toBe(201);
	const meeting = (await created.json()) as { id: string; version: number };
	const before = await request.get('/feeds/organer/direktionen.ics');
	expect(await before.text()).toContain(`UID:meeting-${meeting.id}@aarshjul`);
	expect((await secretariat.delete(`/api/v1/meetings/${meeting.id}?version=${meeting.version}`)).status()).toBe(204);
	const after = await request.get('/feeds/organer/direktionen.ics', { headers: { 'if-modified-since': before.headers()['last-modified']! } });
	expect(after.status()).toBe(200);
	expect(await after.text()).not.toContain(`meeting-${meeting.id}`);
	expect(Date.parse(after.headers()['last-modified']!)).toBeGreaterThan(Date.parse(before.headers()['last-modified']!));
	expect(after.headers()['etag']).not.toBe(before.headers()['etag']);
	await secretariat.dispose();
});

test('the subscription page offers one-click links for Outlook, Google and Apple and copies the address', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Abonnér' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abonnér på kalenderen');
	const kb = page.locator('#organ-KB');
	await expect(kb.getByRole('heading')).toHaveText('Årshjul – Kommunalbestyrelsen');
	const https = `${ORIGIN}/feeds/organer/kommunalbestyrelsen.ics`;
	const webcal = `webcal://${HOST}/feeds/organer/kommunalbestyrelsen.ics`;
	const query = `url=${encodeURIComponent(https)}&name=${encodeURIComponent('Årshjul – Kommunalbestyrelsen')}`;
	expect(query).toContain('name=%C3%85rshjul%20%E2%80%93%20Kommunalbestyrelsen');
	await expect(kb.getByRole('link', { name: 'Outlook på nettet (Microsoft 365)' })).toHaveAttribute('href', `https://outlook.office.com/calendar/0/addfromweb?${query}`);
	await expect(kb.getByRole('link', { name: 'Outlook.com' })).toHaveAttribute('href', `https://outlook.live.com/calendar/0/addfromweb?${query}`);
	await expect(kb.getByRole('link', { name: 'Google Kalender' })).toHaveAttribute('href', `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`);
	await expect(kb.getByRole('link', { name: 'Apple Kalender' })).toHaveAttribute('href', webcal);
	await expect(kb.getByRole('textbox')).toHaveValue(https);
	await kb.getByRole('button', { name: 'Kopiér adresse' }).click();
	await expect(kb.getByRole('status')).toHaveText('Kopieret');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(https);
	await kb.getByText('Virker knappen ikke? Tilføj kalenderen med adressen').click();
	const google = kb.getByRole('region', { name: 'Google Kalender: Fra URL' });
	await expect(google).toContainText('Fra webadresse');
	await expect(google.locator('code')).toHaveText(https);
	await expect(google).toContainText('op til et døgn');
	await expect(kb.getByRole('region', { name: 'Nyt Outlook: Fra URL' }).locator('code')).toHaveText(https);
	await expect(kb.getByRole('region', { name: 'Nyt Outlook: Fra URL' })).toContainText('Abonner fra internettet');
	await expect(page.locator('#opdatering')).toContainText('op til et døgn');
	await expect(page.getByRole('heading', { name: 'Sådan abonnerer du i Outlook på din computer' })).toBeVisible();
	await expect(page.locator('.feeds > li')).toHaveCount(1 + PUBLIC_BODIES.length);
});

test('a body page links to its feed on the subscription page', async ({ page }) => {
	await page.goto('/organer/direktionen');
	await page.getByRole('link', { name: 'Abonnér på mødeplanen i din egen kalender' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/abonner#organ-DIR`);
	await expect(page.locator('#organ-DIR').getByRole('textbox')).toHaveValue(`${ORIGIN}/feeds/organer/direktionen.ics`);
});

test('a body feed carries the open agenda of each meeting', async ({ request }) => {
	const feed = parseFeed(await (await request.get('/feeds/organer/oekonomiudvalget.ics')).text());
	const meeting = feed.events.find((e) => e.start.startsWith('2027-06-15'))!;
	expect(meeting.description).toContain('Dagsorden:\n1. Trivselsmåling og handleplan');
	expect(meeting.description).toMatch(/\nMødet: http:\/\/127\.0\.0\.1:\d+\/moeder\/[0-9a-f-]{36}\n/);
});

test('the secretariat sees each feed’s fetches by kind of client on the feed health page', async ({ browser, request }) => {
	for (const ua of ['Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)', 'Google-Calendar-Importer', 'Google-Calendar-Importer']) {
		expect((await request.get('/feeds/organer/kultur-og-fritidsudvalget.ics', { headers: { 'user-agent': ua } })).status()).toBe(200);
	}
	const page = await pageSignedIn(browser, 'sekretariat@demo.aarshjul.dk');
	await page.goto('/redigering');
	await page.getByRole('link', { name: 'Kalenderfeeds' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalenderfeeds');
	const section = page.getByRole('region', { name: 'Kultur- og fritidsudvalget' });
	const todayRow = section.locator('tbody tr').first();
	const counts = await todayRow.locator('td').allTextContents();
	expect(counts.map(Number)[0]).toBeGreaterThanOrEqual(1);
	expect(counts.map(Number)[1]).toBeGreaterThanOrEqual(2);
	await expect(section.locator('tfoot td').first()).toHaveText(/^\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}$/);
	await expect(page.locator('#personlige')).toContainText('Aktive personlige abonnementer');
	await page.context().close();
});
