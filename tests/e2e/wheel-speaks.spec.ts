import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { DEMO, open, pageSignedIn, signedIn } from './session';

// The wheel read without hovering: labels at zoom, event arcs with titles, key cases, the load
// ring, shaded days off, filters in place and touch targets on a phone.

type ApiMeeting = { id: string; body: string; start: string };
type ApiEvent = { id: string; title: string; allDay: boolean; startDate?: string; endDate?: string; start?: string };
type ApiCase = { id: string; title: string; keyCase: boolean; stages: { meeting: { id: string; start?: string } | null }[] };

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	return (await res.json()) as T;
}

/** "2023-05-23T17:00:00+02:00" → "23/5", the label's date. */
const shortDay = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
	await testInfo.attach(name, { body: await page.locator('.wheel-frame').screenshot(), contentType: 'image/png' });
}

/**
 * Glyphs of the labels and ring names that lie on a mark: each glyph's box in SVG units
 * against each meeting's circle and each event's diamond. Empty when no label covers a mark.
 */
function labelsOnMarks(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const svg = document.querySelector('svg.wheel')!;
		const marks = [...svg.querySelectorAll('.meetings a > circle, .events a > path')].map((el) => {
			const b = (el as SVGGraphicsElement).getBBox();
			const a = el.closest('a');
			return { id: a?.getAttribute('data-meeting-id') ?? a?.getAttribute('data-event-id') ?? '', name: a?.getAttribute('aria-label') ?? '', x: b.x, y: b.y, w: b.width, h: b.height };
		});
		const hits: string[] = [];
		for (const text of svg.querySelectorAll<SVGTextContentElement>('text[data-label-for], text[data-ring-name]')) {
			const own = text.getAttribute('data-label-for');
			for (let i = 0; i < text.getNumberOfChars(); i++) {
				const g = text.getExtentOfChar(i);
				// A glyph's box is a little taller than its ink: a unit's grace on each side.
				const x = g.x + 1, y = g.y + 1, w = g.width - 2, h = g.height - 2;
				for (const m of marks) {
					if (m.id === own) continue;
					if (x < m.x + m.w && x + w > m.x && y < m.y + m.h && y + h > m.y) hits.push(`${text.textContent} on ${m.name}`);
				}
			}
		}
		return [...new Set(hits)];
	});
}

test('at quarter zoom every meeting and event carries its name and date, and no label or ring name covers a mark', async ({ page, request }, testInfo) => {
	const meetings = await getJson<ApiMeeting[]>(request, '/api/v1/meetings?from=2023-04-01&to=2023-06-30');
	await open(page, '/?year=2023&zoom=q2');
	const ids = await page.locator('svg.wheel [data-meeting-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting-id')!));
	expect(ids.sort()).toEqual(meetings.map((m) => m.id).sort());
	for (const m of meetings) await expect(page.locator(`svg.wheel text[data-label-for="${m.id}"]`)).toHaveText(`${m.body} ${shortDay(m.start)}`);
	const labelOf = async (name: string | RegExp) => page.locator(`svg.wheel text[data-label-for="${await page.getByRole('link', { name }).getAttribute('data-meeting-id')}"]`);
	await expect(await labelOf('Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023')).toHaveText('KB 23/5');
	await expect(await labelOf(/^Økonomiudvalget, tirsdag 16\. maj 2023/)).toHaveText('ØK 16/5');
	await expect(page.locator('svg.wheel text[data-ring-name]')).toHaveText(['DIR', 'HU', 'Fagudvalg', 'ØK', 'KB', 'Begivenheder']);
	expect(await labelsOnMarks(page)).toEqual([]);
	await shot(page, testInfo, 'wheel-2023-q2-labels');

	// The public events of the third quarter, each with its title and day.
	const events = await getJson<ApiEvent[]>(request, '/api/v1/events?from=2023-07-01&to=2023-09-30');
	await open(page, '/?year=2023&zoom=q3');
	const eventIds = await page.locator('svg.wheel .events a').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
	expect(eventIds).toEqual(events.map((e) => e.id));
	const eventLabels = await Promise.all(eventIds.map((id) => page.locator(`svg.wheel text[data-label-for="${id}"]`).textContent()));
	expect(eventLabels).toEqual(['Frist: Økonomiudvalgets budgetforslag 15/9']);
	expect(events.map((e) => `${e.title} ${shortDay(e.startDate ?? e.start!)}`)).toEqual(eventLabels);
	expect(await labelsOnMarks(page)).toEqual([]);

	// The third quarter of 2027, where ØK's September meeting lies just before the seam at 12 o'clock.
	await open(page, '/?year=2027&zoom=q3');
	await expect(page.locator('svg.wheel text[data-ring-name="oek"]')).toHaveText('ØK');
	expect(await labelsOnMarks(page)).toEqual([]);
	await shot(page, testInfo, 'wheel-2027-q3-labels');
});

test('the year view draws events as arcs over their days with their titles along the ring', async ({ browser }, testInfo) => {
	const page = await pageSignedIn(browser, DEMO.reader);
	await open(page, '/?year=2023');
	const eventWithLabel = async (label: string) => {
		const title = page.locator('svg.wheel .labels text[data-label-for]').filter({ hasText: new RegExp(`^${label}$`) });
		await expect(title).toHaveCount(1);
		return page.locator(`svg.wheel .events a[data-event-id="${await title.getAttribute('data-label-for')}"]`);
	};
	const seminar = await eventWithLabel('KB-seminar');
	await expect(seminar).toHaveAttribute('aria-label', /^KB-seminar, .* til /);
	// An arc (sector) rather than a diamond: two arcs joined by lines.
	expect((await seminar.locator('path').first().getAttribute('d'))?.match(/ A /g)?.length).toBe(2);
	// A long title is cut in the year view; the link keeps the whole of it.
	const frist = await eventWithLabel('Frist: budgetvedtagel…');
	await expect(frist).toHaveAttribute('aria-label', 'Frist: budgetvedtagelse, søndag 15. oktober 2023');
	expect((await frist.locator('path').first().getAttribute('d'))?.match(/ A /g)?.length).toBe(2);
	await testInfo.attach('wheel-2023-year-events', { body: await page.locator('.wheel-frame').screenshot(), contentType: 'image/png' });
	await page.context().close();
});

test('1 January 2027 and a closure are shaded on the wheel and in the calendar', async ({ page, baseURL }, testInfo) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	// A weekend of its own, used by no other spec, with no meetings to disturb.
	const created = await secretariat.post('/api/v1/closures', { data: { name: 'Hjulets testlukning', from: '2027-02-13', to: '2027-02-14', body: null }, headers: { origin: baseURL! } });
	expect(created.status()).toBe(201);
	const closure = (await created.json()) as { id: number };
	try {
		await open(page, '/?year=2027&zoom=q1');
		const newYear = page.locator('svg.wheel path[data-day="2027-01-01"]');
		await expect(newYear).toHaveAttribute('data-day-off', 'holiday');
		await expect(newYear).toHaveAttribute('fill', '#f6d2b8');
		// A Tuesday like any other, for comparison.
		await expect(page.locator('svg.wheel path[data-day="2027-01-05"]')).toHaveAttribute('fill', '#fbfbfc');
		await expect(page.locator('svg.wheel path[data-day="2027-01-05"]')).not.toHaveAttribute('data-day-off', /./);
		await expect(page.locator('svg.wheel path[data-shade="holiday"][data-from="2027-01-01"] title')).toHaveText('Nytårsdag');
		for (const day of ['2027-02-13', '2027-02-14']) {
			await expect(page.locator(`svg.wheel path[data-day="${day}"]`)).toHaveAttribute('data-day-off', 'closure');
			await expect(page.locator(`svg.wheel path[data-day="${day}"]`)).toHaveAttribute('fill', '#e4d8f0');
		}
		await expect(page.locator('svg.wheel path[data-shade="closure"][data-from="2027-02-13"][data-to="2027-02-14"] title')).toHaveText('Hjulets testlukning');
		await shot(page, testInfo, 'wheel-2027-q1-shading');

		await open(page, '/kalender?date=2027-01-01');
		await expect(page.locator('.calendar[data-state="ready"]')).toHaveCount(1);
		const holiday = page.locator('.calendar .shade.shade-holiday');
		await expect(holiday.filter({ hasText: 'Nytårsdag' })).toHaveCount(1);
		const cell = await page.locator('[data-date="2027-01-01"]').first().boundingBox();
		const shade = await holiday.filter({ hasText: 'Nytårsdag' }).boundingBox();
		expect(cell && shade && shade.x >= cell.x - 1 && shade.x + shade.width <= cell.x + cell.width + 1).toBe(true);
		await page.getByRole('button', { name: 'Næste' }).click();
		await expect(page.locator('.calendar .shade.shade-closure').filter({ hasText: 'Hjulets testlukning' })).toHaveCount(1);
		await testInfo.attach('calendar-2027-02-closure', { body: await page.screenshot(), contentType: 'image/png' });
	} finally {
		expect((await secretariat.delete(`/api/v1/closures/${closure.id}`, { headers: { origin: baseURL! } })).status()).toBe(204);
	}
});

test("the board's summer closure shades the board's ring only, not the day ring", async ({ browser }, testInfo) => {
	const page = await pageSignedIn(browser, DEMO.reader);
	await open(page, '/?year=2027&zoom=m7');
	const summer = page.locator('svg.wheel path[data-shade="closure"][data-from="2027-07-13"]');
	await expect(summer).toHaveCount(1);
	await expect(summer).toHaveAttribute('data-ring', 'dir');
	await expect(summer.locator('title')).toHaveText('Direktionens sommerferie (DIR)');
	// 14 July 2027 is a Wednesday in the closure: in the day ring only July's shade, everyone's.
	await expect(page.locator('svg.wheel path[data-day="2027-07-14"]')).toHaveAttribute('data-day-off', 'july');
	await shot(page, testInfo, 'wheel-2027-07-board-summer');
	await page.context().close();
});

/** Cases per meeting as the API's case list gives them to this client, on the given meetings. */
async function apiLoad(request: APIRequestContext, meetingIds: ReadonlySet<string>): Promise<Record<string, number>> {
	const cases = await getJson<ApiCase[]>(request, '/api/v1/cases');
	const counts: Record<string, number> = {};
	for (const c of cases) {
		for (const id of new Set(c.stages.flatMap((s) => (s.meeting ? [s.meeting.id] : [])))) {
			if (meetingIds.has(id)) counts[id] = (counts[id] ?? 0) + 1;
		}
	}
	return counts;
}

async function wheelLoad(page: Page): Promise<Record<string, number>> {
	const bars = await page.locator('svg.wheel [data-load-meeting]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-load-meeting')!, Number(e.getAttribute('data-count'))] as const));
	return Object.fromEntries(bars);
}

test('the load ring counts the cases per meeting exactly as the API lists them, and marks meetings at the threshold', async ({ page, browser, request, baseURL }, testInfo) => {
	const meetings = new Set((await getJson<ApiMeeting[]>(request, '/api/v1/meetings?from=2023-01-01&to=2023-12-31')).map((m) => m.id));
	await open(page, '/?year=2023');
	const expected = await apiLoad(request, meetings);
	expect(Object.keys(expected).length).toBeGreaterThan(3);
	expect(await wheelLoad(page)).toEqual(expected);

	// Staff see the closed case too, and the internal bodies' meetings.
	const reader = await signedIn(baseURL!, 'reader');
	const staffMeetings = new Set((await getJson<ApiMeeting[]>(reader, '/api/v1/meetings?from=2023-01-01&to=2023-12-31')).map((m) => m.id));
	const staffExpected = await apiLoad(reader, staffMeetings);
	expect(staffExpected).not.toEqual(expected);
	const readerPage = await pageSignedIn(browser, DEMO.reader);
	await open(readerPage, '/?year=2023');
	expect(await wheelLoad(readerPage)).toEqual(staffExpected);
	await readerPage.context().close();

	// The secretariat lowers the threshold to 2: exactly the meetings with 2 cases or more are marked.
	const secretariat = await pageSignedIn(browser, DEMO.secretariat);
	await open(secretariat, '/redigering/hjul');
	await secretariat.getByLabel('Mange sager fra').fill('2');
	await secretariat.getByRole('button', { name: 'Gem grænsen' }).click();
	await expect(secretariat.getByRole('status')).toContainText('Et møde med 2 sager eller flere markeres nu i årshjulet.');
	try {
		await open(page, '/?year=2023');
		const heavy = await page.locator('svg.wheel [data-meeting-id]:has([data-heavy-ring])').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting-id')).sort());
		expect(heavy).toEqual(Object.entries(expected).filter(([, n]) => n >= 2).map(([id]) => id).sort());
		expect(heavy.length).toBeGreaterThan(0);
		await page.locator(`svg.wheel [data-meeting-id="${heavy[0]}"]`).hover();
		await expect(page.getByRole('tooltip').locator('[data-load]')).toHaveText(`${expected[heavy[0]!]} sager – mange sager`);
		await shot(page, testInfo, 'wheel-2023-load-threshold-2');
	} finally {
		await open(secretariat, '/redigering/hjul');
		await secretariat.getByLabel('Mange sager fra').fill('8');
		await secretariat.getByRole('button', { name: 'Gem grænsen' }).click();
		await expect(secretariat.getByRole('status')).toContainText('Et møde med 8 sager eller flere markeres nu i årshjulet.');
		await secretariat.context().close();
	}
});

test('a key case is a band from its first to its last stage, with its title; the case page marks one', async ({ page, browser, request }, testInfo) => {
	const cases = await getJson<ApiCase[]>(request, '/api/v1/cases');
	const budget = cases.find((c) => c.title === 'Budget 2028–2031')!;
	expect(budget.keyCase).toBe(true);
	const days = budget.stages.flatMap((s) => (s.meeting?.start ? [s.meeting.start.slice(0, 10)] : [])).sort();
	await open(page, '/?year=2027');
	const band = page.locator(`svg.wheel [data-key-case="${budget.id}"]`);
	await expect(band).toHaveAttribute('data-start', days[0]!);
	await expect(band).toHaveAttribute('data-end', days.at(-1)!);
	await expect(band.locator(`text[data-label-for="${budget.id}"]`)).toHaveText('Budget 2028–2031');
	await expect(page.locator('svg.wheel text[data-ring-name="noeglesager"]')).toHaveText('Nøglesager');
	await shot(page, testInfo, 'wheel-2027-key-case');

	// The secretariat marks the equality report of 2023 as a key case on its page, and unmarks it again.
	const report = cases.find((c) => c.title === 'Ligestillingsredegørelsen 2023')!;
	const secretariat = await pageSignedIn(browser, DEMO.secretariat);
	await open(secretariat, `/sager/${report.id}`);
	await secretariat.getByRole('checkbox', { name: 'Nøglesag' }).check();
	await secretariat.getByRole('button', { name: 'Gem nøglesag' }).click();
	await expect(secretariat.locator('main')).toContainText('Sagen er nu en nøglesag.');
	await expect(secretariat.locator('[data-fact="key-case"]')).toHaveText('Ja');
	try {
		await open(page, '/?year=2023');
		const reportBand = page.locator(`svg.wheel [data-key-case="${report.id}"]`);
		await expect(reportBand).toHaveAttribute('data-start', '2023-04-12');
		await expect(reportBand).toHaveAttribute('data-end', '2023-05-23');
		await expect(reportBand).toHaveAttribute('aria-label', 'Nøglesag: Ligestillingsredegørelsen 2023');
		expect((await getJson<ApiCase>(request, `/api/v1/cases/${report.id}`)).keyCase).toBe(true);
	} finally {
		await open(secretariat, `/sager/${report.id}`);
		await secretariat.getByRole('checkbox', { name: 'Nøglesag' }).uncheck();
		await secretariat.getByRole('button', { name: 'Gem nøglesag' }).click();
		await expect(secretariat.locator('main')).toContainText('Sagen er ikke længere en nøglesag.');
		await expect(secretariat.locator('main')).toContainText('Nøglesag');
		await secretariat.context().close();
	}
	await open(page, '/?year=2023');
	await expect(page.locator('svg.wheel [data-key-case]')).toHaveCount(0);
});

test('three filter boxes ticked quickly all apply, in place, without a reload or new history entries', async ({ page, request }, testInfo) => {
	const all = await getJson<ApiMeeting[]>(request, '/api/v1/meetings?from=2023-01-01&to=2023-12-31');
	await open(page, '/?year=2023');
	await page.evaluate(() => ((window as unknown as { wheelMarker: string }).wheelMarker = 'still here'));
	const historyLength = await page.evaluate(() => history.length);
	const marks = page.locator('svg.wheel [data-meeting-id]');
	await expect(marks).toHaveCount(all.length);
	const boxes = ['Kommunalbestyrelsen (KB)', 'Økonomiudvalget (ØK)', 'Direktionen (DIR)'].map((name) => page.getByRole('checkbox', { name }));
	// No waiting between the clicks: the second and third land while the first is loading.
	for (const box of boxes) await box.click({ noWaitAfter: true });
	const left = all.filter((m) => !['KB', 'ØK', 'DIR'].includes(m.body));
	await expect(marks).toHaveCount(left.length);
	for (const box of boxes) await expect(box).not.toBeChecked();
	await expect(page).toHaveURL(/filtre=1/);
	expect(new URL(page.url()).searchParams.getAll('organ').sort()).toEqual(['BUU', 'HU', 'KFU', 'MTU', 'SSU']);
	expect(await page.evaluate(() => (window as unknown as { wheelMarker?: string }).wheelMarker)).toBe('still here');
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
	await shot(page, testInfo, 'wheel-2023-filtered');
});

test('on a 390 × 844 phone every meeting has a touch target of at least 24 × 24 px, and a tap beside a mark shows it', async ({ browser, baseURL }, testInfo) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, baseURL });
	const page = await context.newPage();
	await open(page, '/?year=2023&zoom=m5');
	const hits = page.locator('svg.wheel [data-hit-for]');
	const count = await page.locator('svg.wheel [data-meeting-id], svg.wheel [data-event-id]').count();
	expect(count).toBe(12);
	await expect(hits).toHaveCount(count);
	const sizes = await hits.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
	// A tap 10 px right of the council's mark, outside the drawn dot, still shows the meeting.
	const kb = page.getByRole('link', { name: 'Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023' });
	const dot = (await kb.locator('circle').first().boundingBox())!;
	const url = page.url();
	await page.touchscreen.tap(dot.x + dot.width / 2 + 10, dot.y + dot.height / 2);
	await expect(page.getByRole('tooltip')).toContainText('Kommunalbestyrelsen');
	await expect(page.getByRole('tooltip')).toContainText('Tryk igen for at åbne');
	expect(page.url()).toBe(url);
	await testInfo.attach('wheel-390-may-tap', { body: await page.screenshot(), contentType: 'image/png' });
	await context.close();
});
