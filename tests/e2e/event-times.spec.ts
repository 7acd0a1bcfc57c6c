import { expect, test } from '@playwright/test';
import { DEMO, open, pageSignedIn, signedIn } from './session';

/**
 * An event over several days with a start time on its first day and an end time on its last:
 * the form (with its warning when a meeting falls inside), the event page, the API, the public
 * feed and the calendar all show the same times.
 */

test('a multi-day event with times: the form warns of the meeting it overlaps, and page, API, feed and calendar show its times', async ({ browser, baseURL }) => {
	const api = await signedIn(baseURL!, 'secretariat');
	// Two meetings on the event's last day, inside its hours (2028 has no demo meetings; removed again below).
	const meet = async (body: string, start: string, end: string) => {
		const made = await api.post('/api/v1/meetings', { data: { body, date: '2028-03-07', start, end } });
		expect(made.status()).toBe(201);
		return (await made.json()) as { id: string; version: number };
	};
	const early = await meet('ØK', '08:00', '09:00');
	const meeting = await meet('KB', '17:00', '19:00');

	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/begivenheder/ny');
	const title = 'Budgetseminar over to dage (e2e 2028)';
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Kategori').selectOption('seminar');
	await expect(page.getByLabel('Dato')).toHaveAttribute('type', 'date');
	await expect(page.getByLabel('Start')).toHaveAttribute('type', 'time');
	await page.getByLabel('Dato').fill('2028-03-06');
	await page.getByLabel('Start').fill('09:00');
	await page.getByLabel('Slut', { exact: true }).fill('16:00');
	await page.getByLabel('Sted', { exact: true }).fill('Byrådssalen');
	await page.getByLabel('Offentlig').check();
	// One day, 9–16 on 6 March: no meeting, no warning.
	await expect(page.locator('.overlap-warning')).toHaveCount(0);
	await page.getByLabel('Sidste dag').fill('2028-03-07');
	await page.getByLabel('Slut', { exact: true }).fill('18:00');
	const warning = page.locator('.overlap-warning');
	await expect(warning).toHaveAttribute('role', 'status');
	await expect(warning.locator('p')).toHaveText('Bemærk: Begivenheden overlapper 2 møder. Du kan stadig gemme den.');
	await expect(warning.locator('li')).toHaveText(['Økonomiudvalget (ØK) 7. marts 2028 kl. 08.00–09.00', 'Kommunalbestyrelsen (KB) 7. marts 2028 kl. 17.00–19.00']);
	await expect(warning.getByRole('link', { name: 'Kommunalbestyrelsen (KB)' })).toHaveAttribute('href', `/moeder/${meeting.id}`);
	await test.info().attach('begivenhed-overlap.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	// Ending before the KB meeting starts: one meeting, in the singular.
	await page.getByLabel('Slut', { exact: true }).fill('16:59');
	await expect(warning.locator('p')).toHaveText('Bemærk: Begivenheden overlapper et møde. Du kan stadig gemme den.');
	await expect(warning.locator('li')).toHaveText(['Økonomiudvalget (ØK) 7. marts 2028 kl. 08.00–09.00']);
	// Ending before the first meeting of the day starts: no warning.
	await page.getByLabel('Slut', { exact: true }).fill('08:00');
	await expect(warning).toHaveCount(0);
	await page.getByLabel('Slut', { exact: true }).fill('18:00');
	await expect(warning.locator('li')).toHaveCount(2);

	// The warning does not stop the save.
	await page.getByRole('button', { name: 'Opret begivenhed' }).click();
	await expect(page).toHaveURL(/\/begivenheder\/[0-9a-f-]{36}$/);
	const id = page.url().split('/').at(-1)!;
	await expect(page.locator('[data-fact="when"]')).toHaveText('6. marts 2028 kl. 09.00 til 7. marts 2028 kl. 18.00');
	await expect(page.getByLabel('Sidste dag')).toHaveValue('2028-03-07');
	await expect(page.getByLabel('Slut', { exact: true })).toHaveValue('18:00');

	const [event] = ((await (await api.get('/api/v1/events?from=2028-03-06&to=2028-03-07')).json()) as { id: string; title: string }[]).filter((e) => e.id === id);
	expect(event).toMatchObject({ title, allDay: false, start: '2028-03-06T09:00:00+01:00', end: '2028-03-07T18:00:00+01:00', public: true });

	const feed = await (await page.request.get('/feeds/offentlig.ics')).text();
	const vevent = feed.replace(/\r\n /g, '').split('BEGIN:VEVENT').find((v) => v.includes(`SUMMARY:${title}`));
	expect(vevent).toBeDefined();
	expect(vevent!.split('\r\n').filter((l) => /^DT(START|END)/.test(l))).toEqual(['DTSTART;TZID=Europe/Copenhagen:20280306T090000', 'DTEND;TZID=Europe/Copenhagen:20280307T180000']);

	// The week view draws it from 9.00 on the first day to 18.00 on the last.
	await page.goto('/kalender?date=2028-03-06&view=timeGridWeek');
	await expect(page.locator('.calendar[data-state="ready"]')).toBeVisible();
	const pieces = page.locator(`.calendar [data-event-id="${id}"]`);
	await expect(pieces).toHaveCount(2);
	await expect(pieces.first()).toContainText('09.00');
	await test.info().attach('kalender-flerdags.png', { body: await page.screenshot(), contentType: 'image/png' });

	// Moved a week on: the history says so in words.
	await open(page, `/begivenheder/${id}`);
	await page.getByLabel('Dato').fill('2028-03-13');
	await page.getByLabel('Sidste dag').fill('2028-03-14');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'gemt' })).toHaveText('Begivenheden er gemt.');
	const row = page.locator('table.history tbody tr').first();
	await expect(row.locator('.sentence')).toHaveText('Begivenheden flyttet fra 6. til 13. marts 2028');
	await expect(row.locator('li[data-field="when"]')).toHaveText('Tidspunkt: 6. marts 2028 kl. 09.00 til 7. marts 2028 kl. 18.00 → 13. marts 2028 kl. 09.00 til 14. marts 2028 kl. 18.00');

	expect((await api.delete(`/api/v1/events/${id}?version=2`)).status()).toBe(204);
	for (const m of [early, meeting]) expect((await api.delete(`/api/v1/meetings/${m.id}?version=${m.version}`)).status()).toBe(204);
	await page.context().close();
	await api.dispose();
});

test('a timed event whose last day is before its first is refused by the field, and nothing is saved', async ({ browser, baseURL }) => {
	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/begivenheder/ny');
	await page.getByLabel('Titel').fill('Baglæns (e2e 2028)');
	await page.getByLabel('Dato').fill('2028-04-10');
	await page.getByLabel('Start').fill('09:00');
	await page.getByLabel('Sidste dag').fill('2028-04-09');
	await page.getByLabel('Slut', { exact: true }).fill('12:00');
	await page.getByRole('button', { name: 'Opret begivenhed' }).click();
	await expect(page.locator('#event-untilDate-error')).toHaveText('Slutdatoen skal ligge på eller efter datoen');
	await expect(page).toHaveURL('/redigering/begivenheder/ny');
	const api = await signedIn(baseURL!, 'secretariat');
	const events = (await (await api.get('/api/v1/events?from=2028-04-01&to=2028-04-30')).json()) as { title: string }[];
	expect(events.filter((e) => e.title === 'Baglæns (e2e 2028)')).toEqual([]);
	await page.context().close();
	await api.dispose();
});
