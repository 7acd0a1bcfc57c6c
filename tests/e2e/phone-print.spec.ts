import { expect, test } from '@playwright/test';
import { open } from './session';

/** Pages in a PDF made by Chromium: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('the wheel prints on one A4 landscape page with its title and legend and no controls', async ({ page }) => {
	await open(page, '/?year=2027');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Årshjul 2027');
	await expect(page.getByRole('heading', { name: 'Forklaring' })).toBeVisible();
	for (const hidden of [page.getByRole('navigation', { name: 'Hovedmenu' }), page.getByRole('navigation', { name: 'Zoom' }), page.getByRole('navigation', { name: 'År' }), page.locator('.filters'), page.locator('.export')]) {
		await expect(hidden).toBeHidden();
	}
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	await test.info().attach('wheel-2027.pdf', { body: pdf, contentType: 'application/pdf' });
	await test.info().attach('wheel-2027-print.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	expect(pageCount(pdf)).toBe(1);
	// A4 landscape: 842 × 595 points.
	expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
});

test('the list prints as one table of the year', async ({ page }) => {
	await open(page, '/liste?year=2027');
	await expect(page.locator('table.print-table')).toBeHidden();
	const summary = await page.locator('p.muted').first().textContent();
	const [, meetings, events] = summary!.match(/^(\d+) møder? og (\d+) begivenhed(?:er)?,/)!;
	await page.emulateMedia({ media: 'print' });
	const table = page.getByRole('table', { name: /^Året 2027/ });
	await expect(table).toBeVisible();
	await expect(page.locator('section.month').first()).toBeHidden();
	await expect(table.locator('thead th')).toHaveText(['Dag', 'Uge', 'Tid', 'Hvad', 'Sted', 'Rul og note']);
	await expect(table.locator('tbody tr')).toHaveCount(Number(meetings) + Number(events));
	const kb = table.locator('tbody tr', { hasText: 'tirsdag 26. oktober 2027' }).filter({ hasText: 'Kommunalbestyrelsen' });
	await expect(kb.locator('td').nth(1)).toHaveText('43');
	const pdf = await page.pdf({ format: 'A4' });
	await test.info().attach('liste-2027.pdf', { body: pdf, contentType: 'application/pdf' });
});

test('on a phone the wheel offers the list, and a tap shows a meeting before a second tap opens it', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await open(page, '/?year=2027');
	await expect(page.getByRole('link', { name: 'se året som liste' })).toHaveAttribute('href', '/liste?year=2027');
	const mark = page.locator('svg.wheel a[data-meeting-id]').first();
	const id = await mark.getAttribute('data-meeting-id');
	await mark.tap();
	await expect(page).toHaveURL(/\/\?year=2027$/);
	const tip = page.getByRole('tooltip');
	await expect(tip).toContainText('Tryk igen for at åbne');
	await test.info().attach('wheel-390-tap.png', { body: await page.screenshot(), contentType: 'image/png' });
	await mark.tap();
	await expect(page).toHaveURL(new RegExp(`/moeder/${id}$`));
	await context.close();
});

test('on a desktop the wheel does not offer the list and a click opens the meeting at once', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 1000 });
	await open(page, '/?year=2027');
	await expect(page.getByRole('link', { name: 'se året som liste' })).toBeHidden();
	const mark = page.locator('svg.wheel a[data-meeting-id]').first();
	const id = await mark.getAttribute('data-meeting-id');
	await mark.click();
	await expect(page).toHaveURL(new RegExp(`/moeder/${id}$`));
});
