import { expect, test, type APIRequestContext } from '@playwright/test';
import { csvFile, excelDate, xlsxFile } from '../fixtures/import-files';
import { open, pageSignedIn, signedIn, DEMO } from './session';

/**
 * The secretariat brings meeting plans in from files made here (exceljs, CSV in Windows-1252):
 * a preview row by row, then one save; the same file again changes nothing. Broken files are
 * refused with a Danish message and nothing is saved; an exported year imports as a no-op.
 */
let secretariat: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
	secretariat = await signedIn(baseURL!, 'secretariat');
	admin = await signedIn(baseURL!, 'admin');
});
test.afterAll(async () => {
	await secretariat.dispose();
	await admin.dispose();
});

/** What an import could change: the newest audit row and the meetings of 2029. */
async function snapshot() {
	const [newest] = await (await admin.get('/api/v1/audit?limit=1')).json();
	const meetings = await (await secretariat.get('/api/v1/meetings?from=2029-01-01&to=2029-12-31')).json();
	return { audit: newest.id, meetings: meetings.map((m: { id: string; start: string }) => `${m.id} ${m.start}`) };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('the secretariat previews a spreadsheet row by row, saves it, and the same file again changes nothing', async ({ browser }) => {
	const plan = await xlsxFile([
		['Organ', 'Dato', 'Start', 'Slut', 'Sted'],
		['HU', excelDate(2029, 4, 26), '13:00', '15:00', 'Mødelokale 1, Rådhuset, Grenaa'],
		['HU', '10.05.2029', 'kl. 13.00', '15.00', 'Mødelokale 1, Rådhuset, Grenaa'],
		['Udvalget for Vejret', '13-06-2029', 'kl. 9', '10', ''],
		['Hovedudvalget (Hoved-MED)', '28-06-2029', 'kl. 13.00', 'kl. 15.00', '']
	]);
	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/import');
	await page.getByLabel('Fil (.xlsx, .csv eller .ics)').setInputFiles({ name: 'Hovedudvalget 2029.xlsx', mimeType: XLSX, buffer: Buffer.from(plan) });
	await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
	await expect(page.locator('[data-counts]')).toHaveText('2 nye, 0 ændres, 0 uændrede, 2 afvist');
	const rows = page.locator('table.import-preview tbody tr');
	await expect(rows.nth(0).locator('td')).toHaveText(['2', 'Ny', 'HU', '26-04-2029', '13:00', '15:00', 'Mødelokale 1, Rådhuset, Grenaa', '']);
	await expect(rows.nth(1).locator('td')).toHaveText(['3', 'Afvist', 'HU', '10-05-2029', '13:00', '15:00', 'Mødelokale 1, Rådhuset, Grenaa', 'Kristi himmelfartsdag: ingen møder den dag']);
	await expect(rows.nth(2).locator('td')).toHaveText(['4', 'Afvist', '', '', '', '', '', 'Ukendt organ «Udvalget for Vejret»']);
	await expect(rows.nth(3).locator('td')).toHaveText(['5', 'Ny', 'HU', '28-06-2029', '13:00', '15:00', 'Mødelokale 1, Rådhuset, Grenaa', '']);
	expect((await snapshot()).meetings).toEqual([]);

	await page.getByRole('button', { name: 'Gem import' }).click();
	await expect(page.getByRole('heading', { name: 'Importeret: Hovedudvalget 2029.xlsx' })).toBeVisible();
	await expect(page.locator('[data-counts]')).toHaveText('2 oprettet, 0 ændret, 0 uændrede, 2 afvist');
	const saved = await (await secretariat.get('/api/v1/meetings?from=2029-01-01&to=2029-12-31&body=HU')).json();
	expect(saved.map((m: { start: string; end: string; location: string }) => [m.start, m.end, m.location])).toEqual([
		['2029-04-26T13:00:00+02:00', '2029-04-26T15:00:00+02:00', 'Mødelokale 1, Rådhuset, Grenaa'],
		['2029-06-28T13:00:00+02:00', '2029-06-28T15:00:00+02:00', 'Mødelokale 1, Rådhuset, Grenaa']
	]);
	const [audit] = await (await admin.get('/api/v1/audit?limit=1&action=import')).json();
	expect(audit.summary).toBe('Import af Hovedudvalget 2029.xlsx (møder): 2 nye, 0 ændret, 0 uændret, 2 afvist');

	const before = await snapshot();
	await open(page, '/redigering/import');
	await page.getByLabel('Fil (.xlsx, .csv eller .ics)').setInputFiles({ name: 'Hovedudvalget 2029.xlsx', mimeType: XLSX, buffer: Buffer.from(plan) });
	await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
	await expect(page.locator('[data-counts]')).toHaveText('0 nye, 0 ændres, 2 uændrede, 2 afvist');
	await page.getByRole('button', { name: 'Gem import' }).click();
	await expect(page.locator('[data-counts]')).toHaveText('0 oprettet, 0 ændret, 2 uændrede, 2 afvist');
	expect(await snapshot()).toEqual(before);
	await page.context().close();
});

test('the preview maps the file’s own column names: a column it does not know is chosen by hand', async ({ browser }) => {
	const csv = csvFile(
		[
			['Mødeforum', 'Hvornår', 'Tid', 'Lokale'],
			['Børne- og ungdomsudvalget', '06-03-2029', 'kl. 15.00–17.30', 'Mødelokale 2, Rådhuset, Grenaa']
		],
		{ separator: ';', encoding: 'windows-1252' }
	);
	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/import');
	await page.getByLabel('Fil (.xlsx, .csv eller .ics)').setInputFiles({ name: 'buu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Fandt ingen kolonne for Dato i filen. Kolonnerne hedder: «Mødeforum», «Hvornår», «Tid», «Lokale». Vælg hvilken kolonne der er hvad.'
	);
	const columns = page.getByRole('group', { name: 'Kolonner i buu.csv' });
	await expect(columns.getByLabel('Organ', { exact: true })).toHaveValue('0');
	await expect(columns.getByLabel('Start', { exact: true })).toHaveValue('2');
	await expect(columns.getByLabel('Sted', { exact: true })).toHaveValue('3');
	await columns.getByLabel('Dato', { exact: true }).selectOption({ label: 'Hvornår' });
	await page.getByRole('button', { name: 'Opdatér forhåndsvisning' }).click();
	await expect(page.locator('[data-counts]')).toHaveText('1 ny, 0 ændres, 0 uændrede, 0 afvist');
	await expect(page.locator('table.import-preview tbody tr').first().locator('td')).toHaveText(['2', 'Ny', 'BUU', '06-03-2029', '15:00', '17:30', 'Mødelokale 2, Rådhuset, Grenaa', '']);
	await page.context().close();
});

test('broken files are refused with a Danish message and nothing is saved', async () => {
	const good = [['Organ', 'Dato', 'Start'], ['HU', '29-11-2029', '13:00'], ['HU', '20-12-2029', '13:00']];
	const cases: { name: string; what: string; file: Uint8Array; sheet?: string; status: number; detail: string }[] = [
		{ what: 'empty', name: 'plan.xlsx', file: new Uint8Array(), status: 400, detail: 'Filen er tom.' },
		{ what: 'a text file named .xlsx', name: 'plan.xlsx', file: new TextEncoder().encode('Organ;Dato\nHU;29-11-2029\n'), status: 400, detail: 'Filen er ikke en gyldig Excel-fil (.xlsx). Åbn den i Excel og gem den som «Excel-projektmappe (.xlsx)», eller gem den som CSV.' },
		{ what: 'wrong sheet', name: 'plan.xlsx', file: await xlsxFile(good), sheet: 'Møder 2029', status: 400, detail: 'Arket «Møder 2029» findes ikke i filen. Arkene hedder: Mødeplan.' },
		{
			what: 'a sheet that is not a plan',
			name: 'plan.xlsx',
			file: await xlsxFile(good, { otherSheets: [{ name: 'Budget', rows: [['Konto', 'Beløb'], ['1.1', 1000]] }] }),
			status: 400,
			detail: 'Fandt ingen kolonne for Dato og Organ i arket «Budget». Kolonnerne hedder: «Konto», «Beløb». Vælg organet for hele filen, eller vælg hvilken kolonne der er hvad, eller vælg det rigtige ark.'
		},
		{ what: 'merged cells', name: 'plan.xlsx', file: await xlsxFile(good, { merge: 'A2:A3' }), status: 400, detail: 'Arket «Mødeplan» har flettede celler (A2). Fjern fletninger, og erstat formler med deres værdier (Kopiér → Indsæt speciel → Værdier), og prøv igen.' },
		{ what: 'a formula', name: 'plan.xlsx', file: await xlsxFile(good, { formula: { cell: 'B3', formula: 'B2+21', result: 47470 } }), status: 400, detail: 'Arket «Mødeplan» har en formel i B3. Fjern fletninger, og erstat formler med deres værdier (Kopiér → Indsæt speciel → Værdier), og prøv igen.' },
		{ what: '5 MB', name: 'plan.csv', file: new TextEncoder().encode('Organ;Dato;Start\n' + 'HU;29-11-2029;13:00\n'.repeat(262_144)), status: 413, detail: 'Filen er for stor: højst 500 KB. En mødeplan fylder normalt under 50 KB – er det den rigtige fil?' }
	];
	const before = await snapshot();
	for (const c of cases) {
		for (const path of ['/api/v1/import/preview', '/api/v1/import']) {
			const query = new URLSearchParams({ name: c.name, target: 'meetings', ...(c.sheet ? { sheet: c.sheet } : {}) });
			const res = await secretariat.post(`${path}?${query}`, { headers: { 'content-type': 'application/octet-stream' }, data: Buffer.from(c.file) });
			expect(res.status(), `${c.what} ${path}`).toBe(c.status);
			expect(res.headers()['content-type'], c.what).toMatch(/^application\/problem\+json/);
			const problem = await res.json();
			expect(problem.detail, c.what).toBe(c.detail);
			expect(problem['invalid-params'], c.what).toEqual([{ name: 'file', reason: c.detail }]);
		}
	}
	expect(await snapshot()).toEqual(before);
});

test('the 5 MB file through the page gets the same Danish message', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/import');
	await page.getByLabel('Fil (.xlsx, .csv eller .ics)').setInputFiles({ name: 'plan.xlsx', mimeType: XLSX, buffer: Buffer.alloc(5 * 1024 * 1024, 1) });
	await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
	await expect(page.getByRole('alert')).toHaveText('Filen er for stor: højst 500 KB. En mødeplan fylder normalt under 50 KB – er det den rigtige fil?');
	await page.context().close();
});

for (const format of ['xlsx', 'csv', 'ics'] as const) {
	test(`a body's year exported as ${format} imports again as a no-op`, async () => {
		const exported = await secretariat.get(`/api/v1/export?body=HU&year=2024&format=${format}`);
		expect(exported.status()).toBe(200);
		expect(exported.headers()['content-disposition']).toBe(`attachment; filename="moedeplan-hu-2024.${format}"`);
		const before = await snapshot();
		// As a script sends it: the file as the body, its type as exported.
		const res = await secretariat.post(`/api/v1/import?name=moedeplan-hu-2024.${format}&body=HU`, { headers: { 'content-type': exported.headers()['content-type']! }, data: await exported.body() });
		expect(res.status()).toBe(200);
		const result = await res.json();
		const meetings = await (await secretariat.get('/api/v1/meetings?from=2024-01-01&to=2024-12-31&body=HU')).json();
		const live = meetings.filter((m: { status: string }) => format !== 'ics' || m.status !== 'cancelled').length;
		expect(live).toBeGreaterThan(5);
		expect(result.counts).toEqual({ new: 0, change: 0, unchanged: live, refused: 0 });
		expect(await snapshot()).toEqual(before);
	});
}
