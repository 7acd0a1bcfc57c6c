import { expect, test } from '@playwright/test';
import { DEMO, open, pageSignedIn, signedIn } from './session';

test('the new-case form says why its meeting list is empty until a committee is chosen', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.editor);
	await open(page, '/sager/ny');
	await page.getByLabel('Byg selv').check();
	await page.getByLabel('Trin 2: organ').selectOption({ label: 'Sagens fagudvalg' });
	const meetings = page.getByLabel('Møde i det besluttende organ');
	await expect(meetings.locator('option')).toHaveCount(0);
	await expect(page.locator('#meeting-empty')).toHaveText('Sagen besluttes i sit fagudvalg: vælg »Ansvarligt fagudvalg« ovenfor, så viser listen udvalgets kommende møder.');
	await expect(meetings).toHaveAccessibleDescription(/vælg »Ansvarligt fagudvalg« ovenfor/);
	await test.info().attach('ny-sag-tom-liste.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	await page.getByLabel('Ansvarligt fagudvalg').selectOption({ label: 'Miljø- og teknikudvalget (MTU)' });
	await expect(page.getByLabel('Møde i MTU').locator('option').first()).toHaveText(/ kl\. /);
	await expect(page.locator('#meeting-empty')).toHaveCount(0);
});

test('counts are singular for one: "1 begivenhed", "3 begivenheder"', async ({ page }) => {
	await open(page, '/liste?year=2027');
	// 124: the monthly plans move MTU off 27 December (to 23 December) and HU off Maundy Thursday (to 24 March) instead of losing the month.
	await expect(page.locator('main p.muted').first()).toHaveText('124 møder og 3 begivenheder, ordnet efter måned, uge og dag.');
	// A month of 2027 with exactly one public event (the demo data has such a month) says so in the singular.
	const events = (await (await page.request.get('/api/v1/events?from=2027-01-01&to=2027-12-31')).json()) as { start?: string; startDate?: string; endDate?: string; end?: string }[];
	const months = events.map((e) => Number((e.startDate ?? e.start)!.slice(5, 7)));
	const single = [...new Set(months)].find((m) => months.filter((x) => x === m).length === 1 && events.every((e) => (e.endDate ?? e.end)!.slice(5, 7) === (e.startDate ?? e.start)!.slice(5, 7)));
	expect(single).toBeDefined();
	await open(page, `/?year=2027&zoom=m${single}`);
	await expect(page.locator('svg.wheel text', { hasText: /· \d+ begivenhed/ })).toHaveText(/^\d+ møder? · 1 begivenhed$/);
});

test('a closure in the change history and on the closures page is dated the Danish way', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL!, 'secretariat');
	const made = await api.post('/api/v1/closures', { data: { name: 'Sommerlukning (e2e 2028)', from: '2028-07-10', to: '2028-07-14' } });
	expect(made.status()).toBe(201);
	const closure = (await made.json()) as { id: number };
	const page = await pageSignedIn(browser, DEMO.admin);
	await open(page, '/redigering/lukkedage?year=2028');
	await expect(page.locator('tr[data-closure="Sommerlukning (e2e 2028)"] td').nth(1)).toHaveText('10. juli 2028');
	await expect(page.locator('tr[data-closure="Sommerlukning (e2e 2028)"] td').nth(2)).toHaveText('14. juli 2028');
	expect((await api.delete(`/api/v1/closures/${closure.id}`)).status()).toBe(204);

	await open(page, '/admin/log?entity=closure');
	const [deleted, created] = [page.locator('table.history tbody tr').nth(0), page.locator('table.history tbody tr').nth(1)];
	await expect(deleted.locator('td').nth(3)).toHaveText('Lukkeperiode slettet: Sommerlukning (e2e 2028)');
	await expect(deleted.locator('li')).toHaveText(['Navn: Sommerlukning (e2e 2028) → –', 'Fra: 10. juli 2028 → –', 'Til: 14. juli 2028 → –']);
	await expect(created.locator('li')).toHaveText(['Navn: – → Sommerlukning (e2e 2028)', 'Fra: – → 10. juli 2028', 'Til: – → 14. juli 2028']);
	await page.context().close();
	await api.dispose();
});

test('the lists of fixed items and templates count in the singular and plural', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL!, 'secretariat');
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const items = ((await (await api.get('/api/v1/fixed-items')).json()) as unknown[]).length;
	const templates = ((await (await api.get('/api/v1/templates')).json()) as unknown[]).length;
	expect([items > 1, templates > 1]).toEqual([true, true]);
	await open(page, '/redigering/faste-punkter');
	await expect(page.locator('main p.muted')).toHaveText(`${items} faste punkter`);
	await open(page, '/redigering/sagsskabeloner');
	await expect(page.locator('main p.muted')).toHaveText(`${templates} skabeloner`);
	await page.context().close();
	await api.dispose();
});

test('no page writes a date as 2026-10-15 in its text; the budget deadline reads "15. oktober 2026"', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await pageSignedIn(browser, DEMO.admin);
	await open(page, '/lovkrav?year=2026');
	await expect(page.locator('main')).toContainText('Frist for vedtagelse af budgettet: 15. oktober 2026.');
	const get = async <T>(path: string) => (await (await page.request.get(path)).json()) as T;
	const [meeting] = await get<{ id: string }[]>('/api/v1/meetings?from=2027-10-26&to=2027-10-26&body=KB');
	const events = await get<{ id: string }[]>('/api/v1/events?from=2027-01-01&to=2027-12-31');
	const cases = await get<{ id: string }[]>('/api/v1/cases');
	const [item] = await get<{ id: number }[]>('/api/v1/fixed-items');
	const [template] = await get<{ id: number }[]>('/api/v1/templates');
	const urls = [
		'/', '/kalender?view=listMonth', '/liste', '/organer', '/organer/kommunalbestyrelsen', '/sager', '/helligdage', '/abonner', '/sager/ny', '/lovkrav', '/konto',
		'/redigering/begivenheder?year=2027', '/redigering/lukkedage?year=2027', '/redigering/moedeplaner?body=KB&year=2027', '/redigering/organer/KB', '/redigering/feeds',
		'/redigering/faste-punkter', `/redigering/faste-punkter/${item!.id}`, '/redigering/sagsskabeloner', `/redigering/sagsskabeloner/${template!.id}`,
		'/admin/api-noegler', '/admin/brugere', '/admin/log', `/moeder/${meeting!.id}`, ...events.map((e) => `/begivenheder/${e.id}`), ...cases.slice(0, 5).map((c) => `/sager/${c.id}`)
	];
	const iso: Record<string, string[]> = {};
	for (const url of urls) {
		await open(page, url);
		// Text only: a date field's value is the browser's own picker, not running text.
		const hits = (await page.locator('body').innerText()).match(/.{0,20}\b(19|20)\d\d-[01]\d-[0-3]\d\b.{0,20}/g);
		if (hits) iso[url] = hits;
	}
	expect(iso).toEqual({});
	await page.context().close();
});
