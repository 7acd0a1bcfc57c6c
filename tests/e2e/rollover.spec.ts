import { expect, test } from '@playwright/test';
import { open, pageSignedIn, signedIn } from './session';

/**
 * The year rollover's preview in the browser and the API. Accepting it creates a whole year of
 * meetings, which the browser specs sharing this database would meet in 2028; it is proven on a
 * database of its own, with the exact counts of the demo's plans, in
 * tests/integration/db/rollover.test.ts. Here other specs may have added meetings and plans
 * before, so the page is held to the API's own preview.
 */

type PlanRow = { body: string; rule: string; start: string; minutes: number; status: string; meetings: number };

test('the secretariat previews 2028 from the plans of 2027: each body with its rule and meetings as the API has them, ØK after KB, the approval case', async ({ browser, baseURL }) => {
	const page = await pageSignedIn(browser, 'sekretariat@demo.aarshjul.dk');
	const preview = await (await page.request.post('/api/v1/rollover/preview', { data: { from: 2027 }, headers: { origin: baseURL! } })).json();
	const plans = preview.plans as PlanRow[];
	// Every body with a plan for 2027 (other specs may have changed some of the rules), ØK last: it is generated from the new KB meetings.
	expect(plans.map((p) => p.body)).toEqual(['KB', 'MTU', 'BUU', 'SSU', 'KFU', 'HU', 'DIR', 'CF', 'ISU', 'ØK']);
	expect(plans.filter((p) => p.body === 'KB' || p.body === 'ØK').map((p) => p.rule)).toEqual(['fjerde tirsdag i måneden', '7 dage før KB']);
	await open(page, '/redigering/nyt-aar?year=2027');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start 2028 ud fra 2027');
	for (const p of plans) {
		const cells = page.locator(`[data-plan="${p.body}"] td`);
		await expect(cells.nth(0)).toHaveText(p.rule);
		await expect(cells.nth(1)).toHaveText(`kl. ${p.start.replace(':', '.')}, ${p.minutes} min.`);
		await expect(cells.nth(2)).toContainText(p.meetings === 1 ? '1 møde' : `${p.meetings} møder`);
	}
	await expect(page.locator('[data-rollover="approval"]')).toContainText('Sagen »Mødekalender 2028« oprettes og planlægges fra i dag: ØK ');
	await expect(page.locator('[data-rollover="closures"] li').first()).toHaveText('Direktionens sommerferie: tirsdag 13. juli 2027 – mandag 2. august 2027 (DIR)');
	const total = plans.filter((p) => p.status === 'new').reduce((n, p) => n + p.meetings, 0);
	await expect(page.getByRole('button', { name: `Start 2028: opret ${total} møder` })).toBeVisible();
	await test.info().attach('nyt-aar.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	await open(page, '/redigering/nyt-aar?year=2031');
	await expect(page.locator('[data-rollover="refused"]')).toHaveText('Der er ingen mødeplaner for 2031 at bygge 2032 på');
	await page.close();
});

test('POST /rollover/preview is the secretariat\'s, and a bad year is a problem naming "from"', async ({ baseURL }) => {
	const reader = await signedIn(baseURL!, 'reader');
	expect((await reader.post('/api/v1/rollover/preview', { data: { from: 2027 } })).status()).toBe(403);
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const bad = await secretariat.post('/api/v1/rollover', { data: { from: 'næste år' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json())['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['from']);
	const none = await secretariat.post('/api/v1/rollover/preview', { data: { from: 2031 } });
	expect([none.status(), (await none.json())['invalid-params']]).toEqual([400, [{ name: 'from', reason: 'Der er ingen mødeplaner for 2031 at bygge 2032 på' }]]);
	await reader.dispose();
	await secretariat.dispose();
});
