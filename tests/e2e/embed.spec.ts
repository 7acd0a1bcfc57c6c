import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { DEMO, open, pageSignedIn } from './session';

/**
 * The embeds on other sites: two host sites run on other origins of this machine, one allowed
 * by EMBED_ORIGINS (playwright.config.ts) and one not; the browser shows the embeds in the
 * first and refuses them in the second.
 */
const SECRETS = ['Program for KB-seminar 2024', 'Chefforum', 'Informationssikkerhedsudvalget', 'Nytårskur for ledere', 'Dialogmøder med enhedsledere', 'Strategisk dialog med borgmesteren'];
const AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let app = '';
let allowed = '';
let refused = '';
const servers: Server[] = [];

/** A host site: `/ramme?src=…` frames an address, `/script?sti=…` uses the app's script tag. */
function hostSite(port: number): Promise<string> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
		const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
		const content =
			url.pathname === '/ramme'
				? `<iframe id="embed" src="${attr(url.searchParams.get('src') ?? '')}" title="Indlejret årshjul" style="width:100%;height:900px;border:0"></iframe>`
				: `<script src="${attr(app)}/indlejr.js" data-aarshjul="${attr(url.searchParams.get('sti') ?? '')}" data-titel="Kommunens mødeplan"></script>`;
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunens hjemmeside</title></head><body><h1>Kommunens hjemmeside</h1>${content}<p id="efter">Sidens fod</p></body></html>`);
	});
	servers.push(server);
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${port}`)));
}

test.beforeAll(async ({ baseURL }) => {
	app = baseURL!;
	const port = Number(new URL(app).port);
	allowed = await hostSite(Number(process.env.E2E_EMBED_HOST_PORT ?? port + 10));
	refused = await hostSite(Number(process.env.E2E_OTHER_HOST_PORT ?? port + 20));
});
test.afterAll(async () => {
	for (const s of servers) await new Promise((r) => s.close(r));
});

const framed = (host: string, path: string) => `${host}/ramme?src=${encodeURIComponent(app + path)}`;

async function kbMeetings2024(): Promise<number> {
	const anonymous = await request.newContext({ baseURL: app });
	const n = ((await (await anonymous.get('/api/v1/meetings?from=2024-01-01&to=2024-12-31&body=KB')).json()) as unknown[]).length;
	await anonymous.dispose();
	return n;
}

const EMBEDS = [
	{ path: '/indlejr/aarshjul?year=2024', heading: 'Årshjul 2024' },
	{ path: '/indlejr/kalender?year=2024', heading: 'Kalender' },
	{ path: '/indlejr/organer/kommunalbestyrelsen?year=2024', heading: 'Kommunalbestyrelsen: møder i 2024' }
];

test('each embed renders inside a page on an allowed site, without the app’s navigation', async ({ page }) => {
	for (const { path, heading } of EMBEDS) {
		await page.goto(framed(allowed, path));
		const frame = page.frameLocator('#embed');
		await expect(frame.locator('h1'), path).toHaveText(heading);
		await expect(frame.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
		await expect(frame.locator('header')).toHaveCount(0);
	}
	// What each shows, once framed.
	await page.goto(framed(allowed, EMBEDS[0]!.path));
	await expect(page.frameLocator('#embed').locator('svg.wheel [data-meeting-id]').first()).toBeAttached();
	await page.goto(framed(allowed, EMBEDS[1]!.path));
	await expect(page.frameLocator('#embed').locator('.calendar[data-state="ready"]')).toBeVisible();
	await expect(page.frameLocator('#embed').getByRole('heading', { level: 2, name: 'januar 2024' })).toBeVisible();
	await expect(page.frameLocator('#embed').locator('[data-meeting-id]').first()).toBeVisible();
	await page.goto(framed(allowed, EMBEDS[2]!.path));
	await expect(page.frameLocator('#embed').locator('tbody tr')).toHaveCount(await kbMeetings2024());
});

test('each embed fits the width of a narrow frame (a phone), and of a wide one, without scrolling sideways', async ({ page }) => {
	for (const width of [390, 1200]) {
		await page.setViewportSize({ width, height: 900 });
		for (const { path } of EMBEDS) {
			await page.goto(framed(allowed, path));
			const frame = page.frameLocator('#embed');
			await expect(frame.locator('h1')).toBeVisible();
			if (path.includes('kalender')) await expect(frame.locator('.calendar[data-state="ready"]')).toBeVisible();
			const fit = await frame.locator('html').evaluate((h) => ({ scroll: h.scrollWidth, client: h.clientWidth }));
			expect(fit.scroll, `${path} at ${width}px`).toBe(fit.client);
			// The content uses the frame's width rather than a fixed one.
			const main = await frame.locator('main').evaluate((m) => m.getBoundingClientRect().width);
			expect(main, `${path} at ${width}px`).toBeGreaterThan(fit.client * 0.9);
		}
	}
});

test('a site that is not allowed gets the browser’s refusal, for every embed', async ({ page }) => {
	for (const { path } of EMBEDS) {
		const refusals: string[] = [];
		page.on('console', (m) => {
			if (m.text().includes('violates the following Content Security Policy directive')) refusals.push(m.text());
		});
		await page.goto(framed(refused, path));
		await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url(), path).toBe('chrome-error://chromewebdata/');
		await expect.poll(() => refusals.length, path).toBeGreaterThan(0);
		expect(refusals[0]!.trim()).toBe(`Framing '${app}/' violates the following Content Security Policy directive: "frame-ancestors 'self' ${allowed}". The request has been blocked.`);
		page.removeAllListeners('console');
	}
});

test('embeds may be framed only by the allowed sites; every other page by none', async () => {
	const anonymous = await request.newContext({ baseURL: app });
	const ancestors = async (path: string) => /frame-ancestors ([^;]*)/.exec((await anonymous.get(path)).headers()['content-security-policy'] ?? '')?.[1];
	for (const { path } of EMBEDS) expect(await ancestors(path), path).toBe(`'self' ${allowed}`);
	for (const path of ['/', '/kalender', '/organer/kommunalbestyrelsen', '/redigering/indlejring', '/indlejringer']) expect(await ancestors(path), path).toBe("'none'");
	const script = await anonymous.get('/indlejr.js');
	expect(script.headers()['content-type']).toBe('text/javascript; charset=utf-8');
	await anonymous.dispose();
});

async function frameHeight(page: Page): Promise<{ frame: number; content: number }> {
	const frame = await page.locator('iframe').evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
	const content = await page.frameLocator('iframe').locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
	return { frame, content };
}

test('the script tag inserts the frame and keeps its height fitted; height messages from anyone else are ignored', async ({ page }) => {
	await page.goto(`${allowed}/script?sti=${encodeURIComponent('/indlejr/organer/kommunalbestyrelsen?year=2024')}`);
	const iframe = page.locator('iframe');
	await expect(iframe).toHaveAttribute('title', 'Kommunens mødeplan');
	await expect(iframe).toHaveAttribute('src', `${app}/indlejr/organer/kommunalbestyrelsen?year=2024`);
	await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Kommunalbestyrelsen: møder i 2024');
	await expect.poll(async () => { const h = await frameHeight(page); return h.frame === h.content && h.frame !== 600; }).toBe(true);
	const fitted = (await frameHeight(page)).frame;
	// The frame sits where the tag stood, and nothing scrolls inside it.
	expect(await page.locator('body > *').evaluateAll((els) => els.map((e) => e.tagName))).toEqual(['H1', 'SCRIPT', 'IFRAME', 'P']);
	expect(await page.frameLocator('iframe').locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight)).toBe(true);

	// The host page itself (another origin than the app) pretends to be the embed.
	await page.evaluate(() => window.postMessage({ type: 'aarshjul:hoejde', height: 7 }, '*'));
	await page.waitForTimeout(300);
	expect((await frameHeight(page)).frame).toBe(fitted);
});

test('a signed-in reader sees only public content in an embed, in the wheel and the calendar alike', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.reader);
	// The same session sees internal content in the app itself, so the cookie does reach the app.
	await open(page, '/kalender?date=2024-02-01&view=listMonth');
	await expect(page.locator('.calendar[data-state="ready"] [data-body="CF"]').first()).toContainText('Chefforum');
	for (const path of ['/indlejr/aarshjul?year=2024', '/indlejr/kalender?date=2024-02-01&view=listMonth']) {
		await page.goto(framed(allowed, path));
		const frame = page.frameLocator('#embed');
		await expect(frame.locator('h1')).toBeVisible();
		if (path.includes('kalender')) await expect(frame.locator('.calendar[data-state="ready"] [data-body="KB"]').first()).toBeVisible();
		const text = await frame.locator('body').innerHTML();
		for (const secret of SECRETS) expect(text.includes(secret), `${path} carries "${secret}"`).toBe(false);
	}
	await page.context().close();
});

test('the host’s colours are used when readable, and refused when links or text would be too faint', async ({ page }) => {
	const style = async (path: string) => {
		await page.goto(app + path);
		return page.locator('.embed').evaluate((e) => ({ background: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color, link: getComputedStyle(e.querySelector('td a')!).color }));
	};
	expect(await style('/indlejr/organer/kommunalbestyrelsen?year=2024&baggrund=17324a&tekst=ffffff&accent=9ec5e8')).toEqual({ background: 'rgb(23, 50, 74)', color: 'rgb(255, 255, 255)', link: 'rgb(158, 197, 232)' });
	expect(await style('/indlejr/organer/kommunalbestyrelsen?year=2024&baggrund=17324a&tekst=ffffff&accent=5a7fa6')).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(29, 39, 51)', link: 'rgb(31, 95, 139)' });
});

test('the embeds meet WCAG 2.2 AA (axe), also in the host’s colours', async ({ page }) => {
	for (const path of [...EMBEDS.map((e) => e.path), '/indlejr/aarshjul?year=2025&start=9&zoom=q2&organ=KB&organ=ØK', '/indlejr/organer/kommunalbestyrelsen?year=2024&baggrund=17324a&tekst=ffffff&accent=9ec5e8']) {
		await open(page, path);
		if (path.includes('kalender')) await expect(page.locator('.calendar')).toHaveAttribute('data-state', 'ready');
		const { violations } = await new AxeBuilder({ page }).withTags(AA).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
	}
});

test('the secretariat builds a snippet: choices, live preview, copyable code, and a warning for faint colours', async ({ browser }) => {
	const page = await pageSignedIn(browser, DEMO.secretariat);
	await open(page, '/redigering/indlejring');
	const year = new Date().getFullYear();
	await page.getByLabel('Kalenderen').check();
	await page.getByLabel('Kommunalbestyrelsen').check();
	const path = `/indlejr/kalender?organ=KB&year=${year}`;
	await expect(page.locator('#code-script')).toHaveValue(`<script src="${app}/indlejr.js" data-aarshjul="/indlejr/kalender?organ=KB&amp;year=${year}" data-titel="Kalender" async></script>`);
	await expect(page.locator('#code-iframe')).toHaveValue(`<iframe src="${app}${path.replace('&', '&amp;')}" title="Kalender" style="width: 100%; height: 900px; border: 0;" loading="lazy"></iframe>`);
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', path);
	await expect(page.frameLocator('iframe.preview').locator('h1')).toHaveText('Kalender');
	await expect(page.getByText(`Må vises på: ${allowed}.`, { exact: false })).toBeVisible();

	await page.getByLabel('Brug hjemmesidens egne farver').check();
	await page.getByLabel('Baggrund').fill('#17324a');
	await page.getByLabel('Tekst', { exact: true }).fill('#ffffff');
	await page.getByLabel('Links').fill('#5a7fa6');
	await expect(page.locator('#contrast')).toHaveText('Kontrasten mellem links og baggrunden er 3,1:1; mindst 4,5:1 kræves (WCAG AA). Standardfarverne bruges.');
	await page.getByLabel('Links').fill('#9ec5e8');
	await expect(page.locator('#contrast')).toHaveText('Farverne har tilstrækkelig kontrast (WCAG AA).');
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', `${path}&baggrund=17324a&tekst=ffffff&accent=9ec5e8`);

	const { violations } = await new AxeBuilder({ page }).withTags(AA).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	await page.context().close();
});
