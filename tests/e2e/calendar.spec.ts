import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signedIn } from './session';

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

test('a cancelled meeting is struck through in the calendar', async ({ page, baseURL }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const [meeting] = (await (await secretariat.get('/api/v1/meetings?from=2023-08-01&to=2023-08-31&body=KB')).json()) as { id: string; version: number }[];
	const cancelled = await secretariat.patch(`/api/v1/meetings/${meeting!.id}`, { data: { version: meeting!.version, status: 'cancelled' } });
	expect(cancelled.status()).toBe(200);
	try {
		await page.goto('/kalender?date=2023-08-01');
		await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
		const mark = page.locator(`[data-meeting-id="${meeting!.id}"]`).first();
		await expect(mark).toContainText('(aflyst)');
		await expect(mark).toHaveClass(/\bis-cancelled\b/);
		expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
	} finally {
		const restored = await secretariat.patch(`/api/v1/meetings/${meeting!.id}`, { data: { version: meeting!.version + 1, status: 'planned' } });
		expect(restored.status()).toBe(200);
		await secretariat.dispose();
	}
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

type ApiMeetingFull = { id: string; body: string; start: string; end: string; version: number };
type ApiCaseFull = { id: string; title: string; stages: { body: string; meeting: { id: string; start: string | null } | null }[] };

/** A browser page signed in as the secretariat, with the session of an API login. */
async function secretariatPage(browser: Browser, baseURL: string | undefined) {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const storageState = await api.storageState();
	await api.dispose();
	// Tall enough that the whole month, source and target day, is on screen: a drag that leaves
	// the viewport ends on the page, not on the calendar.
	return (await browser.newContext({ baseURL, storageState, viewport: { width: 1280, height: 1400 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' })).newPage();
}

/** Drags a meeting in the month view onto another day with small pointer steps, as a hand would. */
async function dragToDay(page: Page, meetingId: string, day: string): Promise<void> {
	const from = await page.locator(`.calendar [data-meeting-id="${meetingId}"]`).first().boundingBox();
	const to = await page.locator(`.calendar [role="gridcell"][data-date="${day}"]`).boundingBox();
	if (!from || !to) throw new Error('meeting or day not shown');
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
	await page.mouse.move(to.x + to.width / 2, to.y + to.height - 8, { steps: 25 });
	await page.mouse.up();
}

test('dragging the June 2027 ØK meeting shows that it breaks the well-being case; Fortryd leaves it unchanged', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const cases = (await (await api.get('/api/v1/cases')).json()) as ApiCaseFull[];
	const wellBeing = cases.find((c) => c.title === 'Trivselsmåling og handleplan');
	const okStage = wellBeing?.stages.find((s) => s.body === 'ØK');
	const kbStage = wellBeing?.stages.find((s) => s.body === 'KB');
	expect(okStage?.meeting?.start?.slice(0, 10)).toBe('2027-06-15');
	const okId = okStage?.meeting?.id ?? '';
	const before = (await (await api.get(`/api/v1/meetings/${okId}`)).json()) as ApiMeetingFull;
	// The day after the council's decision: ØK would then come after KB.
	const afterKb = new Date(Date.parse(`${kbStage?.meeting?.start?.slice(0, 10)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

	const page = await secretariatPage(browser, baseURL);
	await page.goto('/kalender?date=2027-06-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await dragToDay(page, okId, afterKb);
	const dialog = page.getByRole('dialog', { name: 'Flyt mødet?' });
	await expect(dialog).toBeVisible();
	const broken = dialog.locator('li[data-breaks="true"]').filter({ hasText: 'Trivselsmåling og handleplan' });
	await expect(broken).toHaveCount(1);
	await expect(broken.getByRole('link', { name: 'Trivselsmåling og handleplan' })).toHaveAttribute('href', `/sager/${wellBeing?.id}`);
	await expect(broken).toContainText('Brydes');
	await expect(broken.getByText(/^Forslag: /).first()).toBeVisible();
	await dialog.getByRole('button', { name: 'Fortryd' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(page.locator(`.calendar [role="gridcell"][data-date="2027-06-15"] [data-meeting-id="${okId}"]`)).toHaveCount(1);
	const after = (await (await api.get(`/api/v1/meetings/${okId}`)).json()) as ApiMeetingFull;
	expect([after.start, after.end, after.version]).toEqual([before.start, before.end, before.version]);
	await page.context().close();
	await api.dispose();
});

test('dragging a meeting no case uses saves the move; the meeting links to its own page', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const cases = (await (await api.get('/api/v1/cases')).json()) as ApiCaseFull[];
	const used = new Set(cases.flatMap((c) => c.stages.flatMap((s) => (s.meeting ? [s.meeting.id] : []))));
	const march = (await (await api.get('/api/v1/meetings?from=2027-03-01&to=2027-03-31&body=KB')).json()) as ApiMeetingFull[];
	const free = march.find((m) => !used.has(m.id));
	if (!free) throw new Error('no KB meeting in March 2027 without cases');
	const day = free.start.slice(0, 10);
	const nextDay = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

	const page = await secretariatPage(browser, baseURL);
	await page.goto('/kalender?date=2027-03-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.locator(`.calendar a[data-meeting-id="${free.id}"]`)).toHaveAttribute('href', `/moeder/${free.id}`);
	await expect(page.locator(`.calendar [data-meeting-id="${free.id}"]`)).toHaveAttribute('data-draggable', 'true');
	await dragToDay(page, free.id, nextDay);
	const dialog = page.getByRole('dialog', { name: 'Flyt mødet?' });
	await expect(dialog).toContainText('Ingen sager er sat på mødet.');
	await dialog.getByRole('button', { name: 'Flyt mødet' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Mødet er flyttet.');
	await expect(dialog.locator('#move-broken-heading')).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Luk' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(page.locator(`.calendar [role="gridcell"][data-date="${nextDay}"] [data-meeting-id="${free.id}"]`)).toHaveCount(1);
	const moved = (await (await api.get(`/api/v1/meetings/${free.id}`)).json()) as ApiMeetingFull;
	expect([moved.start.slice(0, 10), moved.start.slice(10), moved.end.slice(10), moved.version]).toEqual([nextDay, free.start.slice(10), free.end.slice(10), free.version + 1]);

	const back = await api.patch(`/api/v1/meetings/${free.id}`, {
		data: { version: moved.version, date: day, start: free.start.slice(11, 16), end: free.end.slice(11, 16) }
	});
	expect(back.status()).toBe(200);
	expect(((await back.json()) as ApiMeetingFull).start).toBe(free.start);
	await page.context().close();
	await api.dispose();
});

test('after a drag is saved, the dialog names the case now in conflict and a repair button applies the repair', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const editor = await signedIn(baseURL ?? '', 'editor');
	const day = async (body: string, d: string) => ((await (await api.get(`/api/v1/meetings?from=${d}&to=${d}&body=${encodeURIComponent(body)}`)).json()) as ApiMeetingFull[])[0]!;
	const kb = await day('KB', '2027-11-23');
	const ok = await day('ØK', '2027-11-16');
	const created = await editor.post('/api/v1/cases', { data: { title: 'Rekrutteringspolitik 2028', caseNumber: '77011/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb.id } } } });
	expect(created.status()).toBe(201);
	const c = (await created.json()) as ApiCaseFull & { version: number };

	const page = await secretariatPage(browser, baseURL);
	await page.goto('/kalender?date=2027-11-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await dragToDay(page, ok.id, '2027-11-24');
	const dialog = page.getByRole('dialog', { name: 'Flyt mødet?' });
	await expect(dialog.locator('li[data-breaks="true"]').filter({ hasText: 'Rekrutteringspolitik 2028' })).toHaveCount(1);
	await dialog.getByRole('button', { name: 'Flyt mødet' }).click();
	await expect(dialog.getByRole('status').first()).toHaveText('Mødet er flyttet.');
	await expect(dialog.locator('#move-broken-heading')).toHaveText(/^(1 sag er|\d+ sager er) nu i konflikt$/);
	const mine = dialog.locator(`li[data-broken-case="${c.id}"]`);
	await expect(mine.getByRole('link', { name: 'Rekrutteringspolitik 2028' })).toHaveAttribute('href', `/sager/${c.id}`);
	await expect(mine.locator('.repair-row > span')).toHaveText(['Flyt til DIR 8. september 2027, HU 23. september 2027, ØK 19. oktober 2027.', 'Flyt til KB 14. december 2027.']);
	await test.info().attach('flyt-dialog-konflikt.png', { body: await page.screenshot(), contentType: 'image/png' });
	await mine.getByRole('button', { name: /^Godkend reparation ?: Flyt til KB 14\. december 2027\.$/ }).click();
	await expect(mine.getByRole('status')).toHaveText('Reparationen er godkendt: Flyt til KB 14. december 2027.');
	const repaired = (await (await api.get(`/api/v1/cases/${c.id}`)).json()) as ApiCaseFull & { version: number };
	expect(repaired.stages[3]!.meeting!.id).toBe((await day('KB', '2027-12-14')).id);
	expect(repaired.version).toBe(c.version + 1);
	await dialog.getByRole('button', { name: 'Luk' }).click();
	await expect(dialog).toHaveCount(0);

	// The ØK meeting goes back where it was, for the specs that follow.
	const moved = (await (await api.get(`/api/v1/meetings/${ok.id}`)).json()) as ApiMeetingFull;
	const back = await api.patch(`/api/v1/meetings/${ok.id}`, { data: { version: moved.version, date: '2027-11-16', start: ok.start.slice(11, 16), end: ok.end.slice(11, 16) } });
	expect(back.status()).toBe(200);
	await page.context().close();
	await api.dispose();
	await editor.dispose();
});

test('the public and readers cannot drag meetings', async ({ page }) => {
	await page.goto('/kalender?date=2027-03-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.locator('.calendar [data-draggable]')).toHaveCount(0);
	await expect(page.locator('.calendar [data-meeting-id]').first()).toBeVisible();
});

test('moving KB 28 September 2027 to 19 October names the budget deadline it breaks, in the drag dialog and on the meeting page', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const [kb] = (await (await api.get('/api/v1/meetings?from=2027-09-28&to=2027-09-28&body=KB')).json()) as ApiMeetingFull[];
	const late = 'Budget 2028–2031: Budgettet vedtages 19. oktober 2027, efter fristen 15. oktober 2027. (KSL § 38)';

	const page = await secretariatPage(browser, baseURL);
	await page.goto('/kalender?date=2027-10-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await dragToDay(page, kb!.id, '2027-10-19');
	const dialog = page.getByRole('dialog', { name: 'Flyt mødet?' });
	await expect(dialog.locator('.legal-impact li')).toHaveText([late]);
	await dialog.getByRole('button', { name: 'Fortryd' }).click();
	await expect(dialog).toHaveCount(0);

	await page.goto(`/moeder/${kb!.id}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Dato').fill('2027-10-19');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).first().click();
	await expect(page.locator('section.impact .legal-impact li')).toHaveText([late]);
	await page.getByLabel('Dato').fill('2027-10-05');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).first().click();
	await expect(page.locator('section.impact [data-legal-impact="none"]')).toHaveText('Ingen lovkrav brydes.');
	const after = (await (await api.get(`/api/v1/meetings/${kb!.id}`)).json()) as ApiMeetingFull;
	expect([after.start, after.version]).toEqual([kb!.start, kb!.version]);

	// Saved anyway: the page says which legal check the move now breaks.
	await page.getByLabel('Dato').fill('2027-10-19');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByText('Mødet er gemt.')).toBeVisible();
	await expect(page.locator('[data-saved-legal] .legal-impact li')).toHaveText([late]);
	await test.info().attach('moede-gemt-lovkrav.png', { body: await page.screenshot(), contentType: 'image/png' });
	// Back as it was, for the specs that follow.
	const moved = (await (await api.get(`/api/v1/meetings/${kb!.id}`)).json()) as ApiMeetingFull;
	expect((await api.patch(`/api/v1/meetings/${kb!.id}`, { data: { version: moved.version, date: '2027-09-28', start: kb!.start.slice(11, 16), end: kb!.end.slice(11, 16) } })).status()).toBe(200);
	await page.context().close();
	await api.dispose();
});

test('before a drag is saved, the dialog offers each repair as a button that saves the move and then the repair', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL ?? '', 'secretariat');
	const editor = await signedIn(baseURL ?? '', 'editor');
	const day = async (body: string, d: string) => ((await (await api.get(`/api/v1/meetings?from=${d}&to=${d}&body=${encodeURIComponent(body)}`)).json()) as ApiMeetingFull[])[0]!;
	const kb = await day('KB', '2027-05-25');
	const created = await editor.post('/api/v1/cases', { data: { title: 'Lønpolitik 2028', caseNumber: '77014/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb.id } } } });
	expect(created.status()).toBe(201);
	const c = (await created.json()) as ApiCaseFull & { version: number };
	const okStage = c.stages[2]!.meeting!;
	expect(okStage.start).toBe('2027-05-18T16:00:00+02:00');
	const ok = (await (await api.get(`/api/v1/meetings/${okStage.id}`)).json()) as ApiMeetingFull;

	const page = await secretariatPage(browser, baseURL);
	await page.goto('/kalender?date=2027-05-01&view=dayGridMonth');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	await dragToDay(page, ok.id, '2027-05-26');
	const dialog = page.getByRole('dialog', { name: 'Flyt mødet?' });
	const mine = dialog.locator('li[data-breaks="true"]').filter({ hasText: 'Lønpolitik 2028' });
	await expect(mine).toHaveCount(1);
	await expect(mine.locator('.repair-row > span')).toHaveText(['Forslag: Flyt til DIR 10. marts 2027, HU 24. marts 2027, ØK 20. april 2027.', 'Forslag: Flyt til KB 22. juni 2027.']);
	await mine.getByRole('button', { name: /^Flyt og godkend reparation ?: Flyt til KB 22\. juni 2027\.$/ }).click();
	await expect(dialog.getByRole('status').first()).toHaveText('Mødet er flyttet.');
	await expect(dialog.locator(`li[data-broken-case="${c.id}"] [role="status"]`)).toHaveText('Reparationen er godkendt: Flyt til KB 22. juni 2027.');
	await test.info().attach('flyt-dialog-reparation-foer-gem.png', { body: await page.screenshot(), contentType: 'image/png' });
	const moved = (await (await api.get(`/api/v1/meetings/${ok.id}`)).json()) as ApiMeetingFull;
	expect([moved.start, moved.version]).toEqual(['2027-05-26T16:00:00+02:00', ok.version + 1]);
	const repaired = (await (await api.get(`/api/v1/cases/${c.id}`)).json()) as ApiCaseFull & { version: number };
	expect([repaired.stages[3]!.meeting!.id, repaired.version]).toEqual([(await day('KB', '2027-06-22')).id, c.version + 1]);
	await dialog.getByRole('button', { name: 'Luk' }).click();

	// Back as it was, for the specs that follow.
	expect((await api.patch(`/api/v1/meetings/${ok.id}`, { data: { version: moved.version, date: '2027-05-18', start: ok.start.slice(11, 16), end: ok.end.slice(11, 16) } })).status()).toBe(200);
	expect((await editor.delete(`/api/v1/cases/${c.id}?version=${repaired.version}`)).status()).toBe(204);
	await page.context().close();
	await api.dispose();
	await editor.dispose();
});
