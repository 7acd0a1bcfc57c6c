import { expect, request, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { lintIcs } from '../../src/lib/server/feeds/lint.ts';
import { open, signedIn } from './session';

/**
 * Personal feeds through the running production build: created on /abonner and via the API,
 * fetched without cookies as a calendar client does, regenerated and revoked. Each role signs in
 * once per file (login rate limit).
 */

interface StageJson {
	body: string;
	role: string;
	meeting: { id: string; start: string | null } | null;
	deadline: string | null;
}

const iso = (offsetTime: string) => new Date(offsetTime).toISOString();

async function pageAs(browser: Browser, email: string): Promise<Page> {
	const baseURL = test.info().project.use.baseURL;
	const page = await (await browser.newContext({ baseURL })).newPage();
	await open(page, '/login');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Adgangskode').fill('aarshjul-demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toContainText('Log ud');
	return page;
}

/** A calendar client: no cookies, no session. */
async function client(): Promise<APIRequestContext> {
	return request.newContext({ baseURL: test.info().project.use.baseURL });
}

function events(ics: string) {
	const cal = new ICAL.Component(ICAL.parse(ics));
	return cal.getAllSubcomponents('vevent').map((ve) => {
		const e = new ICAL.Event(ve);
		return {
			uid: e.uid,
			summary: e.summary,
			start: new Date(e.startDate.toUnixTime() * 1000).toISOString(),
			alarms: ve.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))
		};
	});
}

test('an editor subscribes to their cases on /abonner; the URL is shown once, regenerated and revoked', async ({ browser, baseURL }) => {
	const editorApi = await signedIn(baseURL!, 'editor');
	// Created as the editor names themselves: no user link, so the feed matches on the responsible name.
	const created = await editorApi.post('/api/v1/cases', {
		data: { title: 'Feedtest: personalepolitik', unit: 'HR og Personale', responsible: 'Rasmus Redaktør', template: 'Personalesag', plan: { decide: { by: '2027-10-31' } } }
	});
	expect(created.status()).toBe(201);
	const theCase = (await created.json()) as { id: string; version: number; stages: StageJson[] };
	expect(theCase.stages.map((s) => s.body)).toEqual(['DIR', 'HU', 'ØK', 'KB']);
	try {
		const page = await pageAs(browser, 'redaktoer@demo.aarshjul.dk');
		await page.goto('/abonner');
		await page.getByLabel('Navn på abonnementet').fill('Feedtest');
		await page.getByLabel('1 dag før frister').check();
		await page.getByLabel('1 time før møder').check();
		await page.getByRole('button', { name: 'Opret abonnement' }).click();
		const shown = page.locator('#nyt-abonnement');
		await expect(shown.getByRole('heading')).toHaveText('Abonnementet »Feedtest« er oprettet.');
		const url = await shown.getByLabel('Kalenderens adresse').inputValue();
		expect(url).toMatch(new RegExp(`^${baseURL}/feeds/personlig/[a-km-np-z2-9]{32}\\.ics$`));
		await expect(shown.getByRole('link', { name: 'Apple Kalender' })).toHaveAttribute('href', url.replace(/^https?:\/\//, 'webcal://'));
		await expect(shown.getByRole('link', { name: 'Google Kalender' })).toHaveAttribute('href', `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(url.replace(/^https?:\/\//, 'webcal://'))}`);

		const calendarApp = await client();
		const res = await calendarApp.get(url);
		expect(res.status()).toBe(200);
		expect(res.headers()['cache-control']).toBe('private, no-cache');
		expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		const ics = await res.text();
		expect(lintIcs(ics)).toEqual([]);
		expect(res.headers()['content-disposition']).toBe('inline; filename="aarshjul-personlig.ics"');
		// A meeting is one busy block naming every case of the editor treated there; other specs give
		// the same editor cases on some of these meetings, so only this case's part is compared.
		const mine = events(ics)
			.filter((e) => e.summary.includes('Feedtest: personalepolitik'))
			.map((e) => ({ ...e, summary: e.summary.replace(/^([^:]+): (?:.*; )?(Feedtest: personalepolitik \([^)]+\))(?:; .*)?$/, '$1: $2') }));
		const bodyName: Record<string, string> = { DIR: 'Direktionen', HU: 'Hovedudvalget (Hoved-MED)', ØK: 'Økonomiudvalget', KB: 'Kommunalbestyrelsen' };
		const expected = theCase.stages.flatMap((s, i) => [
			{ uid: `meeting-${s.meeting!.id}@aarshjul`, summary: `${bodyName[s.body]}: Feedtest: personalepolitik (${s.role})`, start: iso(s.meeting!.start!), alarms: ['-PT1H'] },
			{ uid: `deadline-${theCase.id}-${i}@aarshjul`, summary: `Frist: Feedtest: personalepolitik til ${s.body}`, start: iso(s.deadline!), alarms: ['-P1D'] }
		]);
		const byUid = (a: { uid: string }, b: { uid: string }) => (a.uid < b.uid ? -1 : 1);
		expect(mine.sort(byUid)).toEqual(expected.sort(byUid));

		// Shown once: after a reload the address is nowhere on the page.
		await page.reload();
		expect(await page.content()).not.toContain(url.slice(url.lastIndexOf('/') + 1));

		await page.getByRole('button', { name: 'Ny adresse til »Feedtest«' }).click();
		await expect(page.locator('#nyt-abonnement')).toContainText('har fået en ny adresse');
		const renewed = await page.locator('#nyt-abonnement').getByLabel('Kalenderens adresse').inputValue();
		expect(renewed).not.toBe(url);
		expect((await calendarApp.get(url)).status()).toBe(404);
		const again = await calendarApp.get(renewed);
		expect(again.status()).toBe(200);
		expect(events(await again.text()).filter((e) => e.summary.includes('Feedtest: personalepolitik')).length).toBe(8);
		for (const [accept, coding] of [['gzip', 'gzip'], ['br', 'br'], ['identity', undefined]] as const) {
			const compressed = await calendarApp.get(renewed, { headers: { 'accept-encoding': accept } });
			expect([accept, compressed.headers()['content-encoding'], compressed.headers()['vary'], lintIcs(await compressed.body())]).toEqual([accept, coding, 'Accept-Encoding', []]);
			const revalidated = await calendarApp.get(renewed, { headers: { 'accept-encoding': accept, 'if-none-match': compressed.headers()['etag']! } });
			expect(revalidated.status()).toBe(304);
		}

		await page.getByRole('button', { name: 'Tilbagekald »Feedtest«' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Abonnementet er tilbagekaldt' })).toBeVisible();
		expect((await calendarApp.get(renewed)).status()).toBe(404);
		await calendarApp.dispose();
	} finally {
		expect((await editorApi.delete(`/api/v1/cases/${theCase.id}?version=${theCase.version}`)).status()).toBe(204);
		await editorApi.dispose();
	}
});

test('a reader’s subscription to Chefforum has its meetings, which no public feed shows; DELETE revokes it', async ({ baseURL }) => {
	const reader = await signedIn(baseURL!, 'reader');
	const res = await reader.post('/api/v1/feeds', { data: { name: 'Chefforum', selection: { bodies: ['CF'], reminders: { meetingMinutes: 60 } } } });
	expect(res.status()).toBe(201);
	const sub = (await res.json()) as { id: number; url: string; kind: string };
	expect(sub.kind).toBe('personal');

	const listed = (await (await reader.get('/api/v1/feeds')).json()) as { name: string; url: string | null; kind: string; id?: number }[];
	expect(listed.filter((f) => f.kind === 'personal' && f.id === sub.id).map((f) => [f.name, f.url])).toEqual([['Chefforum', null]]);
	expect(listed.filter((f) => f.kind === 'case').map((f) => f.name)).toEqual([
		'Årshjul – sag: Budgetanalyse: Jordfordeling – vådområder og lavbundsjorde',
		'Årshjul – sag: Budgetanalyse: Samskabelse og effektivisering',
		'Årshjul – sag: Kommuneplanstrategi',
		'Årshjul – sag: Trafiksikkerhedsplan 2026'
	]);

	const calendarApp = await client();
	const ics = await (await calendarApp.get(sub.url)).text();
	expect(lintIcs(ics)).toEqual([]);
	const all = events(ics);
	expect(all.length).toBeGreaterThan(10);
	expect(new Set(all.map((e) => e.summary))).toEqual(new Set(['Chefforum']));
	expect(new Set(all.map((e) => e.alarms.join()))).toEqual(new Set(['-PT1H']));

	for (const path of ['/feeds/offentlig.ics', '/feeds/organer/chefforum.ics']) {
		const pub = await calendarApp.get(path);
		expect(await pub.text()).not.toContain('Chefforum');
	}
	expect((await reader.delete(`/api/v1/feeds/${sub.id}`)).status()).toBe(204);
	expect((await calendarApp.get(sub.url)).status()).toBe(404);
	expect((await reader.delete(`/api/v1/feeds/${sub.id}`)).status()).toBe(404);
	await calendarApp.dispose();
	await reader.dispose();
});

test('a closed case’s feed is 404 publicly and readable through a personal token', async ({ baseURL }) => {
	const reader = await signedIn(baseURL!, 'reader');
	const [closed] = (await (await reader.get('/api/v1/cases?q=Program+for+KB-seminar+2024')).json()) as { id: string }[];
	const sub = (await (await reader.post('/api/v1/feeds', { data: { name: 'Sager', selection: { ownCases: true } } })).json()) as { id: number; url: string };
	const calendarApp = await client();
	expect((await calendarApp.get(`/feeds/sager/${closed!.id}.ics`)).status()).toBe(404);
	const viaToken = await calendarApp.get(sub.url.replace(/\.ics$/, `/sager/${closed!.id}.ics`));
	expect(viaToken.status()).toBe(200);
	expect(lintIcs(await viaToken.text())).toEqual([]);
	expect(await viaToken.text()).toContain('X-WR-CALNAME:Årshjul – sag: Program for KB-seminar 2024');
	expect((await reader.delete(`/api/v1/feeds/${sub.id}`)).status()).toBe(204);
	expect((await calendarApp.get(sub.url.replace(/\.ics$/, `/sager/${closed!.id}.ics`))).status()).toBe(404);
	await calendarApp.dispose();
	await reader.dispose();
});
