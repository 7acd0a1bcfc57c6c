import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as oidc from 'openid-client';
import { CLIENT_ID, CLIENT_SECRET, startProviders } from './oidc-provider';
import { DEMO, DEMO_PASSWORD, open } from './session';

/**
 * Single sign-on against a real OpenID provider (oidc-provider) on loopback, in the browser.
 * This file starts its own app instance with OIDC_* set, LOCAL_LOGIN=off and the demo admin as
 * break-glass account, so the other specs keep the app without single sign-on.
 */
const PROVIDER_PORT = Number(process.env.E2E_OIDC_PORT ?? 4174);
const APP_PORT = Number(process.env.E2E_SSO_PORT ?? 4175);
const APP = `http://127.0.0.1:${APP_PORT}`;

test.describe.configure({ mode: 'serial' });

let providers: Awaited<ReturnType<typeof startProviders>>;
let app: ChildProcess;
let dataDir: string;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	providers = await startProviders(PROVIDER_PORT, APP);
	dataDir = mkdtempSync(join(tmpdir(), 'aarshjul-sso-'));
	app = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(APP_PORT),
			HOST: '127.0.0.1',
			ORIGIN: APP,
			DATA_DIR: dataDir,
			DATABASE_URL: '',
			LOGIN_LIMIT_PER_ADDRESS: '1000',
			OIDC_ISSUER: providers.trustedIssuer,
			OIDC_CLIENT_ID: CLIENT_ID,
			OIDC_CLIENT_SECRET: CLIENT_SECRET,
			LOCAL_LOGIN: 'off',
			BREAK_GLASS_EMAIL: DEMO.admin
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; ; i++) {
		const ok = await fetch(`${APP}/api/v1/bodies`).then((r) => r.ok, () => false);
		if (ok) break;
		if (i > 300 || app.exitCode !== null) throw new Error('the single sign-on app did not start');
		await new Promise((r) => setTimeout(r, 300));
	}
	providers.accounts.set('mette', { email: 'mette.mortensen@sso.kommune.dk', name: 'Mette Mortensen', groups: ['grp-ledelsessekretariat', 'grp-alle'], department: 'Ledelsessekretariatet' });
	providers.accounts.set('ole', { email: 'ole.olsen@sso.kommune.dk', name: 'Ole Olsen', groups: ['grp-alle'] });
});

test.afterAll(async () => {
	app?.kill();
	await new Promise((r) => (app?.exitCode === null ? app.once('exit', r) : r(null)));
	await providers?.close();
	rmSync(dataDir, { recursive: true, force: true });
});

const newPage = async (browser: Browser): Promise<Page> => (await browser.newContext({ baseURL: APP })).newPage();

/** The provider's own login form and consent screen. */
async function providerLogin(page: Page, login: string): Promise<void> {
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('vilkaarligt');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** Clicks the login button on /login and stops at the provider's login form. */
async function toProvider(page: Page): Promise<void> {
	await open(page, '/login');
	await page.getByRole('link', { name: 'Log ind med Microsoft' }).click();
	await expect(page).toHaveURL(new RegExp(`^${providers.trustedIssuer}/interaction/`));
}

/** The sign-in under way, as the app keeps it in the browser. */
async function pendingCookie(context: BrowserContext) {
	const cookie = (await context.cookies(`${APP}/login/sso/callback`)).find((c) => c.name === 'aarshjul_oidc');
	if (!cookie) throw new Error('no pending sign-in cookie');
	const value = JSON.parse(Buffer.from(cookie.value, 'base64url').toString('utf8')) as { s: string; n: string; v: string; r: string };
	const replace = (next: Partial<typeof value>) =>
		context.addCookies([{ ...cookie, value: Buffer.from(JSON.stringify({ ...value, ...next })).toString('base64url') }]);
	return { cookie, value, replace };
}

async function signIn(browser: Browser, login: string): Promise<Page> {
	const page = await newPage(browser);
	await toProvider(page);
	await providerLogin(page, login);
	await expect(page).toHaveURL(`${APP}/`);
	return page;
}

async function expectRefused(page: Page, message: string): Promise<void> {
	await expect(page).toHaveURL(/\/login\?sso=/);
	await expect(page.getByRole('alert')).toHaveText(message);
	expect((await page.context().cookies(APP)).some((c) => c.name === 'aarshjul_session')).toBe(false);
	await open(page, '/konto');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fkonto$/);
}

const INVALID = 'Login blev afvist: svaret fra login-tjenesten kunne ikke godkendes. Prøv at logge ind igen.';

test('without OIDC_* the login page has no provider button; with them it has', async ({ page }) => {
	await open(page, '/login');
	await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log ind med Microsoft' })).toHaveCount(0);
	await expect(page.getByLabel('E-mail')).toBeVisible();

	const sso = await newPage(page.context().browser()!);
	await open(sso, '/login');
	await expect(sso.getByRole('link', { name: 'Log ind med Microsoft' })).toHaveAttribute('href', '/login/sso');
	await sso.context().close();
});

test('LOCAL_LOGIN=off refuses passwords except the break-glass admin, who maps groups to roles', async ({ browser }) => {
	const page = await newPage(browser);
	await open(page, '/login');
	await page.getByText('Nødadgang for administratoren').click();
	await page.getByLabel('E-mail').fill(DEMO.secretariat);
	await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Login med adgangskode er slået fra. Brug knappen for at logge ind med kommunens konto.');
	const api = await page.request.post('/api/v1/auth/login', { data: { email: DEMO.secretariat, password: DEMO_PASSWORD } });
	expect(api.status()).toBe(403);

	await page.getByLabel('E-mail').fill(DEMO.admin);
	await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toContainText('Log ud');

	await open(page, '/admin/login-tjeneste');
	await page.getByLabel('Claim med grupper eller app-roller').fill('groups');
	await page.getByLabel('Claim med enhed').fill('department');
	await page.getByRole('button', { name: 'Gem claims' }).click();
	await expect(page.getByRole('status')).toHaveText('Indstillingerne er gemt. De gælder fra hver brugers næste login.');
	await page.getByLabel('Claim-værdi').fill('grp-ledelsessekretariat');
	await page.getByLabel('Giver rollen').selectOption('secretariat');
	await page.getByRole('button', { name: 'Tilføj regel' }).click();
	await expect(page.getByRole('status')).toHaveText('Reglen for grp-ledelsessekretariat er gemt.');
	await expect(page.locator('tr[data-rule="grp-ledelsessekretariat"] td').nth(1)).toHaveText('Sekretariat');
	await page.context().close();
});

let mette: Page;

test('button → the provider’s login → back signed in with the mapped role and unit; the sign-in is in the audit log', async ({ browser }) => {
	mette = await signIn(browser, 'mette');
	await expect(mette.getByRole('navigation', { name: 'Hovedmenu' })).toContainText('Log ud');
	await open(mette, '/konto');
	await expect(mette.getByRole('heading', { level: 1 }).locator('+ p')).toHaveText('Mette Mortensen · mette.mortensen@sso.kommune.dk · Ledelsessekretariatet · Sekretariat');
	await expect(mette.getByText('Du logger ind med kommunens konto og har ingen adgangskode i Årshjul; den skiftes hos kommunens it.')).toBeVisible();
	await expect(mette.getByLabel('Nuværende adgangskode')).toHaveCount(0);
	expect((await mette.goto('/redigering'))?.status()).toBe(200);

	const admin = await newPage(browser);
	await admin.request.post('/api/v1/auth/login', { data: { email: DEMO.admin, password: DEMO_PASSWORD } });
	const log = await (await admin.request.get('/api/v1/audit?action=sign-in&actor=Mette')).json();
	expect(log.map((e: { actor: string; summary: string }) => [e.actor, e.summary])).toEqual([['Mette Mortensen <mette.mortensen@sso.kommune.dk>', 'Logget ind (OpenID Connect)']]);
	await admin.context().close();
});

test('a wrong state is refused', async ({ browser }) => {
	const page = await newPage(browser);
	await toProvider(page);
	await (await pendingCookie(page.context())).replace({ s: oidc.randomState() });
	await providerLogin(page, 'ole');
	await expectRefused(page, INVALID);
	await page.context().close();
});

test('a wrong nonce is refused', async ({ browser }) => {
	const page = await newPage(browser);
	await toProvider(page);
	await (await pendingCookie(page.context())).replace({ n: oidc.randomNonce() });
	await providerLogin(page, 'ole');
	await expectRefused(page, INVALID);
	await page.context().close();
});

test('a replayed code is refused, even with the sign-in’s own cookie', async ({ browser }) => {
	const page = await newPage(browser);
	await toProvider(page);
	const { cookie } = await pendingCookie(page.context());
	let callback = '';
	page.on('request', (r) => {
		if (r.url().startsWith(`${APP}/login/sso/callback`)) callback = r.url();
	});
	await providerLogin(page, 'ole');
	await expect(page).toHaveURL(`${APP}/`);
	expect(callback).toMatch(/[?&]code=/);

	const replay = await newPage(browser);
	await replay.context().addCookies([cookie]);
	await replay.goto(callback);
	await expectRefused(replay, INVALID);
	await page.context().close();
	await replay.context().close();
});

test('an answer from a foreign issuer is refused', async ({ browser }) => {
	const page = await newPage(browser);
	await toProvider(page);
	const { value } = await pendingCookie(page.context());
	// The same request, sent to another provider that has a client of the same name.
	const foreign = new URL(`${providers.foreignIssuer}/auth`);
	foreign.search = new URLSearchParams({
		client_id: CLIENT_ID,
		redirect_uri: `${APP}/login/sso/callback`,
		response_type: 'code',
		scope: 'openid profile email',
		state: value.s,
		nonce: value.n,
		code_challenge: await oidc.calculatePKCECodeChallenge(value.v),
		code_challenge_method: 'S256'
	}).toString();
	await page.goto(foreign.href);
	await expect(page).toHaveURL(new RegExp(`^${providers.foreignIssuer}/interaction/`));
	await providerLogin(page, 'ole');
	await expectRefused(page, INVALID);
	await page.context().close();
});

test('moved out of the group: the next sign-in gives the default role and ends the old sessions', async ({ browser }) => {
	providers.accounts.set('mette', { ...providers.accounts.get('mette')!, groups: ['grp-alle'] });
	const again = await signIn(browser, 'mette');
	await open(again, '/konto');
	await expect(again.getByRole('heading', { level: 1 }).locator('+ p')).toHaveText('Mette Mortensen · mette.mortensen@sso.kommune.dk · Ledelsessekretariatet · Læser');
	expect((await again.goto('/redigering'))?.status()).toBe(403);

	// The browser that had the secretariat's session is signed out.
	await open(mette, '/konto');
	await expect(mette).toHaveURL(/\/login\?redirectTo=%2Fkonto$/);
	await mette.context().close();

	// Logging out ends the local session and offers the provider's sign-out.
	await open(again, '/');
	await again.getByRole('button', { name: 'Log ud' }).click();
	await expect(again).toHaveURL(`${APP}/logget-ud`);
	const providerLogout = again.getByRole('link', { name: 'Log også ud af din kommunekonto' });
	await expect(providerLogout).toHaveAttribute('href', new RegExp(`^${providers.trustedIssuer}/session/end\\?`));
	await open(again, '/konto');
	await expect(again).toHaveURL(/\/login\?redirectTo=%2Fkonto$/);
	await again.context().close();
});

test('with the default role set to «ingen adgang», an unmapped user is refused', async ({ browser }) => {
	const admin = await newPage(browser);
	await admin.request.post('/api/v1/auth/login', { data: { email: DEMO.admin, password: DEMO_PASSWORD } });
	await open(admin, '/admin/login-tjeneste');
	await admin.getByLabel('Rolle for brugere uden regel').selectOption('none');
	await admin.getByRole('button', { name: 'Gem claims' }).click();
	await expect(admin.getByRole('status')).toHaveText('Indstillingerne er gemt. De gælder fra hver brugers næste login.');
	await admin.context().close();

	const page = await newPage(browser);
	await toProvider(page);
	await providerLogin(page, 'ole');
	await expectRefused(page, 'Du har ikke adgang til Årshjul. Kontakt sekretariatet, hvis du mener, du skal have adgang.');
	await page.context().close();
});
