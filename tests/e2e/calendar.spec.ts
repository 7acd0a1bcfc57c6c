import { expect, test, type APIRequestContext } from '@playwright/test';

async function apiCount(request: APIRequestContext, query: string): Promise<number> {
	const res = await request.get(`/api/v1/meetings?${query}`);
	expect(res.status()).toBe(200);
	return ((await res.json()) as unknown[]).length;
}

test('the month view of May 2023 shows the meetings of its six weeks, with week numbers', async ({ page, request }, testInfo) => {
	await page.goto('/kalender?date=2023-05-01');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'maj 2023' })).toBeVisible();
	// A Danish month view shows six whole weeks from Monday: 1 May 2023 (a Monday) to Sunday 11 June.
	const days = await page.locator('.calendar [data-date]').evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? '').filter((d) => d.length === 10));
	expect([days[0], days.at(-1), new Set(days).size]).toEqual(['2023-05-01', '2023-06-11', 42]);
	const visible = await apiCount(request, 'from=2023-05-01&to=2023-06-11');
	const shown = await page.locator('[data-meeting-id]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-meeting-id'))).size);
	expect(shown).toBe(visible);
	await expect(page.locator('.calendar')).toContainText('Uge21');
	await expect(page.locator('[data-body="KB"]').first()).toContainText('17.00');
	const shot = testInfo.outputPath('calendar-2023-05.png');
	await page.locator('.calendar').screenshot({ path: shot });
	await testInfo.attach('calendar-2023-05', { path: shot, contentType: 'image/png' });
});

test('the list view of May 2023 shows exactly the meetings of May', async ({ page, request }) => {
	const may = await apiCount(request, 'from=2023-05-01&to=2023-05-31');
	await page.goto('/kalender?date=2023-05-01&view=listMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.locator('[data-meeting-id]')).toHaveCount(may);
	await expect(page.locator('[data-body="KB"]')).toContainText('17.00');
});

test('the calendar filters by body like the wheel', async ({ page }) => {
	await page.goto('/kalender?date=2023-05-01&view=listMonth&filtre=1&organ=KB&organ=%C3%98K');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.locator('[data-meeting-id]')).toHaveCount(2);
	await page.getByRole('checkbox', { name: 'Økonomiudvalget (ØK)' }).uncheck();
	await expect(page.locator('[data-meeting-id]')).toHaveCount(1);
	await expect(page.locator('[data-body="KB"]')).toHaveCount(1);
});

test('the year view shows twelve months and the views keep their place in the URL', async ({ page }) => {
	await page.goto('/kalender?date=2023-05-01');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await page.getByRole('tab', { name: 'År' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '2023' })).toBeVisible();
	await expect(page).toHaveURL(/view=multiMonthYear/);
	await page.getByRole('tab', { name: 'Uge' }).click();
	await expect(page).toHaveURL(/view=timeGridWeek/);
});

test('FullCalendar is loaded only on the calendar page', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (res) => {
		if (res.url().endsWith('.js')) scripts.push(await res.text());
	});
	await page.goto('/?year=2023');
	await expect(page.locator('svg.wheel [data-meeting-id]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.some((s) => s.includes('multiMonthYear'))).toBe(false);
	await page.getByRole('link', { name: 'Kalender', exact: true }).first().click();
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.some((s) => s.includes('multiMonthYear'))).toBe(true);
});
