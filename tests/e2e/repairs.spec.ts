import { expect, test, type Page } from '@playwright/test';
import { DEMO, open, pageSignedIn, signedIn } from './session';

async function meetingId(page: Page, body: string, day: string): Promise<string> {
	const [m] = (await (await page.request.get(`/api/v1/meetings?from=${day}&to=${day}&body=${encodeURIComponent(body)}`)).json()) as { id: string }[];
	return m!.id;
}

test('after saving a move, the meeting page lists the case now in conflict with its repairs; a repair button applies it', async ({ browser }) => {
	const baseURL = test.info().project.use.baseURL!;
	const editor = await signedIn(baseURL, 'editor');
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const kb = await meetingId(page, 'KB', '2027-11-23');
	const created = await editor.post('/api/v1/cases', { data: { title: 'Arbejdsmiljøpolitik 2028', caseNumber: '77010/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb } } } });
	expect(created.status()).toBe(201);
	const c = await created.json();
	const ok = await meetingId(page, 'ØK', '2027-11-16');
	expect(c.stages[2].meeting.id).toBe(ok);

	await open(page, `/moeder/${ok}`);
	await page.getByLabel('Dato').fill('2027-11-24');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt.' })).toBeVisible();
	await expect(page.locator('[data-fact="date"]')).toHaveText('onsdag 24. november 2027');
	await expect(page.locator('#broken-heading')).toHaveText(/^(1 sag er|\d+ sager er) nu i konflikt$/);
	const mine = page.locator(`li[data-broken-case="${c.id}"]`);
	await expect(mine.getByRole('link', { name: 'Arbejdsmiljøpolitik 2028' })).toHaveAttribute('href', `/sager/${c.id}`);
	await expect(mine.locator('.repairs > li > p')).toHaveText(['Trin 4: KB 23. november 2027 ligger ikke mindst 1 dag efter ØK 24. november 2027.']);
	await expect(mine.locator('form span:not(.visually-hidden)')).toHaveText(['Flyt til DIR 8. september 2027, HU 23. september 2027, ØK 19. oktober 2027.', 'Flyt til KB 14. december 2027.']);
	await test.info().attach('moede-gemt-konflikt.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

	await mine.getByRole('button', { name: /^Godkend reparation ?: Flyt til KB 14\. december 2027\.$/ }).click();
	await expect(page).toHaveURL(new RegExp(`/sager/${c.id}`));
	await expect(page.getByRole('status')).toHaveText('Reparationen er godkendt.');
	await expect(page.locator('[data-conflicts="none"]')).toHaveText('Ingen konflikter.');
	const after = await (await editor.get(`/api/v1/cases/${c.id}`)).json();
	expect(after.stages[3].meeting.id).toBe(await meetingId(page, 'KB', '2027-12-14'));
	await test.info().attach('sag-repareret.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

	// A change that breaks nothing new says only that it is saved.
	await open(page, `/moeder/${ok}`);
	await page.getByLabel('Sted').fill('Mødelokale 2, Rådhuset, Grenaa');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt.' })).toBeVisible();
	await expect(page.locator('#broken-heading')).toHaveCount(0);
	await editor.dispose();
});

test('"Vis konsekvenser" offers each repair as a button that saves the move and the repair together', async ({ browser }) => {
	const baseURL = test.info().project.use.baseURL!;
	const editor = await signedIn(baseURL, 'editor');
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const kb = await meetingId(page, 'KB', '2027-06-22');
	const created = await editor.post('/api/v1/cases', { data: { title: 'Seniorpolitik 2028', caseNumber: '77013/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb } } } });
	expect(created.status()).toBe(201);
	const c = await created.json();
	const ok = await meetingId(page, 'ØK', '2027-06-15');
	expect(c.stages[2].meeting.id).toBe(ok);

	await open(page, `/moeder/${ok}`);
	await page.getByLabel('Dato').fill('2027-06-23');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).first().click();
	const mine = page.locator(`li[data-impact-case="${c.id}"]`);
	await expect(mine).toContainText('går i stykker');
	await expect(page.locator('#impact-heading')).toHaveText('Konsekvenser af flytningen');
	// Nothing is saved by looking.
	expect((await (await editor.get(`/api/v1/meetings/${ok}`)).json()).start).toBe('2027-06-15T16:00:00+02:00');
	await expect(mine.locator('li[data-conflict] > .message')).toHaveText(['Trin 4: KB 22. juni 2027 ligger ikke mindst 1 dag efter ØK 23. juni 2027.']);
	await expect(mine.locator('.repairs li > span')).toHaveText(['Forslag: Flyt til DIR 7. april 2027, HU 22. april 2027, ØK 18. maj 2027.', 'Forslag: Flyt til KB 24. august 2027.']);
	await test.info().attach('vis-konsekvenser-knapper.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	const button = mine.getByRole('button', { name: /^Flyt og godkend reparation ?: Flyt til KB 24\. august 2027\.$/ });

	// The case changes meanwhile: the button saves neither the repair nor the move.
	const renamed = await editor.patch(`/api/v1/cases/${c.id}`, { data: { version: c.version, title: 'Seniorpolitik 2028–2031' } });
	expect(renamed.status()).toBe(200);
	await button.click();
	await expect(page.getByRole('alert')).toHaveText('Sagen er ændret af en anden, siden du så konsekvenserne. Intet er gemt – vis konsekvenserne igen.');
	expect((await (await editor.get(`/api/v1/meetings/${ok}`)).json()).start).toBe('2027-06-15T16:00:00+02:00');
	expect((await (await editor.get(`/api/v1/cases/${c.id}`)).json()).stages[3].meeting.id).toBe(kb);

	// Shown again and applied: the meeting moves and the case decides in August, in one go.
	await page.getByLabel('Dato').fill('2027-06-23');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).first().click();
	await button.click();
	await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt' })).toHaveText('Mødet er gemt, og reparationen af »Seniorpolitik 2028–2031« er godkendt.');
	await expect(page.locator('[data-fact="date"]')).toHaveText('onsdag 23. juni 2027');
	await expect(page.locator(`li[data-broken-case="${c.id}"]`)).toHaveCount(0);
	await expect(page.locator('table.history tbody tr').first().locator('.sentence')).toHaveText('Mødet flyttet fra 15. til 23. juni 2027');
	const after = await (await editor.get(`/api/v1/cases/${c.id}`)).json();
	expect([after.stages[3].meeting.id, after.version, after.conflicts]).toEqual([await meetingId(page, 'KB', '2027-08-24'), c.version + 2, []]);

	// The case's history says what the repair changed, in words.
	await open(page, `/sager/${c.id}`);
	await expect(page.locator('table.history tbody tr').first().locator('li[data-field="stages"]')).toHaveText(
		'Sagsgang: DIR drøftelse 12. maj 2027 → HU drøftelse 27. maj 2027 → ØK indstilling 23. juni 2027 → KB beslutning 22. juni 2027 → DIR drøftelse 12. maj 2027 → HU drøftelse 27. maj 2027 → ØK indstilling 23. juni 2027 → KB beslutning 24. august 2027'
	);

	// Back as it was, for the specs that follow.
	const moved = await (await editor.get(`/api/v1/meetings/${ok}`)).json();
	const secretariat = await signedIn(baseURL, 'secretariat');
	expect((await secretariat.patch(`/api/v1/meetings/${ok}`, { data: { version: moved.version, date: '2027-06-15', start: '16:00', end: moved.end.slice(11, 16) } })).status()).toBe(200);
	expect((await editor.delete(`/api/v1/cases/${c.id}?version=${after.version}`)).status()).toBe(204);
	await secretariat.dispose();
	await page.context().close();
	await editor.dispose();
});
