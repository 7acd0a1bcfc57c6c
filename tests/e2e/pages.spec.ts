import { expect, test } from '@playwright/test';

test('a body page lists its meetings of the year with ISO week numbers', async ({ page }) => {
	await page.goto('/organer/kommunalbestyrelsen?year=2023');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunalbestyrelsen (KB)');
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(11);
	const may = rows.filter({ hasText: 'tirsdag 23. maj 2023' });
	await expect(may.locator('td').nth(0)).toHaveText('uge 21');
	await expect(may.locator('td').nth(2)).toHaveText('17.00–21.00');
	await expect(may.locator('td').nth(4)).toHaveText('Rul maj 2023');
});

test('the year links move between years', async ({ page }) => {
	await page.goto('/organer/direktionen?year=2023');
	await page.getByRole('link', { name: '2024 →' }).click();
	await expect(page).toHaveURL(/year=2024/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Direktionen (DIR)');
});

test('an internal body has no public page', async ({ page }) => {
	const res = await page.goto('/organer/chefforum');
	expect(res?.status()).toBe(404);
});

test('the holiday page of 2023 shows Store bededag and the local closures', async ({ page }) => {
	await page.goto('/helligdage?year=2023');
	await expect(page.getByRole('row', { name: /Store bededag/ })).toContainText('fredag 5. maj 2023');
	await expect(page.getByRole('row', { name: /Mellem jul og nytår/ })).toContainText('onsdag 27. december 2023');
	await page.goto('/helligdage?year=2024');
	await expect(page.getByRole('row', { name: /Store bededag/ })).toHaveCount(0);
});

test('a bad year is a Danish error, not a crash', async ({ page }) => {
	const res = await page.goto('/helligdage?year=tyve');
	expect(res?.status()).toBe(400);
	await expect(page.locator('body')).toContainText('Ugyldigt år');
});
