import { expect, test, type Browser, type Page } from '@playwright/test';
import { open, pageSignedIn as signedIn } from './session';

/**
 * The secretariat's editing through the running build. Each test edits its own DIR meeting in
 * June 2027, which no other spec checks; every role logs in once per file (login rate limit).
 */

const secretariat = (browser: Browser) => signedIn(browser, 'sekretariat@demo.aarshjul.dk');

/** The id of the DIR meeting on a day, as the public API lists it. */
async function dirMeeting(page: Page, day: string): Promise<{ id: string; version: number }> {
	const res = await page.request.get(`/api/v1/meetings?from=${day}&to=${day}&body=DIR`);
	const [meeting] = await res.json();
	return { id: meeting.id, version: meeting.version };
}

const fact = (page: Page, name: string) => page.locator(`[data-fact="${name}"]`);

test('the secretariat moves a meeting; the body page and the history show the move', async ({ browser }) => {
	const page = await secretariat(browser);
	const { id } = await dirMeeting(page, '2027-06-02');
	await open(page, '/organer/direktionen?year=2027');
	await page.getByRole('link', { name: 'onsdag 2. juni 2027' }).click();
	await expect(page).toHaveURL(`/moeder/${id}`);
	await expect(fact(page, 'week')).toHaveText('uge 22');
	await expect(fact(page, 'time')).toHaveText('09.00–12.00');

	await page.getByLabel('Dato').fill('2027-06-03');
	await page.getByLabel('Start').fill('10:00');
	await page.getByLabel('Slut').fill('12:30');
	await page.getByLabel('Sted').fill('Mødelokale 3, Rådhuset, Grenaa');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Mødet er gemt.');
	await expect(fact(page, 'date')).toHaveText('torsdag 3. juni 2027');
	await expect(fact(page, 'time')).toHaveText('10.00–12.30');
	await expect(fact(page, 'location')).toHaveText('Mødelokale 3, Rådhuset, Grenaa');

	const history = page.locator('table.history tbody tr').first();
	await expect(history.locator('td').nth(1)).toHaveText('Sofie Sekretariat <sekretariat@demo.aarshjul.dk>');
	await expect(history.locator('td').nth(2)).toHaveText('Møde flyttet');
	await expect(history.locator('.sentence')).toHaveText('Mødet flyttet fra 2. til 3. juni 2027, kl. 09.00 til 10.00');
	await expect(history.locator('li[data-field="start"]')).toHaveText('Start: 2. juni 2027 kl. 09.00 → 3. juni 2027 kl. 10.00');
	await expect(history.locator('li[data-field="end"]')).toHaveText('Slut: 2. juni 2027 kl. 12.00 → 3. juni 2027 kl. 12.30');
	await expect(history.locator('li[data-field="location"]')).toHaveText(
		'Sted: Direktionens mødelokale, Rådhuset, Grenaa → Mødelokale 3, Rådhuset, Grenaa'
	);

	await open(page, '/organer/direktionen?year=2027');
	const row = page.locator(`tr[data-meeting-id="${id}"]`);
	await expect(row.locator('td').nth(0)).toHaveText('uge 22');
	await expect(row.locator('td').nth(1)).toHaveText('torsdag 3. juni 2027');
	await expect(row.locator('td').nth(2)).toHaveText('10.00–12.30');
	await expect(row.locator('td').nth(3)).toHaveText('Mødelokale 3, Rådhuset, Grenaa');
	await expect(row.locator('td').nth(5)).toHaveText('Planlagt');
	await page.context().close();
});

test('the secretariat cancels a meeting with a note and restores it', async ({ browser }) => {
	const page = await secretariat(browser);
	const { id } = await dirMeeting(page, '2027-06-09');
	await open(page, `/moeder/${id}`);
	await page.getByLabel('Note (fx årsagen)').fill('Direktionen er på studietur');
	await page.getByRole('button', { name: 'Aflys mødet' }).click();
	await expect(page.getByRole('status')).toHaveText('Mødet er aflyst.');
	await expect(fact(page, 'status')).toHaveText('Aflyst');
	await expect(fact(page, 'note')).toHaveText('Direktionen er på studietur');
	const api = await (await page.request.get(`/api/v1/meetings/${id}`)).json();
	expect(api).toMatchObject({ status: 'cancelled', note: 'Direktionen er på studietur', version: 2 });

	await page.getByRole('button', { name: 'Genoptag mødet' }).click();
	await expect(page.getByRole('status')).toHaveText('Mødet er genoptaget.');
	await expect(fact(page, 'status')).toHaveText('Planlagt');
	await expect(page.locator('table.history tbody tr td:nth-child(3)')).toHaveText(['Møde genoptaget', 'Møde aflyst']);
	await expect(page.locator('table.history tbody tr').nth(1).locator('li[data-field="status"]')).toHaveText('Status: Planlagt → Aflyst');
	await page.context().close();
});

test('an impossible date or time is refused with a Danish message by the field, and nothing is saved', async ({ browser }) => {
	const page = await secretariat(browser);
	const { id } = await dirMeeting(page, '2027-06-23');
	await open(page, `/moeder/${id}`);
	// The fields are the browser's own date and time pickers, which cannot hold 30 February; a
	// cleared field is what a user can still send, and the server refuses it by the field.
	await expect(page.getByLabel('Dato')).toHaveAttribute('type', 'date');
	await expect(page.getByLabel('Start')).toHaveAttribute('type', 'time');
	await page.getByLabel('Dato').fill('');
	await page.getByLabel('Start').fill('');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.locator('#move-date-error')).toHaveText('Datoen skal skrives ÅÅÅÅ-MM-DD');
	await expect(page.locator('#move-start-error')).toHaveText('Skriv tidspunktet som TT:MM, fx 17:00');
	await expect(page.getByLabel('Dato')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Dato').fill('2027-06-23');
	await page.getByLabel('Start').fill('13:00');
	await page.getByLabel('Slut').fill('12:00');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.locator('#move-end-error')).toHaveText('Sluttidspunktet skal ligge efter starttidspunktet');

	const api = await (await page.request.get(`/api/v1/meetings/${id}`)).json();
	expect(api).toMatchObject({ start: '2027-06-23T09:00:00+02:00', end: '2027-06-23T12:00:00+02:00', version: 1 });
	await page.context().close();
});

test('two people edit the same meeting: the second save is refused and shows the first one’s change', async ({ browser }) => {
	const first = await secretariat(browser);
	const second = await secretariat(browser);
	const { id } = await dirMeeting(first, '2027-06-16');
	await open(first, `/moeder/${id}`);
	await open(second, `/moeder/${id}`);

	await first.getByLabel('Start').fill('08:30');
	await first.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(first.getByRole('status')).toHaveText('Mødet er gemt.');

	await second.getByLabel('Sted').fill('Byrådssalen, Rådhuset, Grenaa');
	await second.getByRole('button', { name: 'Gem ændringer' }).click();
	const conflict = second.locator('section.conflict');
	await expect(conflict.getByRole('heading')).toHaveText('Mødet er ændret af en anden siden du åbnede det – her er den nye udgave');
	await expect(conflict.locator('dd[data-field="start"]')).toHaveText('16. juni 2027 kl. 08.30');
	await expect(conflict.locator('dd[data-field="location"]')).toHaveText('Direktionens mødelokale, Rådhuset, Grenaa');
	// The second person's input is still there.
	await expect(second.getByLabel('Sted')).toHaveValue('Byrådssalen, Rådhuset, Grenaa');

	const api = await (await first.request.get(`/api/v1/meetings/${id}`)).json();
	expect(api).toMatchObject({ start: '2027-06-16T08:30:00+02:00', location: 'Direktionens mødelokale, Rådhuset, Grenaa', version: 2 });
	await first.context().close();
	await second.context().close();
});

test('a reader sees the meeting and its history but no edit forms, and gets 403 on /redigering', async ({ browser }) => {
	const page = await signedIn(browser, 'laeser@demo.aarshjul.dk');
	const { id } = await dirMeeting(page, '2027-06-30');
	await open(page, `/moeder/${id}`);
	await expect(fact(page, 'date')).toHaveText('onsdag 30. juni 2027');
	await expect(page.getByRole('heading', { name: 'Historik' })).toBeVisible();
	await expect(page.locator('form[action^="?/"]')).toHaveCount(0);
	expect((await page.goto('/redigering'))?.status()).toBe(403);
	expect((await page.request.post(`/moeder/${id}?/move`, { form: { version: '1', date: '2027-06-29', start: '09:00', end: '12:00', location: '' }, headers: { origin: new URL(page.url()).origin } })).status()).toBe(403);
	await page.context().close();
});

test('the public is sent to the login page from /redigering and /admin, and sees no history', async ({ page }) => {
	await open(page, '/redigering/organer');
	await expect(page).toHaveURL('/login?redirectTo=%2Fredigering%2Forganer');
	await open(page, '/admin');
	await expect(page).toHaveURL('/login?redirectTo=%2Fadmin');
	const { id } = await dirMeeting(page, '2027-06-30');
	await open(page, `/moeder/${id}`);
	await expect(fact(page, 'time')).toHaveText('09.00–12.00');
	await expect(page.getByRole('heading', { name: 'Historik' })).toHaveCount(0);
	await expect(page.locator('form[action^="?/"]')).toHaveCount(0);
});

test('an internal body’s meeting is 404 for the public', async ({ page }) => {
	const staff = await secretariat(page.context().browser()!);
	const res = await staff.request.get('/api/v1/meetings?from=2024-03-01&to=2024-03-31&body=ISU');
	const [isu] = await res.json();
	expect(isu.start).toBe('2024-03-05T10:00:00+01:00');
	expect((await page.goto(`/moeder/${isu.id}`))?.status()).toBe(404);
	await open(staff, `/moeder/${isu.id}`);
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Informationssikkerhedsudvalget (ISU)');
	await staff.context().close();
});

test('the secretariat creates, edits and deletes an internal event; the public never sees it', async ({ browser, page: publicPage }) => {
	const page = await secretariat(browser);
	await open(page, '/redigering/begivenheder/ny');
	await page.getByLabel('Titel').fill('Temadag om klima (e2e)');
	await page.getByLabel('Kategori').selectOption('seminar');
	await page.getByLabel('Hele dagen').check();
	await page.getByLabel('Første dag').fill('2027-09-15');
	await page.getByLabel('Sidste dag').fill('2027-09-14');
	await page.getByRole('button', { name: 'Opret begivenhed' }).click();
	await expect(page.locator('#event-endDate-error')).toHaveText('Sidste dag skal ligge på eller efter første dag');
	await expect(page).toHaveURL('/redigering/begivenheder/ny');

	await page.getByLabel('Hele dagen').uncheck();
	await page.getByLabel('Dato').fill('2027-09-14');
	await page.getByLabel('Start').fill('13:00');
	await page.getByLabel('Slut', { exact: true }).fill('15:30');
	await page.getByLabel('Sted', { exact: true }).fill('Byrådssalen');
	await page.getByRole('button', { name: 'Opret begivenhed' }).click();
	await expect(page).toHaveURL(/\/begivenheder\/[0-9a-f-]{36}$/);
	const url = page.url();
	await expect(page.locator('[data-fact="when"]')).toHaveText('14. september 2027 kl. 13.00–15.30');
	await expect(page.locator('[data-fact="public"]')).toHaveText('Intern');
	await expect(page.locator('[data-fact="category"]')).toHaveText('Seminar');

	expect((await publicPage.goto(url))?.status()).toBe(404);

	await page.getByLabel('Titel').fill('Temadag om klima og energi (e2e)');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Begivenheden er gemt.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temadag om klima og energi (e2e)');
	await expect(page.locator('table.history tbody tr').first().locator('li[data-field="title"]')).toHaveText(
		'Titel: Temadag om klima (e2e) → Temadag om klima og energi (e2e)'
	);

	await open(page, '/redigering/begivenheder?year=2027');
	await expect(page.getByRole('row', { name: /Temadag om klima og energi/ }).locator('td')).toHaveText([
		'Temadag om klima og energi (e2e)',
		'14. september 2027 kl. 13.00–15.30',
		'Seminar',
		'–',
		'Intern'
	]);
	await open(page, url);
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Slet begivenheden' }).click();
	await expect(page).toHaveURL('/redigering/begivenheder');
	expect((await page.goto(url))?.status()).toBe(404);
	await page.context().close();
});

test('the secretariat adds and deletes a local closure; holidays are listed but not editable', async ({ browser }) => {
	const page = await secretariat(browser);
	await open(page, '/redigering/lukkedage?year=2027');
	await expect(page.getByRole('row', { name: /Påskedag/ }).locator('td')).toHaveText(['søndag 28. marts 2027', 'Påskedag', 'Helligdag']);
	await expect(page.getByText('Helligdagene er fastsat ved lov og kan ikke redigeres her.')).toBeVisible();

	await page.getByLabel('Navn').fill('Personaledag (e2e)');
	await page.getByLabel('Fra').fill('2027-10-01');
	await page.getByRole('textbox', { name: /^Til / }).fill('2027-09-30');
	await page.getByRole('button', { name: 'Tilføj lukkeperiode' }).click();
	await expect(page.locator('#closure-to-error')).toHaveText('Slutdatoen skal ligge på eller efter startdatoen');
	await expect(page.locator('tr[data-closure="Personaledag (e2e)"]')).toHaveCount(0);

	await page.getByRole('textbox', { name: /^Til / }).fill('2027-10-01');
	await page.getByRole('button', { name: 'Tilføj lukkeperiode' }).click();
	await expect(page.getByRole('status')).toHaveText('Lukkeperioden »Personaledag (e2e)« er oprettet.');
	// Dates in the table are written the Danish way, not 2027-10-01.
	await expect(page.locator('tr[data-closure="Personaledag (e2e)"] td')).toHaveText(['Personaledag (e2e)', '1. oktober 2027', '1. oktober 2027', 'Hele kommunen', /Slet/]);
	await expect(page.locator('tr[data-closure="Personaledag (e2e)"] td').nth(3)).toHaveText('Hele kommunen');

	await page.getByRole('button', { name: 'Slet »Personaledag (e2e)«' }).click();
	await expect(page.getByRole('status')).toHaveText('Lukkeperioden er slettet.');
	await expect(page.locator('tr[data-closure="Personaledag (e2e)"]')).toHaveCount(0);
	await page.context().close();
});

test('the secretariat edits a body’s deadline rule; a too short default length is refused by the field', async ({ browser }) => {
	const page = await secretariat(browser);
	await open(page, '/redigering/organer');
	await page.getByRole('link', { name: 'Informationssikkerhedsudvalget' }).click();
	await expect(page).toHaveURL('/redigering/organer/ISU');
	await expect(page.getByLabel('Antal arbejdsdage før mødet')).toHaveValue('5');
	await page.getByLabel('Standard varighed i minutter').fill('3');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.locator('#body-defaultMinutes-error')).toHaveText('Mindst 5 minutter');

	await page.getByLabel('Standard varighed i minutter').fill('90');
	await page.getByLabel('Antal arbejdsdage før mødet').fill('4');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Organet er gemt.');
	await expect(page.locator('table.history tbody tr').first().locator('li')).toHaveText(['Frist: 5 arbejdsdage før kl. 12:00 → 4 arbejdsdage før kl. 12:00']);
	await page.context().close();
});

test('the secretariat previews a meeting plan with skipped dates and accepts it', async ({ browser }) => {
	const page = await secretariat(browser);
	await open(page, '/redigering/moedeplaner?body=ISU&year=2027');
	// Pre-filled from the stored plan for the year.
	await expect(page.getByLabel('Regel')).toHaveValue('iso-weeks');
	await expect(page.getByLabel('Ugenumre')).toHaveValue('10, 23, 37, 48');
	await expect(page.getByLabel('Starttid')).toHaveValue('10:00');

	await page.getByLabel('Ugenumre').fill('10, 23, 37, 48, 50, 52');
	await page.getByRole('button', { name: 'Vis forslag' }).click();
	await expect(page.getByRole('heading', { name: 'Forslag: 5 møder i 2027' })).toBeVisible();
	await expect(page.locator('ul[data-list="create"] li')).toHaveText(['tirsdag 14. december 2027 (uge 50) kl. 10.00']);
	await expect(page.locator('ul[data-list="skipped"] li')).toHaveText(['tirsdag 28. december 2027 (uge 52): Mellem jul og nytår']);
	await expect(page.locator('ul[data-list="remove"]')).toHaveCount(0);

	await page.getByRole('button', { name: 'Godkend' }).click();
	await expect(page.getByRole('status')).toHaveText('Mødeplanen for ISU 2027 er godkendt: 1 nyt, 0 flyttet, 0 fjernet, 4 bevaret.');
	const res = await page.request.get('/api/v1/meetings?from=2027-12-01&to=2027-12-31&body=ISU');
	expect((await res.json()).map((m: { start: string }) => m.start)).toEqual(['2027-12-14T10:00:00+01:00']);
	await page.context().close();
});

test('the plan preview names the months a body is left without, and the meetings it moves off a day off instead', async ({ browser }) => {
	const page = await secretariat(browser);
	await open(page, '/redigering/moedeplaner?body=KFU&year=2023');
	await expect(page.getByLabel('flyttes til nærmeste arbejdsdag efter (samme uge først)')).toBeChecked();
	await page.getByLabel('springes over').check();
	await page.getByRole('button', { name: 'Vis forslag' }).click();
	await expect(page.locator('ul[data-list="months-without"] li')).toHaveText(['Ingen møde i april 2023: 2. påskedag']);
	await expect(page.locator('ul[data-list="moved"]')).toHaveCount(0);

	await page.getByLabel('flyttes til nærmeste arbejdsdag efter (samme uge først)').check();
	await page.getByRole('button', { name: 'Vis forslag' }).click();
	await expect(page.locator('ul[data-list="moved"] li')).toHaveText(['mandag 10. april 2023 → tirsdag 11. april 2023 (uge 15): 2. påskedag']);
	await expect(page.locator('ul[data-list="months-without"]')).toHaveCount(0);
	await page.context().close();
});

test('the secretariat unmarks the constitutive meeting of 2025: /lovkrav names it missing; marking it again satisfies KSL § 6', async ({ browser }) => {
	const page = await secretariat(browser);
	const res = await page.request.get('/api/v1/meetings?from=2025-12-09&to=2025-12-09&body=KB');
	const [kb] = (await res.json()) as { id: string }[];
	await open(page, `/moeder/${kb!.id}`);
	await expect(fact(page, 'constitutive')).toHaveText('Mødet er den nye kommunalbestyrelses konstituerende møde (KSL § 6, stk. 1).');
	await page.getByRole('button', { name: 'Fjern markeringen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'konstituerende' })).toHaveText('Mødet er ikke længere markeret som det konstituerende møde.');
	await open(page, '/lovkrav?year=2025');
	await expect(page.locator('tr.failed').filter({ hasText: 'KSL § 6' })).toContainText('Intet møde i KB er markeret som det konstituerende møde efter valget 2025; det skal holdes 1.–15. december 2025.');

	await open(page, `/moeder/${kb!.id}`);
	await page.getByRole('button', { name: 'Markér som konstituerende møde' }).click();
	await expect(fact(page, 'constitutive')).toHaveText('Mødet er den nye kommunalbestyrelses konstituerende møde (KSL § 6, stk. 1).');
	await open(page, '/lovkrav?year=2025');
	await expect(page.locator('tr').filter({ hasText: 'Det konstituerende møde 9. december 2025' })).toContainText('Opfyldt');
	await page.context().close();
});
