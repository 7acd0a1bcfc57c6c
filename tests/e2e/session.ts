import { expect, request, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'aarshjul-demo';
export const DEMO = {
	admin: 'admin@demo.aarshjul.dk',
	secretariat: 'sekretariat@demo.aarshjul.dk',
	editor: 'redaktoer@demo.aarshjul.dk',
	reader: 'laeser@demo.aarshjul.dk'
} as const;
export type DemoRole = keyof typeof DEMO;

/** An API client signed in as a demo user through POST /api/v1/auth/login (cookie kept). */
export async function signedIn(baseURL: string, role: DemoRole): Promise<APIRequestContext> {
	const ctx = await request.newContext({ baseURL });
	const res = await ctx.post('/api/v1/auth/login', { data: { email: DEMO[role], password: DEMO_PASSWORD } });
	if (res.status() !== 200) throw new Error(`login as ${role}: ${res.status()} ${await res.text()}`);
	return ctx;
}

/** Opens a page and waits until it is interactive: typing before hydration could be wiped. */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const states = new Map<string, StorageState>();

/**
 * A browser page signed in through the login form; each account logs in once per spec file.
 * The cache is per file: one worker runs every file, and a spec that logs a user out
 * everywhere (the authorisation matrix) must not leave the next file a dead session.
 */
export async function pageSignedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
	const baseURL = test.info().project.use.baseURL;
	const key = `${test.info().file}|${email}`;
	let state = states.get(key);
	if (!state) {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await open(page, '/login');
		await page.getByLabel('E-mail').fill(email);
		await page.getByLabel('Adgangskode').fill(password);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toContainText('Log ud');
		state = await context.storageState();
		states.set(key, state);
		await context.close();
	}
	return (await browser.newContext({ baseURL, storageState: state })).newPage();
}
