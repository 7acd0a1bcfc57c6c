import { expect, test, type Browser } from '@playwright/test';
import { open, pageSignedIn as signedIn } from './session';

/** The admin's pages through the running build: users, API tokens, the change log. */

const admin = (browser: Browser) => signedIn(browser, 'admin@demo.aarshjul.dk');

test('the admin creates a user, who can then log in with the initial password', async ({ browser }) => {
	const page = await admin(browser);
	await open(page, '/admin/brugere');
	await page.getByLabel('E-mail').fill('Karl.Kontrol@demo.aarshjul.dk');
	await page.getByLabel('Navn').fill('Karl Kontrol');
	await page.getByLabel('Enhed').fill('Økonomi');
	await page.getByLabel('Rolle', { exact: true }).selectOption('reader');
	await page.getByLabel('Første adgangskode').fill('for-kort');
	await page.getByRole('button', { name: 'Opret bruger' }).click();
	await expect(page.locator('#new-password-error')).toHaveText('Adgangskoden skal være mindst 12 tegn');
	await expect(page.locator('tr[data-user="karl.kontrol@demo.aarshjul.dk"]')).toHaveCount(0);

	await page.getByLabel('Første adgangskode').fill('kontrol-e2e-2026');
	await page.getByRole('button', { name: 'Opret bruger' }).click();
	await expect(page.getByRole('status')).toHaveText('Brugeren karl.kontrol@demo.aarshjul.dk er oprettet.');
	const row = page.locator('tr[data-user="karl.kontrol@demo.aarshjul.dk"]');
	await expect(row.locator('td').nth(0)).toHaveText('Karl Kontrol');
	await expect(row.locator('td').nth(2)).toHaveText('Økonomi');
	await expect(row.getByLabel('Rolle for Karl Kontrol')).toHaveValue('reader');

	const karl = await signedIn(browser, 'karl.kontrol@demo.aarshjul.dk', 'kontrol-e2e-2026');
	await open(karl, '/konto');
	await expect(karl.getByRole('heading', { level: 1 }).locator('+ p')).toHaveText('Karl Kontrol · karl.kontrol@demo.aarshjul.dk · Økonomi · Læser');
	expect((await karl.goto('/admin'))?.status()).toBe(403);
	await karl.context().close();

	await open(page, '/admin/log?entity=app_user');
	const entry = page.locator('table.history tbody tr').first();
	await expect(entry.locator('td').nth(3)).toHaveText('Bruger oprettet: karl.kontrol@demo.aarshjul.dk');
	await expect(entry.locator('li[data-field="role"]')).toHaveText('Rolle: – → Læser');
	await page.context().close();
});

test('the admin creates an API token, shown once; it works as Bearer until revoked, then 401', async ({ browser, playwright }) => {
	const page = await admin(browser);
	await open(page, '/admin/api-noegler');
	await page.getByLabel('Navn').fill('Sagssystem e2e');
	await page.getByLabel('Rolle').selectOption('reader');
	await page.getByRole('button', { name: 'Opret nøgle' }).click();
	await expect(page.getByRole('heading', { name: 'API-nøglen »Sagssystem e2e« er oprettet.' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveText('Kopiér nøglen nu. Den vises kun denne ene gang og kan ikke findes frem igen.');
	const token = await page.getByRole('textbox', { name: 'Nøgle' }).inputValue();
	expect(token).toMatch(/^aj_[a-z2-9]{32}$/);

	const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
	const res = await api.get('/api/v1/meetings?from=2024-03-01&to=2024-03-31&body=ISU');
	expect(res.status()).toBe(200);
	expect((await res.json()).map((m: { start: string }) => m.start)).toEqual(['2024-03-05T10:00:00+01:00']);

	// Shown once: a fresh load of the page lists the token but never shows it again.
	await open(page, '/admin/api-noegler');
	expect(await page.content()).not.toContain(token);
	const row = page.locator('tr[data-token="Sagssystem e2e"]');
	await expect(row.locator('td').nth(1)).toHaveText('Læser');
	await expect(row.locator('td').nth(4)).toHaveText('Anne Admin');
	await row.getByRole('button', { name: 'Tilbagekald »Sagssystem e2e«' }).click();
	await expect(page.getByRole('status')).toHaveText('API-nøglen er tilbagekaldt. Kald med den afvises fra nu af.');
	await expect(row.locator('td').nth(6)).toContainText('Tilbagekaldt');

	const after = await api.get('/api/v1/meetings?from=2024-03-01&to=2024-03-31&body=ISU');
	expect(after.status()).toBe(401);
	expect(await after.json()).toEqual({ type: 'about:blank', title: 'Ugyldig API-nøgle', status: 401, detail: 'API-nøglen er ukendt eller tilbagekaldt.' });
	await api.dispose();
	await page.context().close();
});

test('the change log shows a move with who, before and after, and filters by action and who', async ({ browser }) => {
	const page = await admin(browser);
	const [meeting] = await (await page.request.get('/api/v1/meetings?from=2027-07-07&to=2027-07-07&body=DIR')).json();
	await open(page, `/moeder/${meeting.id}`);
	await page.getByLabel('Dato').fill('2027-07-08');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Mødet er gemt.');

	await open(page, '/admin/log');
	await page.getByLabel('Handling').selectOption('move');
	await page.getByLabel('Hvem').fill('Anne');
	await page.getByRole('button', { name: 'Filtrér' }).click();
	await expect(page).toHaveURL(/\/admin\/log\?entity=&action=move&actor=Anne&from=&to=$/);
	const rows = page.locator('table.history tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.locator('td').nth(1)).toHaveText('Anne Admin <admin@demo.aarshjul.dk>');
	await expect(rows.locator('td').nth(2)).toHaveText('Møde');
	await expect(rows.locator('td').nth(3)).toHaveText('Møde flyttet');
	await expect(rows.locator('li')).toHaveText([
		'Start: 7. juli 2027 kl. 09.00 → 8. juli 2027 kl. 09.00',
		'Slut: 7. juli 2027 kl. 12.00 → 8. juli 2027 kl. 12.00'
	]);
	await rows.getByRole('link', { name: 'Møde' }).click();
	await expect(page).toHaveURL(`/moeder/${meeting.id}`);

	await open(page, '/admin/log?from=1.7.2027');
	await expect(page.locator('#f-from-error')).toHaveText('Datoen skal skrives ÅÅÅÅ-MM-DD');
	await page.context().close();
});

test('the secretariat may edit the calendar but not administer: 403 on /admin', async ({ browser }) => {
	const page = await signedIn(browser, 'sekretariat@demo.aarshjul.dk');
	expect((await page.goto('/admin/brugere'))?.status()).toBe(403);
	expect((await page.goto('/redigering'))?.status()).toBe(200);
	await page.context().close();
});
