import { expect, test } from '@playwright/test';
import { DEMO, open, pageSignedIn, signedIn } from './session';

/**
 * The secretariat's pages for fixed items (faste punkter) and case templates (sagsskabeloner):
 * list, create, edit and delete through the browser, each write seen in the API and the audit
 * log, refusals by the field with nothing saved.
 */

type ApiFixedItem = { id: number; body: string; title: string; rule: unknown; closed: boolean; sortOrder: number; version: number };
type ApiTemplate = { id: number; name: string; stages: { body: string; role: string; minGapDays: number; afterPreviousBeforeDeadline: boolean }[]; version: number };

test('the secretariat creates, edits and deletes a fixed item on its pages; the API and the audit log follow', async ({ browser, baseURL }) => {
	const admin = await signedIn(baseURL!, 'admin');
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const title = 'Ligestillingsredegørelse (e2e 2028)';
	const items = async () => ((await (await admin.get('/api/v1/fixed-items?body=KB')).json()) as ApiFixedItem[]).filter((f) => f.title.startsWith('Ligestillingsredegørelse (e2e'));

	await open(page, '/redigering');
	await page.getByRole('link', { name: 'Faste punkter' }).click();
	await expect(page).toHaveURL('/redigering/faste-punkter');
	await page.getByRole('link', { name: 'Nyt fast punkt' }).click();
	await expect(page).toHaveURL('/redigering/faste-punkter/ny');

	// A months rule without months, and no title: refused by each field, nothing saved.
	await page.getByLabel('Organ').selectOption('KB');
	await page.getByLabel('Regel').selectOption('months');
	await page.getByRole('button', { name: 'Opret fast punkt' }).click();
	await expect(page.locator('#item-title-error')).toHaveText('Titlen mangler');
	await expect(page.locator('#item-months-error')).toHaveText('Vælg mindst én måned');
	await expect(page).toHaveURL('/redigering/faste-punkter/ny');
	expect(await items()).toEqual([]);

	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Regel').selectOption('every-n-years');
	await page.getByLabel('Hvert antal år').fill('3');
	await page.getByLabel('Første år').fill('2028');
	await page.getByLabel('september').check();
	await page.getByLabel('Kun årets første møde i perioden').check();
	await page.getByRole('button', { name: 'Opret fast punkt' }).click();
	await expect(page).toHaveURL(/\/redigering\/faste-punkter\/\d+\?oprettet$/);
	await expect(page.getByRole('status')).toHaveText('Det faste punkt er oprettet.');
	const [created] = await items();
	expect(created).toEqual({ id: created!.id, body: 'KB', title, description: '', rule: { kind: 'every-n-years', every: 3, fromYear: 2028, months: [9], firstOnly: true }, closed: false, sortOrder: 0, version: 1 });

	await open(page, '/redigering/faste-punkter');
	await expect(page.locator(`tr[data-fixed-item="${created!.id}"] td`)).toHaveText(['Kommunalbestyrelsen (KB)', title, 'På første møde i september hvert tredje år fra 2028', 'Åben']);
	await page.getByRole('link', { name: title }).click();
	await expect(page).toHaveURL(`/redigering/faste-punkter/${created!.id}`);

	// Edit: another rule and closed; the history says it in words.
	await expect(page.getByLabel('Hvert antal år')).toHaveValue('3');
	await page.getByLabel('Regel').selectOption('first-in-cycle');
	await page.getByLabel('Lukket punkt').check();
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Det faste punkt er gemt.');
	const history = page.locator('table.history tbody tr').first();
	await expect(history.locator('li[data-field="rule"]')).toHaveText('Regel: På første møde i september hvert tredje år fra 2028 → På første møde i hvert politisk rul');
	await expect(history.locator('li[data-field="closed"]')).toHaveText('Lukket: nej → ja');
	expect((await items())[0]).toMatchObject({ rule: { kind: 'first-in-cycle' }, closed: true, version: 2 });
	await test.info().attach('fast-punkt-redigeret.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Slet det faste punkt' }).click();
	await expect(page).toHaveURL('/redigering/faste-punkter');
	await expect(page.locator(`tr[data-fixed-item="${created!.id}"]`)).toHaveCount(0);
	expect(await items()).toEqual([]);
	const audit = (await (await admin.get(`/api/v1/audit?entity=fixed_item&id=${created!.id}`)).json()) as { action: string; summary: string }[];
	expect(audit.map((a) => [a.action, a.summary])).toEqual([
		['delete', `Fast punkt slettet: ${title}`],
		['update', `Fast punkt ændret: ${title}`],
		['create', `Fast punkt oprettet: ${title}`]
	]);
	await page.context().close();
	await admin.dispose();
});

test('the secretariat creates, edits and deletes a case template; a second decision is refused and nothing is saved', async ({ browser, baseURL }) => {
	const admin = await signedIn(baseURL!, 'admin');
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const name = 'Budgetsag DIR → HU → ØK → KB (e2e 2028)';
	const mine = async () => ((await (await admin.get('/api/v1/templates')).json()) as ApiTemplate[]).filter((t) => t.name === name);

	await open(page, '/redigering');
	await page.getByRole('link', { name: 'Sagsskabeloner' }).click();
	await expect(page).toHaveURL('/redigering/sagsskabeloner');
	await page.getByRole('link', { name: 'Ny sagsskabelon' }).click();
	await page.getByLabel('Navn').fill(name);
	const rows: [string, string, string][] = [['DIR', 'drøftelse', '1'], ['HU', 'drøftelse', '3'], ['ØK', 'indstilling', '1'], ['KB', 'beslutning', '1']];
	for (const [i, [body, role, gap]] of rows.entries()) {
		await page.getByLabel(`Organ, trin ${i + 1}`).selectOption(body);
		await page.getByLabel(`Rolle, trin ${i + 1}`).selectOption(role);
		await page.getByLabel(`Mindst dage efter forrige trin, trin ${i + 1}`).fill(gap);
	}
	await page.getByLabel('Efter forrige trins dagsordensfrist, trin 2').check();
	await page.getByRole('button', { name: 'Opret sagsskabelon' }).click();
	await expect(page).toHaveURL(/\/redigering\/sagsskabeloner\/\d+\?oprettet$/);
	await expect(page.getByRole('status')).toHaveText('Skabelonen er oprettet.');
	const [created] = await mine();
	expect(created!.stages).toEqual([
		{ body: 'DIR', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: false },
		{ body: 'HU', role: 'drøftelse', minGapDays: 3, afterPreviousBeforeDeadline: true },
		{ body: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false },
		{ body: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
	]);

	await open(page, '/redigering/sagsskabeloner');
	await expect(page.locator(`tr[data-template="${created!.id}"] td`).nth(1)).toHaveText('DIR → HU → ØK → KB');
	await page.getByRole('link', { name }).click();

	// ØK made a decision too: refused, the path unchanged.
	await page.getByLabel('Rolle, trin 3').selectOption('beslutning');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.locator('#template-stages-error')).toHaveText('En sagsgang har højst ét beslutningstrin');
	expect((await mine())[0]).toEqual(created);

	await page.getByLabel('Rolle, trin 3').selectOption('indstilling');
	await page.getByLabel('Rolle, trin 2').selectOption('orientering');
	await page.getByRole('button', { name: 'Gem ændringer' }).click();
	await expect(page.getByRole('status')).toHaveText('Skabelonen er gemt.');
	await expect(page.locator('table.history tbody tr').first().locator('li[data-field="stages"]')).toHaveText(
		'Sagsgang: DIR drøftelse → HU drøftelse → ØK indstilling → KB beslutning → DIR drøftelse → HU orientering → ØK indstilling → KB beslutning'
	);
	expect((await mine())[0]).toMatchObject({ version: 2, stages: [{ role: 'drøftelse' }, { body: 'HU', role: 'orientering' }, { role: 'indstilling' }, { role: 'beslutning' }] });

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Slet skabelonen' }).click();
	await expect(page).toHaveURL('/redigering/sagsskabeloner');
	expect(await mine()).toEqual([]);
	const audit = (await (await admin.get(`/api/v1/audit?entity=path_template&id=${created!.id}`)).json()) as { action: string }[];
	expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
	await page.context().close();
	await admin.dispose();
});

test('only the secretariat reaches the definition pages', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.editor);
	for (const url of ['/redigering/faste-punkter', '/redigering/sagsskabeloner/ny']) expect((await page.goto(url))?.status(), url).toBe(403);
	await page.context().close();
});
