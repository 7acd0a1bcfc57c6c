import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { open, pageSignedIn, signedIn } from './session';

/** Månedsgrebet placed by the secretariat, in the browser and through the API. Uses May–June 2025, which no other spec checks. */

async function meetingOn(page: Page | APIRequestContext, body: string, day: string): Promise<string> {
	const request = 'request' in page ? page.request : page;
	const res = await request.get(`/api/v1/meetings?from=${day}&to=${day}&body=${encodeURIComponent(body)}`);
	const [meeting] = await res.json();
	return meeting.id;
}

test('the secretariat puts the June rul\'s Månedsgrebet on DIR 21 May 2025, sees it on the agenda, and gives it back to the rule', async ({ browser }) => {
	const page = await pageSignedIn(browser, 'sekretariat@demo.aarshjul.dk');
	const id = await meetingOn(page, 'DIR', '2025-05-21');
	await open(page, `/moeder/${id}`);
	const form = page.locator('form[action="?/briefing"]');
	await expect(form.locator('[data-fact="briefing"]')).toHaveCount(0);
	await expect(form.getByLabel('Læg Månedsgrebet for').locator('option')).toHaveText(['Rul maj 2025', 'Rul juni 2025', 'Rul august 2025']);
	await form.getByLabel('Læg Månedsgrebet for').selectOption({ label: 'Rul juni 2025' });
	await form.getByRole('button', { name: 'Læg Månedsgrebet her' }).click();
	await expect(page.getByText('Månedsgrebet er lagt på dette møde.')).toBeVisible();
	await expect(form.locator('[data-fact="briefing"]')).toHaveText('Mødet åbner Rul juni 2025 med Månedsgrebet (fastlagt af sekretariatet).');
	await expect(page.getByRole('main')).toContainText('Månedsgrebet');
	await expect(page.locator('[data-fact="rul"]')).toHaveText('Rul juni 2025');

	await form.getByLabel('Læg Månedsgrebet for').selectOption({ label: 'Rul juni 2025' });
	await form.getByRole('button', { name: 'Lad reglen bestemme' }).click();
	await expect(page.getByText('Månedsgrebet følger igen reglen.')).toBeVisible();
	await expect(form.locator('[data-fact="briefing"]')).toHaveCount(0);
});

test('PUT /api/v1/cycles/{council}/briefing refuses a meeting that is not a board meeting, naming the field; readers may not', async ({ baseURL }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const reader = await signedIn(baseURL!, 'reader');
	const kb = await meetingOn(secretariat, 'KB', '2025-06-24');
	const ok = await meetingOn(secretariat, 'ØK', '2025-06-17');
	const dir = await meetingOn(secretariat, 'DIR', '2025-05-21');
	const wrong = await secretariat.put(`/api/v1/cycles/${kb}/briefing`, { data: { meeting: ok } });
	expect(wrong.status()).toBe(400);
	expect(await wrong.json()).toMatchObject({ 'invalid-params': [{ name: 'meeting', reason: 'Månedsgrebet skal ligge på et direktionsmøde.' }] });
	expect((await reader.put(`/api/v1/cycles/${kb}/briefing`, { data: { meeting: dir } })).status()).toBe(403);
	expect((await secretariat.put(`/api/v1/cycles/${kb}/briefing`, { data: { meeting: dir } })).status()).toBe(204);
	const june = (await (await secretariat.get('/api/v1/meetings?from=2025-05-21&to=2025-05-21&body=DIR')).json())[0];
	expect(june.rul).toEqual({ key: '2025-06-24', name: 'Rul juni 2025' });
	expect((await secretariat.delete(`/api/v1/cycles/${kb}/briefing`)).status()).toBe(204);
	await secretariat.dispose();
	await reader.dispose();
});
