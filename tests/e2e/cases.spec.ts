import { expect, test, type Browser, type Page } from '@playwright/test';
import { signedIn as apiAs, open, pageSignedIn as signedIn } from './session';

/**
 * The case pages through the running build with the demo data. New cases live in October–
 * December 2027, which no other spec reads; nothing here saves a change to a meeting.
 */

const baseURL = () => test.info().project.use.baseURL!;

/** The id of a body's meeting on a day, from the public API. */
async function meetingId(page: Page, body: string, day: string): Promise<string> {
	const res = await page.request.get(`/api/v1/meetings?from=${day}&to=${day}&body=${encodeURIComponent(body)}`);
	const [meeting] = await res.json();
	return meeting.id;
}

const stage = (page: Page, n: number) => page.locator(`ol.timeline > li[data-stage="${n}"]`);

test('the equality report 2023 travels DIR → HU → ØK → KB with its deadlines, for the public too', async ({ page }) => {
	await open(page, '/sager?q=Ligestillingsredeg%C3%B8relsen+2023');
	const row = page.locator('table.cases tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row.locator('td').nth(0)).toHaveText('28744/23');
	await expect(row.locator('td').nth(2)).toHaveText('HR og Personale');
	await expect(row.locator('.chip')).toHaveText(['DIR 12/4 2023 Behandlet', 'HU 27/4 2023 Behandlet', 'ØK 16/5 2023 Behandlet', 'KB 23/5 2023 Behandlet']);
	await expect(row.locator('td').nth(4)).toHaveText('tirsdag 23. maj 2023 (KB)');

	await row.getByRole('link', { name: 'Ligestillingsredegørelsen 2023' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ligestillingsredegørelsen 2023');
	await expect(page.locator('[data-fact="unit"]')).toHaveText('HR og Personale');
	await expect(page.locator('[data-fact="closed"]')).toHaveText('Åben');
	await expect(page.locator('ol.timeline > li h3')).toHaveText([
		'1. Direktionen (DIR) – Drøftelse',
		'2. Hovedudvalget (Hoved-MED) (HU) – Drøftelse',
		'3. Økonomiudvalget (ØK) – Indstilling',
		'4. Kommunalbestyrelsen (KB) – Beslutning'
	]);
	await expect(page.locator('ol.timeline [data-field="meeting"]')).toHaveText([
		'onsdag 12. april 2023 kl. 09.00 · uge 15',
		'torsdag 27. april 2023 kl. 13.00 · uge 17',
		'tirsdag 16. maj 2023 kl. 16.00 · uge 20',
		'tirsdag 23. maj 2023 kl. 17.00 · uge 21'
	]);
	// DIR: 5 working days back over Easter (10 April … 6 April); ØK and KB: 6 back over store bededag and Kristi himmelfart.
	await expect(page.locator('ol.timeline [data-field="deadline"]')).toHaveText([
		'Frist: fredag 31. marts 2023 kl. 12.00',
		'Frist: tirsdag 18. april 2023 kl. 12.00',
		'Frist: mandag 8. maj 2023 kl. 12.00',
		'Frist: fredag 12. maj 2023 kl. 12.00'
	]);
	await expect(page.locator('ol.timeline [data-field="status"]')).toHaveText(['Status: Behandlet', 'Status: Behandlet', 'Status: Behandlet', 'Status: Behandlet']);
	await expect(page.locator('[data-conflicts="none"]')).toHaveText('Ingen konflikter.');
	// The public neither edits nor sees the history.
	await expect(page.getByRole('button', { name: /Gem status|Slet sagen/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Historik' })).toHaveCount(0);

	const kb = await meetingId(page, 'KB', '2023-05-23');
	await stage(page, 3).getByRole('link').click();
	await expect(page).toHaveURL(`/moeder/${kb}`);
	await expect(page.locator('ol.agenda li[data-agenda-kind="case"]')).toContainText(['Ligestillingsredegørelsen 2023 (28744/23) · Beslutning · Behandlet']);
});

test('the public sees neither closed cases nor internal stages', async ({ page }) => {
	const reader = await apiAs(baseURL(), 'reader');
	const [closed] = await (await reader.get('/api/v1/cases?q=Program+for+KB-seminar+2024')).json();
	expect(closed.title).toBe('Program for KB-seminar 2024');
	expect(closed.closed).toBe(true);

	await open(page, '/sager?q=Program+for+KB-seminar+2024');
	await expect(page.locator('table.cases')).toHaveCount(0);
	await expect(page.getByText('Ingen sager matcher filtrene.')).toBeVisible();
	const res = await page.goto(`/sager/${closed.id}`);
	expect(res?.status()).toBe(404);
	await expect(page.getByText('Program for KB-seminar 2024')).toHaveCount(0);

	// On the DIR meeting of 13 December 2023 the closed case is only "Lukket punkt".
	await open(page, `/moeder/${await meetingId(page, 'DIR', '2023-12-13')}`);
	await expect(page.locator('ol.agenda li[data-agenda-kind="case"]')).toHaveText(['Lukket punkt']);

	// The information-security guidelines went ISU → DIR; ISU is internal, so the public sees neither its name nor its meeting.
	await open(page, '/sager?q=35022%2F23');
	await expect(page.locator('table.cases tbody tr .chip')).toHaveText(['Internt forum Behandlet', 'DIR 12/4 2023 Behandlet']);
	await page.getByRole('link', { name: 'Tværgående retningslinjer for informationssikkerhed' }).click();
	await expect(page.locator('ol.timeline > li h3')).toHaveText(['1. Internt forum – Drøftelse', '2. Direktionen (DIR) – Beslutning']);
	await expect(page.locator('ol.timeline [data-field="meeting"]')).toHaveText(['Et internt forum, som kun medarbejdere kan se', 'onsdag 12. april 2023 kl. 09.00 · uge 15']);
	await expect(page.getByText('ISU')).toHaveCount(0);

	const staff = await signedIn(page.context().browser()!, 'laeser@demo.aarshjul.dk');
	await open(staff, `/sager/${closed.id}`);
	await expect(staff.locator('[data-fact="closed"]')).toHaveText('Lukket');
	await open(staff, '/sager?q=35022%2F23');
	await expect(staff.locator('table.cases tbody tr .chip')).toHaveText(['ISU 7/3 2023 Behandlet', 'DIR 12/4 2023 Behandlet']);
	await reader.dispose();
});

test('an editor plans a case from a template onto a council meeting; it lands on the agendas', async ({ browser }) => {
	const page = await signedIn(browser, 'redaktoer@demo.aarshjul.dk');
	await open(page, '/sager/ny');
	await expect(page.getByLabel('Enhed')).toHaveValue('HR og Personale');
	await page.getByLabel('Titel').fill('Seniorpolitik 2027');
	await page.getByLabel('Sagsnummer').fill('77001/27');
	await page.getByLabel('Ansvarlig', { exact: true }).fill('Rasmus Redaktør');
	await page.getByLabel('Skabelon', { exact: true }).selectOption({ label: 'Personalesag: DIR → HU → ØK → KB' });
	await page.getByLabel('Møde i KB').selectOption({ label: 'tirsdag 26. oktober 2027 kl. 17.00' });
	await page.getByRole('checkbox', { name: /^Nøglesag/ }).check();
	await page.getByRole('button', { name: 'Vis plan' }).click();

	const plan = page.locator('table.plan tbody tr');
	await expect(plan).toHaveCount(4);
	// Backwards from KB 26 October: ØK the week before; HU must meet before ØK's deadline (11 October),
	// so it is September's HU; DIR before HU's deadline (14 September).
	await expect(plan.nth(0).locator('td')).toHaveText(['1', 'DIR', 'Drøftelse', 'onsdag 8. september 2027 kl. 09.00', 'uge 36', 'onsdag 1. september 2027 kl. 12.00', 'Rul oktober 2027']);
	await expect(plan.nth(1).locator('td')).toHaveText(['2', 'HU', 'Drøftelse', 'torsdag 23. september 2027 kl. 13.00', 'uge 38', 'tirsdag 14. september 2027 kl. 12.00', 'Rul oktober 2027']);
	await expect(plan.nth(2).locator('td')).toHaveText(['3', 'ØK', 'Indstilling', 'tirsdag 19. oktober 2027 kl. 16.00', 'uge 42', 'mandag 11. oktober 2027 kl. 12.00', 'Rul oktober 2027']);
	await expect(plan.nth(3).locator('td')).toHaveText(['4', 'KB', 'Beslutning', 'tirsdag 26. oktober 2027 kl. 17.00', 'uge 43', 'mandag 18. oktober 2027 kl. 12.00', 'Rul oktober 2027']);
	await expect(page.locator('[data-conflicts="none"]')).toHaveText('Ingen konflikter.');
	// Nothing is saved by "Vis plan".
	const reader = await apiAs(baseURL(), 'reader');
	expect(await (await reader.get('/api/v1/cases?q=77001%2F27')).json()).toEqual([]);

	// The plan keeps the form as it was, the key-case box ticked.
	await expect(page.getByRole('checkbox', { name: /^Nøglesag/ })).toBeChecked();
	await page.getByRole('button', { name: 'Opret sag' }).click();
	await expect(page).toHaveURL(/\/sager\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seniorpolitik 2027');
	await expect(page.locator('[data-fact="key-case"]')).toHaveText('Ja');
	await expect(page.locator('[data-fact="case-number"]')).toHaveText('77001/27');
	await expect(page.locator('[data-fact="template"]')).toHaveText('Personalesag');
	await expect(page.locator('ol.timeline [data-field="status"]')).toHaveText(['Status: Planlagt', 'Status: Planlagt', 'Status: Planlagt', 'Status: Planlagt']);
	await expect(page.locator('table.history tbody tr').first().locator('td').nth(2)).toHaveText('Sag oprettet: Seniorpolitik 2027');

	await open(page, `/moeder/${await meetingId(page, 'KB', '2027-10-26')}`);
	await expect(page.locator('ol.agenda li[data-agenda-kind="case"]').filter({ hasText: 'Seniorpolitik 2027' })).toHaveText('Seniorpolitik 2027 (77001/27) · Beslutning · Planlagt');
	await open(page, `/moeder/${await meetingId(page, 'DIR', '2027-09-08')}`);
	await expect(page.locator('ol.agenda > li').first()).toHaveText('Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt Fast punkt');
	await expect(page.locator('ol.agenda li[data-agenda-kind="case"]').filter({ hasText: 'Seniorpolitik 2027' })).toHaveText('Seniorpolitik 2027 (77001/27) · Drøftelse · Planlagt');
	await page.getByRole('link', { name: 'Seniorpolitik 2027' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seniorpolitik 2027');
	await reader.dispose();
});

test('"Vis konsekvenser" shows the case a move of its ØK meeting breaks, with a repair, before saving', async ({ browser }) => {
	const editor = await apiAs(baseURL(), 'editor');
	const page = await signedIn(browser, 'sekretariat@demo.aarshjul.dk');
	const kb = await meetingId(page, 'KB', '2027-11-23');
	const created = await editor.post('/api/v1/cases', { data: { title: 'Lønpolitik 2028', caseNumber: '77002/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb } } } });
	expect(created.status()).toBe(201);
	const c = await created.json();
	const ok = await meetingId(page, 'ØK', '2027-11-16');
	expect(c.stages[2].meeting.id).toBe(ok);

	await open(page, `/moeder/${ok}`);
	await page.getByLabel('Dato').fill('2027-11-24');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).first().click();
	const impact = page.locator(`[data-impact-case="${c.id}"]`);
	await expect(impact).toContainText('Lønpolitik 2028 (77002/27) – går i stykker');
	await expect(impact.locator('li[data-conflict] .message')).toHaveText(['Trin 4: KB 23. november 2027 ligger ikke mindst 1 dag efter ØK 24. november 2027.']);
	await expect(impact.locator('li[data-conflict] .repairs li > span')).toHaveText([
		'Forslag: Flyt til DIR 8. september 2027, HU 23. september 2027, ØK 19. oktober 2027.',
		'Forslag: Flyt til KB 14. december 2027.'
	]);
	// The move is not saved: the meeting keeps its day, the form keeps the new one.
	await expect(page.locator('[data-fact="date"]')).toHaveText('tirsdag 16. november 2027');
	await expect(page.getByLabel('Dato')).toHaveValue('2027-11-24');
	await open(page, `/moeder/${ok}`);
	await expect(page.locator('[data-fact="date"]')).toHaveText('tirsdag 16. november 2027');
	await editor.dispose();
});

test('accepting a repair on the case page fixes its conflict', async ({ browser }) => {
	const editor = await apiAs(baseURL(), 'editor');
	const page = await signedIn(browser, 'redaktoer@demo.aarshjul.dk');
	// Saved out of order on purpose: the board after the council.
	const created = await editor.post('/api/v1/cases', {
		data: {
			title: 'Personalepolitisk redegørelse',
			caseNumber: '77003/27',
			unit: 'HR og Personale',
			stages: [
				{ body: 'DIR', role: 'drøftelse', meeting: await meetingId(page, 'DIR', '2027-12-15') },
				{ body: 'KB', role: 'beslutning', meeting: await meetingId(page, 'KB', '2027-12-14') }
			]
		}
	});
	expect(created.status()).toBe(201);
	const c = await created.json();
	await open(page, `/sager/${c.id}`);
	await expect(page.locator('ol.timeline > li.conflict')).toHaveCount(1);
	const conflict = page.locator('ul.case-conflicts > li');
	await expect(conflict.locator('p')).toHaveText('Trin 2: KB 14. december 2027 ligger ikke mindst 1 dag efter DIR 15. december 2027.');
	await expect(conflict.locator('.repairs form span:not(.visually-hidden)')).toHaveText(['Flyt til DIR 8. december 2027.']);
	await conflict.getByRole('button', { name: /Godkend reparation/ }).first().click();
	await expect(page.getByRole('status')).toHaveText('Reparationen er godkendt.');
	await expect(page.locator('[data-conflicts="none"]')).toHaveText('Ingen konflikter.');
	await expect(page.locator('ol.timeline [data-field="meeting"]')).toHaveText(['onsdag 8. december 2027 kl. 09.00 · uge 49', 'tirsdag 14. december 2027 kl. 17.00 · uge 50']);
	await expect(page.locator('table.history tbody tr').first().locator('td').nth(2)).toHaveText('Sagsgang rettet: Personalepolitisk redegørelse');
	await editor.dispose();
});
