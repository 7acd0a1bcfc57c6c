import { expect, test } from '@playwright/test';
import { DEMO, open, pageSignedIn } from './session';

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
