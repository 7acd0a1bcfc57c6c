import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, open, pageSignedIn } from './session';

// Every page, as the public and as an administrator (who sees every page the secretariat sees),
// checked by axe-core against WCAG 2.1 AA and for sideways scrolling on a 390 × 844 phone.

const publicPages = ['/', '/?zoom=quarter', '/?year=2027&zoom=q1', '/?year=2027&zoom=m9', '/kalender', '/liste', '/organer', '/organer/kommunalbestyrelsen', '/sager', '/helligdage', '/abonner', '/login', '/was'];
const signedInPages = [
	'/',
	'/liste',
	'/sager',
	'/sager/ny',
	'/lovkrav',
	'/konto',
	'/redigering',
	'/redigering/begivenheder',
	'/redigering/begivenheder/ny',
	'/redigering/faste-punkter',
	'/redigering/faste-punkter/ny',
	'/redigering/sagsskabeloner',
	'/redigering/sagsskabeloner/ny',
	'/redigering/hjul',
	'/redigering/lukkedage',
	'/redigering/moedeplaner',
	'/redigering/nyt-aar?year=2027',
	'/redigering/organer',
	'/redigering/organer/ny',
	'/redigering/organer/KB',
	'/admin',
	'/admin/api-noegler',
	'/admin/brugere',
	'/admin/log'
];

/** One meeting, one public event and one public case: their pages are checked too. */
async function detailPages(page: Page): Promise<string[]> {
	const [meeting] = await (await page.request.get('/api/v1/meetings?from=2027-10-26&to=2027-10-26&body=KB')).json();
	const events = (await (await page.request.get('/api/v1/events?from=2027-01-01&to=2027-12-31')).json()) as { id: string }[];
	const cases = (await (await page.request.get('/api/v1/cases')).json()) as { id: string }[];
	return [`/moeder/${meeting.id}`, `/begivenheder/${events[0]!.id}`, `/sager/${cases[0]!.id}`];
}

/** The edit pages of one fixed item and one case template (secretariat only). */
async function definitionPages(page: Page): Promise<string[]> {
	const [item] = (await (await page.request.get('/api/v1/fixed-items')).json()) as { id: number }[];
	const [template] = (await (await page.request.get('/api/v1/templates')).json()) as { id: number }[];
	return [`/redigering/faste-punkter/${item!.id}`, `/redigering/sagsskabeloner/${template!.id}`];
}

async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** How far the page scrolls sideways, and the outermost elements that stick out (to name the culprit). */
async function sidewaysOverflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
		if (over <= 0) return null;
		const width = document.documentElement.clientWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > width + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5))
			.slice(0, 4)
			.map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`);
		return `${over} px: ${culprits.join(', ')}`;
	});
}

test('axe finds nothing on any public page', async ({ page }) => {
	test.setTimeout(180_000);
	const urls = [...publicPages, ...(await detailPages(page))];
	const found: Record<string, string[]> = {};
	for (const url of urls) {
		await open(page, url);
		const v = await axeViolations(page);
		if (v.length) found[url] = v;
	}
	await test.info().attach('wheel.png', { body: await (await open(page, '/'), page.screenshot({ fullPage: true })), contentType: 'image/png' });
	expect(found).toEqual({});
});

test('axe finds nothing on any page signed in', async ({ browser }) => {
	test.setTimeout(240_000);
	const page = await pageSignedIn(browser, DEMO.admin);
	const urls = [...signedInPages, ...(await detailPages(page)), ...(await definitionPages(page))];
	const found: Record<string, string[]> = {};
	for (const url of urls) {
		await open(page, url);
		const v = await axeViolations(page);
		if (v.length) found[url] = v;
	}
	expect(found).toEqual({});
});

test('no page scrolls sideways on a 390 px phone, public or signed in', async ({ browser }) => {
	test.setTimeout(240_000);
	const phone = { viewport: { width: 390, height: 844 } };
	const anonymous = await (await browser.newContext({ ...phone, baseURL: test.info().project.use.baseURL })).newPage();
	const signed = await pageSignedIn(browser, DEMO.admin);
	await signed.setViewportSize(phone.viewport);
	const wide: Record<string, string> = {};
	for (const [page, urls] of [
		[anonymous, [...publicPages, ...(await detailPages(anonymous))]],
		[signed, [...signedInPages, ...(await detailPages(signed)), ...(await definitionPages(signed))]]
	] as const) {
		for (const url of urls) {
			await open(page, url);
			const over = await sidewaysOverflow(page);
			if (over) wide[url] = over;
		}
	}
	await open(anonymous, '/sager');
	await test.info().attach('sager-390.png', { body: await anonymous.screenshot({ fullPage: true }), contentType: 'image/png' });
	expect(wide).toEqual({});
});

test('on a phone the menu folds behind one button and opens on a tap', async ({ browser }) => {
	const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: test.info().project.use.baseURL })).newPage();
	await open(page, '/liste');
	const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
	const toggle = menu.getByRole('button', { name: 'Menu' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(menu.getByRole('link', { name: 'Kalender' })).toBeHidden();
	const header = await page.locator('header').boundingBox();
	expect(header!.height).toBeLessThanOrEqual(60);
	await test.info().attach('menu-closed.png', { body: await page.screenshot(), contentType: 'image/png' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await test.info().attach('menu-open.png', { body: await page.screenshot(), contentType: 'image/png' });
	await menu.getByRole('link', { name: 'Kalender' }).click();
	await expect(page).toHaveURL(/\/kalender(\?|$)/);
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(menu.getByRole('link', { name: 'Liste' })).toBeHidden();
});

test('the footer links to the accessibility statement in the standard form', async ({ page }) => {
	await open(page, '/organer');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
	await expect(page).toHaveURL(/\/was$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'Oplever du ikke-tilgængeligt indhold?',
		'Overholdelsesstatus',
		'Ikke-tilgængeligt indhold',
		'Udarbejdelse af erklæringen',
		'Klagemulighed'
	]);
	await expect(page.locator('main')).toContainText('overholder delvist kravene i den harmoniserede standard EN 301 549');
});
