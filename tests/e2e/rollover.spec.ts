import { expect, test } from '@playwright/test';
import { open, pageSignedIn, signedIn } from './session';

/**
 * The year rollover's preview in the browser and the API. Accepting it creates a whole year of
 * meetings, which the browser specs sharing this database would meet in 2028; it is proven on a
 * database of its own in tests/integration/db/rollover.test.ts.
 */

test('the secretariat previews 2028 from the plans of 2027: each body with its rule and meetings, ØK after KB, the approval case', async ({ browser }) => {
	const page = await pageSignedIn(browser, 'sekretariat@demo.aarshjul.dk');
	await open(page, '/redigering/nyt-aar?year=2027');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start 2028 ud fra 2027');
	await expect(page.locator('[data-plan="ØK"] td')).toHaveText(['7 dage før KB', 'kl. 16.00, 120 min.', '10 møder']);
	await expect(page.locator('[data-plan="MTU"] td').nth(2)).toHaveText('11 møder, 1 flyttet fra en fridag, 1 sprunget over');
	await expect(page.locator('[data-rollover="approval"]')).toContainText('Sagen »Mødekalender 2028« oprettes og planlægges fra i dag: ØK ');
	await expect(page.locator('[data-rollover="closures"] li')).toHaveText(['Direktionens sommerferie: tirsdag 13. juli 2027 – mandag 2. august 2027 (DIR)', 'Mellem jul og nytår: mandag 27. december 2027 – torsdag 30. december 2027']);
	await expect(page.getByRole('button', { name: 'Start 2028: opret 141 møder' })).toBeVisible();
	await open(page, '/redigering/nyt-aar?year=2031');
	await expect(page.locator('[data-rollover="refused"]')).toHaveText('Der er ingen mødeplaner for 2031 at bygge 2032 på');
	await page.close();
});

test('POST /rollover/preview is the secretariat\'s, and a bad year is a problem naming "from"', async ({ baseURL }) => {
	const reader = await signedIn(baseURL!, 'reader');
	expect((await reader.post('/api/v1/rollover/preview', { data: { from: 2027 } })).status()).toBe(403);
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const preview = await (await secretariat.post('/api/v1/rollover/preview', { data: { from: 2027 } })).json();
	expect(preview.plans.map((p: { body: string; meetings: number }) => `${p.body} ${p.meetings}`)).toEqual(['KB 10', 'MTU 11', 'BUU 11', 'SSU 11', 'KFU 11', 'HU 10', 'DIR 52', 'CF 11', 'ISU 4', 'ØK 10']);
	const bad = await secretariat.post('/api/v1/rollover', { data: { from: 'næste år' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json())['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['from']);
	await reader.dispose();
	await secretariat.dispose();
});
