import { expect, test, type Locator } from '@playwright/test';
import { DEMO, open, pageSignedIn } from './session';

/** WCAG 2.1 contrast ratio of a button's text against its own background, from the computed colours. */
async function contrast(button: Locator): Promise<number> {
	const [fg, bg] = await button.evaluate((el) => {
		const s = getComputedStyle(el);
		return [s.color, s.backgroundColor];
	});
	const luminance = (rgb: string) => {
		const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
	return (a! + 0.05) / (b! + 0.05);
}

test('/abonner: each checkbox sits beside its label, and the revoke button is readable', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.editor);
	await open(page, '/abonner');
	const boxes = page.locator('form.choose label:has(input[type="checkbox"])');
	expect(await boxes.count()).toBeGreaterThan(5);
	for (const label of await boxes.all()) {
		const box = (await label.locator('input').boundingBox())!;
		const whole = (await label.boundingBox())!;
		// One line: the box's middle is the label's middle, and the text starts to its right.
		expect(Math.abs(box.y + box.height / 2 - (whole.y + whole.height / 2)), await label.innerText()).toBeLessThan(3);
		expect(whole.width - box.width, await label.innerText()).toBeGreaterThan(20);
		expect(whole.height, await label.innerText()).toBeLessThan(2 * box.height + 8);
	}
	await page.getByLabel('Navn på abonnementet').fill('Kontrast (e2e)');
	await page.getByLabel('Kommunalbestyrelsen').check();
	await page.getByRole('button', { name: 'Opret abonnement' }).click();
	await expect(page.locator('#nyt-abonnement h3')).toHaveText('Abonnementet »Kontrast (e2e)« er oprettet.');
	const revoke = page.getByRole('button', { name: 'Tilbagekald »Kontrast (e2e)«' });
	const ratio = await contrast(revoke);
	expect(ratio).toBeGreaterThanOrEqual(4.5);
	await revoke.hover();
	expect(await contrast(revoke)).toBeGreaterThanOrEqual(4.5);
	await test.info().attach('abonner.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	await revoke.click();
	await expect(page.locator('li[data-subscription="Kontrast (e2e)"]')).toContainText('Tilbagekaldt');
	await page.context().close();
});

test('the danger buttons on a meeting page are readable', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.secretariat);
	const [meeting] = (await (await page.request.get('/api/v1/meetings?from=2027-10-26&to=2027-10-26&body=KB')).json()) as { id: string }[];
	await open(page, `/moeder/${meeting!.id}`);
	for (const name of ['Aflys mødet', 'Slet mødet']) expect(await contrast(page.getByRole('button', { name, exact: true })), name).toBeGreaterThanOrEqual(4.5);
	await page.context().close();
});
