import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { startServer, type RunningServer } from '../../bench/server.ts';
import { DEMO, DEMO_PASSWORD, open, signedIn } from './session';

/**
 * Issue 13's security points: redirects after login stay on this site; oversized JSON gets 413;
 * ISO week 53 in a year without one is a 400 naming the field (API and form); cookie-authenticated
 * API writes and logout check Origin (Bearer exempt); a non-Bearer Authorization header is
 * ignored; the public API shows no internal body's code; HSTS and the `__Host-` cookie on https.
 */

/** Values of redirectTo that must all end at `/`, written as they stand in the URL. */
const HOSTILE_REDIRECTS = [
	'/%09/evil.example',
	'/%0a/evil.example',
	'/%0d%0a/evil.example',
	'/ok%0d%0aSet-Cookie:%20x=1',
	'//evil.example',
	'/%5Cevil.example',
	'/%5C/evil.example',
	'https://evil.example/',
	'/%E2%80%AE/evil.example',
	'/%E2%80%8B/evil.example',
	'/%C2%A0/evil.example',
	'/%EF%BB%BF/evil.example',
	'/%00',
	'%2F%2Fevil.example'
];

test.describe('redirects after login', () => {
	test('a signed-in visit to /login with a hostile redirectTo lands on this site, in Chromium', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await open(page, '/login');
		await page.getByLabel('E-mail').fill(DEMO.reader);
		await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await expect(page).toHaveURL(`${baseURL}/`);
		await page.goto('/login?redirectTo=/%09/evil.example');
		expect(new URL(page.url()).origin).toBe(baseURL);
		expect(new URL(page.url()).pathname).toBe('/');
		await context.close();
	});

	test('logging in through the form with a hostile redirectTo lands on this site, in Chromium', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await open(page, '/login?redirectTo=/%09/evil.example');
		await page.getByLabel('E-mail').fill(DEMO.reader);
		await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await expect(page).toHaveURL(`${baseURL}/`);
		await context.close();
	});

	test('every hostile redirectTo gives Location: /, before and after the password is accepted, never a 5xx', async ({ baseURL }) => {
		const reader = await signedIn(baseURL!, 'reader');
		for (const value of HOSTILE_REDIRECTS) {
			const already = await reader.get(`/login?redirectTo=${value}`, { maxRedirects: 0 });
			expect({ value, status: already.status(), location: already.headers()['location'] }).toEqual({ value, status: 303, location: '/' });
			const anonymous = await request.newContext({ baseURL });
			const page = await anonymous.get(`/login?redirectTo=${value}`, { maxRedirects: 0 });
			expect({ value, status: page.status() }).toEqual({ value, status: 200 });
			// The form as a browser without JavaScript posts it (text/html), and as SvelteKit's enhance does (JSON).
			const form = await anonymous.post(`/login?redirectTo=${value}`, { form: { email: DEMO.reader, password: DEMO_PASSWORD }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
			expect({ value, status: form.status(), location: form.headers()['location'] }).toEqual({ value, status: 303, location: '/' });
			const enhanced = await anonymous.post(`/login?redirectTo=${value}`, { form: { email: DEMO.reader, password: DEMO_PASSWORD }, headers: { origin: baseURL!, accept: 'application/json', 'x-sveltekit-action': 'true' }, maxRedirects: 0 });
			expect({ value, status: enhanced.status(), body: await enhanced.json() }).toEqual({ value, status: 200, body: { type: 'redirect', status: 303, location: '/' } });
			await anonymous.dispose();
		}
		// A path on this site still works, Danish letters percent-encoded.
		const good = await reader.get(`/login?redirectTo=${encodeURIComponent('/organer/økonomiudvalget?year=2027')}`, { maxRedirects: 0 });
		expect(good.headers()['location']).toBe('/organer/%C3%B8konomiudvalget?year=2027');
		await reader.dispose();
	});
});

test('JSON over the size limit gets a 413 problem on writes and on login', async ({ baseURL }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const anonymous = await request.newContext({ baseURL });
	const before = await (await secretariat.get('/api/v1/events?from=2031-01-01&to=2031-12-31')).json();
	for (const size of [300 * 1024, 700 * 1024]) {
		const huge = { title: 'x'.repeat(size), category: 'other', public: false, allDay: true, startDate: '2031-01-02', endDate: '2031-01-02' };
		for (const [client, path] of [[secretariat, '/api/v1/events'], [anonymous, '/api/v1/auth/login']] as const) {
			const res = await client.post(path, { data: path.endsWith('login') ? { email: DEMO.reader, password: 'x'.repeat(size) } : huge, headers: { origin: baseURL! } });
			expect({ path, size, status: res.status(), type: res.headers()['content-type'] }).toEqual({ path, size, status: 413, type: 'application/problem+json; charset=utf-8' });
			expect(await res.json()).toEqual({ type: 'about:blank', title: 'For stor forespørgsel', status: 413, detail: 'Indholdet må højst fylde 256 KB.' });
		}
	}
	expect(await (await secretariat.get('/api/v1/events?from=2031-01-01&to=2031-12-31')).json()).toEqual(before);
	await secretariat.dispose();
	await anonymous.dispose();
});

test('ISO week 53 in a year without one is a 400 naming the field, in the API and on the form', async ({ baseURL, browser }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const plan = { body: 'HU', year: 2027, rule: { kind: 'iso-weeks', weekday: 2, weeks: [10, 53] }, start: '10:00', minutes: 90 };
	for (const path of ['/api/v1/plans/preview', '/api/v1/plans']) {
		const res = await secretariat.post(path, { data: plan, headers: { origin: baseURL! } });
		expect(res.status(), path).toBe(400);
		const problem = await res.json();
		expect(problem['invalid-params'], path).toEqual([{ name: 'rule.weeks.1', reason: '2027 har ingen uge 53; året har 52 uger' }]);
	}
	// 2026 has a week 53: accepted.
	expect((await secretariat.post('/api/v1/plans/preview', { data: { ...plan, year: 2026 }, headers: { origin: baseURL! } })).status()).toBe(200);
	await secretariat.dispose();

	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await open(page, '/login?redirectTo=%2Fredigering%2Fmoedeplaner%3Fbody%3DHU%26year%3D2027');
	await page.getByLabel('E-mail').fill(DEMO.secretariat);
	await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL('**/redigering/moedeplaner?body=HU&year=2027');
	await page.waitForLoadState('networkidle');
	await page.locator('#plan-kind').selectOption('iso-weeks');
	await page.locator('#plan-weeks').fill('10, 53');
	await page.getByRole('button', { name: 'Vis forslag' }).click();
	await expect(page.getByText('2027 har ingen uge 53; året har 52 uger')).toBeVisible();
	await expect(page.locator('#plan-weeks')).toHaveAttribute('aria-invalid', 'true');
	await context.close();
});

test.describe('cookie-authenticated API writes check Origin; API tokens do not', () => {
	let secretariat: APIRequestContext;
	test.beforeAll(async ({ baseURL }) => {
		secretariat = await signedIn(baseURL!, 'secretariat');
	});
	test.afterAll(() => secretariat.dispose());

	const event = { title: 'Origin-prøve', category: 'other', public: false, allDay: true, startDate: '2031-03-03', endDate: '2031-03-03' };
	const listed = async () => ((await (await secretariat.get('/api/v1/events?from=2031-03-03&to=2031-03-03')).json()) as { id: number; title: string }[]).filter((e) => e.title === event.title);

	test('a foreign Origin (or a cross-site fetch without one) cannot create, delete or log out with the cookie', async ({ baseURL }) => {
		for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
			const res = await secretariat.post('/api/v1/events', { data: event, headers });
			expect({ headers, status: res.status() }).toEqual({ headers, status: 403 });
			expect(await res.json()).toEqual({
				type: 'about:blank',
				title: 'Forespørgsel fra et andet websted',
				status: 403,
				detail: 'Ændringer med login-cookien skal komme fra Årshjulets egne sider (Origin). Integrationer bruger en API-nøgle (Authorization: Bearer).'
			});
		}
		expect(await listed()).toEqual([]);
		const created = await secretariat.post('/api/v1/events', { data: event, headers: { origin: baseURL! } });
		expect(created.status()).toBe(201);
		const { id } = await created.json();
		expect((await secretariat.delete(`/api/v1/events/${id}?version=1`, { headers: { origin: 'https://evil.example' } })).status()).toBe(403);
		expect((await listed()).map((e) => e.id)).toEqual([id]);
		expect((await secretariat.post('/api/v1/auth/logout', { headers: { origin: 'https://evil.example' } })).status()).toBe(403);
		expect((await secretariat.get('/api/v1/tokens')).status()).toBe(403); // still signed in (as the secretariat)
		expect((await secretariat.delete(`/api/v1/events/${id}?version=1`, { headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' } })).status()).toBe(204);
	});

	test('a Bearer token is exempt from the Origin check', async ({ baseURL }) => {
		const admin = await signedIn(baseURL!, 'admin');
		const { id, token } = await (await admin.post('/api/v1/tokens', { data: { name: 'Origin-undtagelse', role: 'secretariat' }, headers: { origin: baseURL! } })).json();
		const integration = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}`, origin: 'https://evil.example' } });
		const res = await integration.post('/api/v1/events', { data: { ...event, title: 'Bearer-prøve' } });
		expect(res.status()).toBe(201);
		expect((await integration.delete(`/api/v1/events/${(await res.json()).id}?version=1`)).status()).toBe(204);
		expect((await admin.delete(`/api/v1/tokens/${id}`, { headers: { origin: baseURL! } })).status()).toBe(204);
		await integration.dispose();
		await admin.dispose();
	});
});

test('an Authorization header that is not Bearer (Basic from a proxy) leaves public pages and the API public', async ({ request: anonymous }) => {
	const basic = { authorization: 'Basic dXNlcjpwYXNzd29yZA==' };
	for (const path of ['/?year=2026', '/api/v1/bodies', '/feeds/offentlig.ics', '/helligdage']) {
		expect({ path, status: (await anonymous.get(path, { headers: basic })).status() }).toEqual({ path, status: 200 });
	}
	expect((await anonymous.get('/api/v1/bodies', { headers: { authorization: 'Bearer aj_forkert' } })).status()).toBe(401);
});

test('the public API shows no internal body: closures, templates and events', async ({ request: anonymous, baseURL }) => {
	// Chefforum (CF) is internal. Tie a closure, a template stage and a public event to it.
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const origin = { origin: baseURL! };
	const closure = await (await secretariat.post('/api/v1/closures', { data: { name: 'Chefforums pause', from: '2031-07-01', to: '2031-07-20', body: 'CF' }, headers: origin })).json();
	const template = await (await secretariat.post('/api/v1/templates', { data: { name: 'Via Chefforum', stages: [{ body: 'CF' }, { body: 'ØK', role: 'indstilling' }, { body: 'KB', role: 'beslutning' }] }, headers: origin })).json();
	const event = await (await secretariat.post('/api/v1/events', { data: { title: 'Åbent møde om ledelse', category: 'other', public: true, body: 'CF', allDay: true, startDate: '2031-07-22', endDate: '2031-07-22' }, headers: origin })).json();
	expect([closure.body, template.stages.map((st: { body: string }) => st.body), event.body]).toEqual(['CF', ['CF', 'ØK', 'KB'], 'CF']);

	const publicCodes = new Set(((await (await anonymous.get('/api/v1/bodies')).json()) as { code: string }[]).map((b) => b.code));
	expect(publicCodes.has('CF')).toBe(false);
	const closures = (await (await anonymous.get('/api/v1/closures')).json()) as { id: number; body: string | null }[];
	expect(closures.filter((c) => c.body !== null && !publicCodes.has(c.body))).toEqual([]);
	expect(closures.map((c) => c.id)).not.toContain(closure.id);
	const templates = (await (await anonymous.get('/api/v1/templates')).json()) as { id: number; stages: { body: string }[] }[];
	expect(templates.flatMap((t) => t.stages.map((st) => st.body)).filter((b) => b !== 'FAGUDVALG' && !publicCodes.has(b))).toEqual([]);
	expect(templates.find((t) => t.id === template.id)?.stages.map((st) => st.body)).toEqual(['ØK', 'KB']);
	const events = (await (await anonymous.get('/api/v1/events?from=2031-07-22&to=2031-07-22')).json()) as { id: string; title: string; body: string | null }[];
	expect(events.filter((e) => e.id === event.id).map((e) => [e.title, e.body])).toEqual([['Åbent møde om ledelse', null]]);
	expect(((await (await anonymous.get(`/api/v1/events/${event.id}`)).json()) as { body: string | null }).body).toBe(null);
	expect(await (await anonymous.get('/feeds/offentlig.ics')).text()).not.toMatch(/Chefforum|\bCF\b/);
	const html = await (await anonymous.get('/helligdage?year=2031')).text();
	expect(html).not.toMatch(/Chefforums pause/);

	// Signed in, the same answers name it (so the checks above are not vacuous).
	expect(((await (await secretariat.get('/api/v1/closures')).json()) as { id: number; body: string }[]).find((c) => c.id === closure.id)?.body).toBe('CF');
	expect(((await (await secretariat.get(`/api/v1/events/${event.id}`)).json()) as { body: string }).body).toBe('CF');
	expect(await (await secretariat.get('/helligdage?year=2031')).text()).toMatch(/Chefforums pause/);

	expect((await secretariat.delete(`/api/v1/closures/${closure.id}`, { headers: origin })).status()).toBe(204);
	expect((await secretariat.delete(`/api/v1/templates/${template.id}`, { headers: origin })).status()).toBe(204);
	expect((await secretariat.delete(`/api/v1/events/${event.id}?version=1`, { headers: origin })).status()).toBe(204);
	await secretariat.dispose();
});

test.describe('on https (ORIGIN https://…)', () => {
	let server: RunningServer;
	const dataDir = mkdtempSync(join(tmpdir(), 'aarshjul-https-'));
	const port = Number((process.env.SERVERS_PORTS ?? '4213,4223').split(',')[0]);
	const origin = `https://127.0.0.1:${port}`;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		server = await startServer({ PORT: String(port), ORIGIN: origin, DATA_DIR: dataDir, DEMO: 'off', ADMIN_EMAIL: 'it@kommune.dk', ADMIN_PASSWORD: 'en lang nok adgangskode', ADMIN_NAME: 'IT' });
	});
	test.afterAll(async () => {
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	test('responses carry Strict-Transport-Security, and the session cookie is __Host-, Secure, Path=/', async ({ request: plain }) => {
		expect((await plain.get('/api/v1/bodies')).headers()['strict-transport-security']).toBeUndefined();
		const ctx = await request.newContext({ baseURL: server.url });
		const page = await ctx.get('/');
		expect(page.headers()['strict-transport-security']).toBe('max-age=31536000');
		const login = await ctx.post('/api/v1/auth/login', { data: { email: 'it@kommune.dk', password: 'en lang nok adgangskode' }, headers: { origin } });
		expect(login.status()).toBe(200);
		expect(login.headers()['strict-transport-security']).toBe('max-age=31536000');
		const cookie = login.headers()['set-cookie']!;
		expect(cookie).toMatch(/^__Host-aarshjul_session=[^;]+; /);
		expect(cookie.split(/;\s*/).slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax', 'Secure']);
		// The cookie works (sent by hand: this test talks plain http to the server behind the https name).
		const value = cookie.split(';')[0]!;
		expect((await ctx.get('/api/v1/tokens', { headers: { cookie: value } })).status()).toBe(200);
		expect((await ctx.get('/api/v1/tokens', { headers: { cookie: value.replace('__Host-', '') } })).status()).toBe(401);
		await ctx.dispose();
	});
});
