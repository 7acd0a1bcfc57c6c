import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { open } from './session';

const KB_MAY = 'Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023';

async function apiMeetings(request: APIRequestContext, query: string): Promise<{ id: string; body: string }[]> {
	const res = await request.get(`/api/v1/meetings?${query}`);
	expect(res.status()).toBe(200);
	return res.json();
}

test('the wheel of 2023 shows every public meeting of the year as a mark', async ({ page, request }, testInfo) => {
	const meetings = await apiMeetings(request, 'from=2023-01-01&to=2023-12-31');
	await page.goto('/?year=2023');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Årshjul 2023');
	const marks = page.locator('svg.wheel [data-meeting-id]');
	await expect(marks).toHaveCount(meetings.length);
	await expect(marks.locator('xpath=.').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting-id')).sort())).resolves.toEqual(
		meetings.map((m) => m.id).sort()
	);
	await expect(page.locator('svg.wheel [data-body="CF"], svg.wheel [data-body="ISU"]')).toHaveCount(0);
	await expect(page.locator('svg.wheel')).toContainText('maj');
	await expect(page.locator('svg.wheel')).toContainText('Rul maj 2023');
	const shot = testInfo.outputPath('wheel-2023.png');
	await page.locator('.wheel-frame').screenshot({ path: shot });
	await testInfo.attach('wheel-2023', { path: shot, contentType: 'image/png' });
});

test('hovering a mark shows its details and clicking opens the meeting page', async ({ page }) => {
	await open(page, '/?year=2023');
	const mark = page.getByRole('link', { name: KB_MAY });
	await mark.hover();
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toContainText('Kommunalbestyrelsen');
	await expect(tooltip).toContainText('tirsdag 23. maj 2023, kl. 17.00–21.00');
	await expect(tooltip).toContainText('Byrådssalen, Rådhuset, Grenaa');
	await expect(tooltip).toContainText('Rul maj 2023');
	await mark.click();
	await expect(page).toHaveURL(/\/moeder\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunalbestyrelsen (KB)');
	await expect(page.locator('main')).toContainText('tirsdag 23. maj 2023');
});

test('the body filter reduces the marks to exactly the chosen bodies', async ({ page, request }) => {
	const kb = await apiMeetings(request, 'from=2023-01-01&to=2023-12-31&body=KB');
	const ok = await apiMeetings(request, 'from=2023-01-01&to=2023-12-31&body=%C3%98K');
	await open(page, '/?year=2023&filtre=1&organ=KB&organ=%C3%98K');
	const marks = page.locator('svg.wheel [data-meeting-id]');
	await expect(marks).toHaveCount(kb.length + ok.length);
	await page.getByRole('checkbox', { name: 'Økonomiudvalget (ØK)' }).uncheck();
	await expect(page).toHaveURL(/organ=KB/);
	await expect(page).not.toHaveURL(/organ=%C3%98K/);
	await expect(marks).toHaveCount(kb.length);
	expect(kb.length).toBe(11);
	await expect(page.locator('svg.wheel [data-body]:not([data-body="KB"])')).toHaveCount(0);
});

test('zooming to May shows the month over the whole wheel with day numbers', async ({ page, request }, testInfo) => {
	const may = await apiMeetings(request, 'from=2023-05-01&to=2023-05-31');
	await page.goto('/?year=2023');
	await page.getByRole('navigation', { name: 'Zoom' }).getByRole('link', { name: 'maj', exact: true }).click();
	await expect(page).toHaveURL(/zoom=m5/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Årshjul maj 2023');
	await expect(page.locator('svg.wheel [data-meeting-id]')).toHaveCount(may.length);
	await expect(page.locator('svg.wheel')).toContainText('uge 21');
	const shot = testInfo.outputPath('wheel-2023-05.png');
	await page.locator('.wheel-frame').screenshot({ path: shot });
	await testInfo.attach('wheel-2023-05', { path: shot, contentType: 'image/png' });
	await page.getByRole('navigation', { name: 'Zoom' }).getByRole('link', { name: /^2\. kvt\./ }).click();
	await expect(page).toHaveURL(/zoom=q2/);
	const q2 = await apiMeetings(request, 'from=2023-04-01&to=2023-06-30');
	await expect(page.locator('svg.wheel [data-meeting-id]')).toHaveCount(q2.length);
});

test('every mark is reachable by keyboard and has an accessible name', async ({ page }) => {
	await page.goto('/?year=2023&filtre=1&organ=KB');
	// Focus handlers exist once the page is hydrated.
	await page.waitForLoadState('networkidle');
	const marks = page.locator('svg.wheel [data-meeting-id]');
	await expect(marks).toHaveCount(11);
	await marks.first().focus();
	await expect(page.getByRole('tooltip')).toContainText('Kommunalbestyrelsen');
	const names: string[] = [];
	for (let i = 0; i < 11; i++) {
		names.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
		await page.keyboard.press('Tab');
	}
	expect(names[0]).toBe('Kommunalbestyrelsen, tirsdag 24. januar 2023 kl. 17.00, Rul januar 2023');
	expect(names[4]).toBe(KB_MAY);
	expect(names.every((n) => n.startsWith('Kommunalbestyrelsen, '))).toBe(true);
});

test('the rings can be reordered and the order stays in the URL', async ({ page }) => {
	await open(page, '/?year=2023');
	const rings = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Flyt KB udad' }) });
	await expect(rings.locator('li > span')).toHaveText(['DIR', 'HU', 'Fagudvalg', 'ØK', 'KB', 'Begivenheder']);
	await page.getByRole('link', { name: 'Flyt KB udad' }).click();
	await expect(page).toHaveURL(/ringe=dir%2Chu%2Cfag%2Ckb%2Coek%2Cbegivenheder/);
	await expect(rings.locator('li > span')).toHaveText(['DIR', 'HU', 'Fagudvalg', 'KB', 'ØK', 'Begivenheder']);
});

test('the wheel exports as SVG and PNG', async ({ page }) => {
	await page.goto('/?year=2023');
	const count = await page.locator('svg.wheel [data-meeting-id]').count();
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Gem som SVG' }).click();
	const svg = await svgDownload;
	expect(svg.suggestedFilename()).toBe('aarshjul-2023.svg');
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
	expect(text.match(/data-meeting-id=/g)?.length).toBe(count);

	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Gem som PNG' }).click();
	const png = await pngDownload;
	expect(png.suggestedFilename()).toBe('aarshjul-2023.png');
	expect([...readFileSync(await png.path()).subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
});

test('the wheel links to the year as a list, which shows the same meetings', async ({ page, request }) => {
	const meetings = await apiMeetings(request, 'from=2023-01-01&to=2023-12-31');
	await page.goto('/?year=2023');
	await page.getByRole('link', { name: 'Året som liste' }).click();
	await expect(page).toHaveURL(/\/liste\?year=2023$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Året 2023 som liste');
	await expect(page.locator('[data-meeting-id]')).toHaveCount(meetings.length);
	const may23 = page.locator('#dag-2023-05-23 + ul');
	await expect(page.locator('#dag-2023-05-23')).toHaveText('Tirsdag 23. maj 2023');
	await expect(may23.getByRole('link', { name: 'Kommunalbestyrelsen' })).toHaveAttribute('href', /^\/moeder\/[0-9a-f-]{36}$/);
	await expect(may23).toContainText('17.00–21.00');
	await expect(page.getByRole('heading', { level: 2, name: 'Maj 2023' })).toBeVisible();
});

type ApiCase = { id: string; title: string; closed: boolean; unit: string; stages: { meeting: { id: string; start: string | null } | null; deadline: string | null }[] };

async function apiCases(request: APIRequestContext): Promise<ApiCase[]> {
	const res = await request.get('/api/v1/cases');
	expect(res.status()).toBe(200);
	return res.json();
}

test('choosing the equality report draws its path through its four stage meetings, with deadlines', async ({ page, request }, testInfo) => {
	const equality = (await apiCases(request)).find((c) => c.title === 'Ligestillingsredegørelsen 2023');
	expect(equality).toBeDefined();
	const res = await request.get(`/api/v1/cases/${equality?.id}`);
	const full = (await res.json()) as ApiCase;
	const stageMeetings = full.stages.flatMap((s) => (s.meeting ? [s.meeting.id] : []));
	expect(stageMeetings).toHaveLength(4);

	await open(page, '/?year=2023');
	await page.getByLabel('Vis en sags vej gennem årshjulet').selectOption({ label: 'Ligestillingsredegørelsen 2023' });
	await expect(page).toHaveURL(new RegExp(`sag=${full.id}`));
	const stages = page.locator('svg.wheel [data-case-stage]');
	await expect(stages).toHaveCount(4);
	const points = (await page.locator('svg.wheel polyline[data-case-line]').getAttribute('points'))?.split(' ') ?? [];
	expect(points).toHaveLength(stageMeetings.length);
	// Each point of the path sits on the centre of its stage meeting's mark.
	for (const [i, id] of stageMeetings.entries()) {
		const mark = page.locator(`svg.wheel [data-meeting-id="${id}"] circle`);
		const [cx, cy] = [Number(await mark.getAttribute('cx')), Number(await mark.getAttribute('cy'))];
		const [px, py] = (points[i] ?? '').split(',').map(Number);
		expect(Math.abs((px ?? 0) - cx)).toBeLessThan(0.01);
		expect(Math.abs((py ?? 0) - cy)).toBeLessThan(0.01);
	}
	await expect(page.locator('svg.wheel [data-case-deadline]')).toHaveCount(full.stages.filter((s) => s.deadline?.startsWith('2023')).length);
	await expect(page.getByRole('list', { name: 'Sagens behandling' }).getByRole('listitem')).toHaveCount(4);
	await expect(page.getByRole('link', { name: 'Ligestillingsredegørelsen 2023' })).toHaveAttribute('href', `/sager/${full.id}`);
	const shot = testInfo.outputPath('wheel-2023-case.png');
	await page.locator('.wheel-frame').screenshot({ path: shot });
	await testInfo.attach('wheel-2023-case', { path: shot, contentType: 'image/png' });
});

test('clicking May in the month ring lists the cases treated in May 2023', async ({ page, request }) => {
	const equality = (await apiCases(request)).find((c) => c.title === 'Ligestillingsredegørelsen 2023');
	await open(page, '/?year=2023');
	// Hover handlers exist once the page is hydrated; a tooltip on hover then shows it is interactive.
	await page.waitForLoadState('networkidle');
	await page.getByRole('link', { name: KB_MAY }).hover();
	await expect(page.getByRole('tooltip')).toBeVisible();
	const box = await page.locator('svg.wheel').boundingBox();
	if (!box) throw new Error('no wheel');
	// Mid-May 2023, day 135 of 365, in the middle of the month ring (radius 472 of the 1000-unit viewBox).
	const angle = ((135 / 365) * 360 * Math.PI) / 180;
	await page.mouse.click(box.x + ((500 + 472 * Math.sin(angle)) / 1000) * box.width, box.y + ((500 - 472 * Math.cos(angle)) / 1000) * box.height);
	const heading = page.getByRole('heading', { name: 'Sager i maj 2023' });
	await expect(heading).toBeVisible();
	const list = page.locator('.month-cases ul');
	await expect(list.getByRole('link', { name: 'Ligestillingsredegørelsen 2023' })).toHaveAttribute('href', `/sager/${equality?.id}`);
	await expect(list.getByRole('listitem')).toHaveCount(1);
	// The same list by keyboard: the month picker.
	await page.getByLabel(/Sager pr\. måned/).selectOption({ label: 'april 2023' });
	await expect(page.getByRole('heading', { name: 'Sager i april 2023' })).toBeVisible();
	await expect(list.getByRole('link')).toHaveText([
		'Budgetanalyse: Jordfordeling – vådområder og lavbundsjorde',
		'Budgetanalyse: Samskabelse og effektivisering',
		'Ligestillingsredegørelsen 2023',
		'Tværgående retningslinjer for informationssikkerhed'
	]);
});

test('the public never sees the closed case; a reader filters cases by open/closed and unit', async ({ page, browser, baseURL }) => {
	await page.goto('/?year=2023');
	const options = page.getByLabel('Vis en sags vej gennem årshjulet').locator('option');
	await expect(options).toHaveText([
		'Ingen sag valgt',
		'Budgetanalyse: Jordfordeling – vådområder og lavbundsjorde',
		'Budgetanalyse: Samskabelse og effektivisering',
		'Ligestillingsredegørelsen 2023',
		'Tværgående retningslinjer for informationssikkerhed'
	]);
	await expect(page.getByLabel('Status')).toHaveCount(0);
	// Asking for closed cases in the URL changes nothing for the public.
	await page.goto('/?year=2023&sager=lukkede');
	await expect(options).toHaveCount(5);
	await expect(page.locator('#case-select')).not.toContainText('Program for KB-seminar 2024');

	const reader = await (await browser.newContext({ baseURL })).newPage();
	// Typing before the form hydrates could be wiped: open() waits until the page is interactive.
	await open(reader, '/login');
	await reader.getByLabel('E-mail').fill('laeser@demo.aarshjul.dk');
	await reader.getByLabel('Adgangskode').fill('aarshjul-demo');
	await reader.getByRole('button', { name: 'Log ind' }).click();
	await expect(reader).not.toHaveURL(/login/);
	await reader.goto('/?year=2023');
	const readerOptions = reader.getByLabel('Vis en sags vej gennem årshjulet').locator('option');
	await expect(readerOptions).toContainText(['Program for KB-seminar 2024 (lukket)']);
	await reader.getByLabel('Status').selectOption({ label: 'Kun lukkede' });
	await expect(reader).toHaveURL(/sager=lukkede/);
	await expect(readerOptions).toHaveText(['Ingen sag valgt', 'Program for KB-seminar 2024 (lukket)']);
	await reader.getByLabel('Status').selectOption({ label: 'Kun åbne' });
	await expect(reader).toHaveURL(/sager=aabne/);
	await reader.getByLabel('Ansvarlig enhed').selectOption('HR og Personale');
	await expect(reader).toHaveURL(/enhed=HR\+og\+Personale/);
	await expect(readerOptions).toHaveText(['Ingen sag valgt', 'Ligestillingsredegørelsen 2023']);
	await reader.context().close();
});

test('a board meeting opening a political cycle carries Månedsgrebet among its fixed items', async ({ page }) => {
	await page.goto('/?year=2023&filtre=1&organ=DIR');
	await page.waitForLoadState('networkidle');
	const mark = page.locator('svg.wheel [data-meeting-id]').filter({ has: page.locator('xpath=self::*[contains(@aria-label, "12. april 2023")]') });
	await expect(mark).toHaveAttribute(
		'aria-label',
		'Direktionen, onsdag 12. april 2023 kl. 09.00, Rul maj 2023, faste punkter: Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt; Månedsgrebet'
	);
	const next = page.locator('svg.wheel [data-meeting-id][aria-label*="19. april 2023"]');
	await expect(next).toHaveAttribute('aria-label', 'Direktionen, onsdag 19. april 2023 kl. 09.00, Rul maj 2023, faste punkter: Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt');
	await next.focus();
	await expect(page.getByRole('tooltip')).toContainText('Faste punkter: Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt');
});
