import { expect, request, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './session';

/** Headers every response carries, and the policy pages are served under. */

test('pages carry a Content-Security-Policy that allows only this site and its own nonced scripts, and forbids framing', async ({ request }) => {
	const res = await request.get('/?year=2025');
	expect(res.status()).toBe(200);
	const csp = res.headers()['content-security-policy']!;
	const directives: Record<string, string[]> = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
	const nonce = directives['script-src']!.find((v: string) => v.startsWith("'nonce-"))!;
	expect(directives).toEqual({
		'default-src': ["'self'"],
		'connect-src': ["'self'"],
		'font-src': ["'self'"],
		'img-src': ["'self'", 'data:', 'blob:'],
		'object-src': ["'none'"],
		'script-src': ["'self'", nonce],
		'style-src': ["'self'", "'unsafe-inline'"],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"]
	});
	// The one inline script (SvelteKit's start-up) carries exactly that nonce; a fresh one per response.
	const html = await res.text();
	expect([...html.matchAll(/<script nonce="([^"]+)"/g)].map((m) => `'nonce-${m[1]}'`)).toEqual([nonce]);
	expect((await request.get('/?year=2025')).headers()['content-security-policy']).not.toContain(nonce);
});

test('pages, API, feeds, static files and errors all send nosniff and a strict referrer policy', async ({ request }) => {
	for (const path of ['/', '/kalender', '/api/v1/bodies', '/api/v1/meetings?from=2026-02-30&to=2026-03-01', '/feeds/offentlig.ics', '/findes-ikke', '/api/v1/openapi.json']) {
		const headers = (await request.get(path)).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
	}
});

test('a missing page is a Danish 404 page under the same policy', async ({ page }) => {
	const res = await page.goto('/findes-ikke');
	expect(res!.status()).toBe(404);
	expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	await expect(page.locator('h1')).toHaveText('Siden findes ikke');
	await expect(page.locator('main p').first()).toHaveText('Siden findes ikke.');
});

test('the browser refuses to show the app inside another site’s frame', async ({ page, baseURL }) => {
	// A frame hosted on a different origin (localhost vs 127.0.0.1) loading the app.
	const other = baseURL!.replace('127.0.0.1', 'localhost');
	await page.route(`${other}/ramme`, (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}/helligdage"></iframe>` }));
	await page.goto(`${other}/ramme`);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	await expect.poll(async () => frame.url()).not.toBe(`${baseURL}/helligdage`);
});

test('the session cookie is HttpOnly, SameSite=Lax, scoped to the site and not Secure over plain http', async ({ baseURL }) => {
	const ctx = await request.newContext({ baseURL });
	const res = await ctx.post('/api/v1/auth/login', { data: { email: DEMO.reader, password: DEMO_PASSWORD } });
	expect(res.status()).toBe(200);
	const attributes = res.headers()['set-cookie']!.split(';').slice(1).map((a) => a.trim());
	expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Lax']);
	await ctx.dispose();
});

test('pages and JSON are compressed as the client asks; feeds once, by the feed cache', async ({ request }) => {
	for (const [path, type] of [['/?year=2025', 'text/html'], ['/api/v1/meetings?from=2025-01-01&to=2025-12-31', 'application/json']] as const) {
		const br = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } });
		expect([br.status(), br.headers()['content-encoding'], br.headers()['vary']]).toEqual([200, 'br', 'Accept-Encoding']);
		expect(br.headers()['content-type']).toContain(type);
		const gz = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
		expect(gz.headers()['content-encoding']).toBe('gzip');
		// The same content in both (a page's nonce differs from response to response, not its length).
		expect((await gz.body()).byteLength).toBe((await br.body()).byteLength);
		const identity = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
		expect(identity.headers()['content-encoding']).toBeUndefined();
	}
	// Feeds are prepared and compressed once per change of the data (feeds/cache.ts), not again on the way out.
	const feed = await request.get('/feeds/offentlig.ics', { headers: { 'accept-encoding': 'gzip, br' } });
	expect([feed.status(), feed.headers()['content-encoding']]).toEqual([200, 'br']);
	expect((await feed.text()).startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
});
