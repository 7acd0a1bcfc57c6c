import { expect, test } from '@playwright/test';
import { open, pageSignedIn, signedIn } from './session';

/** A closure is checked like a move: before saving, what it would do; afterwards, the conflicts it causes. */

test('a closure on a board meeting day shows the meeting, the deadlines and the case it breaks before saving, and the case shows the conflict after', async ({ browser, baseURL }) => {
	const editor = await signedIn(baseURL!, 'editor');
	const kb = ((await (await editor.get('/api/v1/meetings?from=2027-10-26&to=2027-10-26&body=KB')).json()) as { id: string }[])[0]!.id;
	const created = await editor.post('/api/v1/cases', {
		data: { title: 'Lukkedagsprøve', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kb } } }
	});
	expect(created.status()).toBe(201);
	const c = await created.json();
	const dirDay: string = c.stages[0].meeting.start.slice(0, 10);
	const [y, m, d] = dirDay.split('-').map(Number) as [number, number, number];
	const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
	const dirText = `DIR ${d}. ${months[m - 1]} ${y}`;

	const page = await pageSignedIn(browser, 'sekretariat@demo.aarshjul.dk');
	await open(page, '/redigering/lukkedage?year=2027');
	await page.locator('#closure-name').fill('Prøvelukning');
	await page.locator('#closure-from').fill(dirDay);
	await page.locator('#closure-to').fill(dirDay);
	await page.locator('#closure-body').selectOption('DIR');
	await page.getByRole('button', { name: 'Vis konsekvenser' }).click();
	await expect(page.locator('ul[data-list="closure-meetings"] li')).toHaveText([`${dirText} (Prøvelukning)`]);
	await expect(page.locator('ul[data-list="closure-deadlines"] li').first()).toContainText('DIR ');
	// Other specs may plan cases on the same board meeting; this case is named once, with its conflict.
	const own = page.locator('ul[data-list="closure-cases"] > li').filter({ hasText: 'Lukkedagsprøve' });
	await expect(own).toHaveCount(1);
	await expect(own).toContainText(`Lukkedagsprøve Trin 1: ${dirText} ligger på en lukkedag (Prøvelukning).`);
	// Nothing is saved by looking.
	await expect(page.locator('tr[data-closure="Prøvelukning"]')).toHaveCount(0);
	await expect(page.locator('#closure-name')).toHaveValue('Prøvelukning');

	await page.getByRole('button', { name: 'Tilføj lukkeperiode' }).click();
	await expect(page.locator('tr[data-closure="Prøvelukning"]')).toHaveCount(1);
	const after = await (await editor.get(`/api/v1/cases/${c.id}`)).json();
	expect(after.conflicts.map((x: { code: string; stage: number; message: string }) => [x.code, x.stage, x.message])).toEqual([
		['meeting-on-day-off', 0, `Trin 1: ${dirText} ligger på en lukkedag (Prøvelukning).`]
	]);

	await page.getByRole('button', { name: 'Slet »Prøvelukning«' }).click();
	await expect(page.locator('tr[data-closure="Prøvelukning"]')).toHaveCount(0);
	expect((await editor.delete(`/api/v1/cases/${c.id}?version=${after.version}`)).status()).toBe(204);
	await editor.dispose();
});
