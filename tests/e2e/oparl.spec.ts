import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { check, checkList, kindOf } from './oparl-schema';
import { signedIn } from './session';

/**
 * OParl 1.1 at /oparl/v1.1: every object kind against the specification's definitions
 * (oparl-schema.ts), a crawl of the whole API from System, and the change mechanism
 * (filters, pagination, deleted objects).
 */
const SECRETS = ['Program for KB-seminar 2024', 'Chefforum', 'Informationssikkerhedsudvalget', 'Nytårskur for ledere', 'Dialogmøder med enhedsledere', 'Strategisk dialog med borgmesteren'];

let anonymous: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
	anonymous = await request.newContext({ baseURL });
});
test.afterAll(async () => {
	await anonymous.dispose();
});

type Obj = Record<string, unknown> & { id: string; type: string };

/** Every OParl URL a JSON value names, anywhere in it. */
function oparlUrls(value: unknown, base: string, out: Set<string>): void {
	if (typeof value === 'string') {
		if (value.startsWith(`${base}/oparl/`)) out.add(value);
	} else if (Array.isArray(value)) for (const v of value) oparlUrls(v, base, out);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) oparlUrls(v, base, out);
}

/** Every object in a response, embedded ones included, by kind. */
function objects(value: unknown, out: Obj[]): void {
	if (Array.isArray(value)) for (const v of value) objects(v, out);
	else if (value && typeof value === 'object') {
		if ('type' in value && 'id' in value) out.push(value as Obj);
		for (const v of Object.values(value)) objects(v, out);
	}
}

async function publicMeetingCount(): Promise<number> {
	let n = 0;
	for (const [from, to] of [['2017-01-01', '2019-12-31'], ['2020-01-01', '2022-12-31'], ['2023-01-01', '2025-12-31'], ['2026-01-01', '2028-12-31'], ['2029-01-01', '2031-12-31']]) {
		n += ((await (await anonymous.get(`/api/v1/meetings?from=${from}&to=${to}`)).json()) as unknown[]).length;
	}
	return n;
}

test('a crawl from System reaches every object through links that all answer, each as the spec defines it, with nothing closed or internal', async ({ baseURL }) => {
	test.setTimeout(600_000);
	const system = `${baseURL}/oparl/v1.1`;
	const queue = [system];
	const seen = new Set(queue);
	const fetched = new Map<string, unknown>();
	const errors: string[] = [];
	const webPages = new Set<string>();
	// A few requests at a time, as a harvesting client would; the order does not matter to the checks.
	const visit = async (url: string) => {
		const res = await anonymous.get(url);
		if (res.status() !== 200) {
			errors.push(`${url}: ${res.status()}`);
			return;
		}
		expect(res.headers()['content-type'], url).toBe('application/json; charset=utf-8');
		expect(res.headers()['access-control-allow-origin'], url).toBe('*');
		const text = await res.text();
		for (const secret of SECRETS) if (text.includes(secret)) errors.push(`${url} carries "${secret}"`);
		const body = JSON.parse(text) as Record<string, unknown>;
		fetched.set(url, body);
		errors.push(...('data' in body ? checkList(body, url) : check(body, undefined, url)));
		const found = new Set<string>();
		oparlUrls(body, baseURL!, found);
		for (const next of found) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
		const all: Obj[] = [];
		objects(body, all);
		for (const o of all) if (typeof o.web === 'string') webPages.add(o.web);
	};
	while (queue.length) await Promise.all(queue.splice(0, 6).map(visit));
	expect(errors).toEqual([]);

	// Every object a list or another object embeds is the very object its id answers with.
	const byKind = new Map<string, Map<string, Obj>>();
	for (const body of fetched.values()) {
		const all: Obj[] = [];
		objects(body, all);
		for (const o of all) {
			const kind = kindOf(o)!;
			if (!byKind.has(kind)) byKind.set(kind, new Map());
			byKind.get(kind)!.set(o.id, o);
			expect(fetched.get(o.id), `${o.id} as embedded and as fetched`).toEqual(o);
		}
	}
	const count = (kind: string) => byKind.get(kind)?.size ?? 0;

	// As many as the rest of the app shows the public, and no more.
	const bodies = (await (await anonymous.get('/api/v1/bodies')).json()) as unknown[];
	const cases = (await (await anonymous.get('/api/v1/cases')).json()) as unknown[];
	expect(count('System')).toBe(1);
	expect(count('Body')).toBe(1);
	expect(count('Organization')).toBe(bodies.length);
	expect(count('Meeting')).toBe(await publicMeetingCount());
	expect(count('Paper')).toBe(cases.length);
	expect(count('LegislativeTerm')).toBe(2);
	expect(count('Person')).toBe(0);
	expect(count('Consultation')).toBeGreaterThan(cases.length);
	expect(count('Location')).toBeGreaterThan(500);

	// Closed agenda lines are there, as "Lukket punkt" without text or a way to the case.
	const items = [...(byKind.get('AgendaItem')?.values() ?? [])];
	const closed = items.filter((i) => i.public === false);
	expect(closed.length).toBeGreaterThan(0);
	for (const item of closed) {
		expect(Object.keys(item).sort(), item.id).toEqual(['created', 'id', 'meeting', 'modified', 'name', 'number', 'order', 'public', 'type']);
		expect(item.name).toBe('Lukket punkt');
	}
	expect(items.filter((i) => i.public === true && typeof i.consultation === 'string').length).toBeGreaterThan(0);

	// The web pages the objects point at are there too.
	const pages = [...webPages];
	while (pages.length) {
		await Promise.all(pages.splice(0, 6).map(async (page) => expect((await anonymous.get(page)).status(), page).toBe(200)));
	}
});

test('the System, Body and a meeting with its agenda, exactly', async ({ baseURL }) => {
	const base = `${baseURL}/oparl/v1.1`;
	const system = await (await anonymous.get('/oparl/v1.1')).json();
	expect(system).toEqual({
		id: base, type: 'https://schema.oparl.org/1.1/System', oparlVersion: 'https://schema.oparl.org/1.1/', body: `${base}/body`,
		name: 'Årshjul – Kommunen', website: `${baseURL}/`, web: `${baseURL}/`, created: expect.any(String), modified: expect.any(String)
	});
	const body = await (await anonymous.get('/oparl/v1.1/body/kommune')).json();
	expect(body.legislativeTerm).toEqual([
		{ id: `${base}/legislative-term/2022`, type: 'https://schema.oparl.org/1.1/LegislativeTerm', body: `${base}/body/kommune`, name: 'Valgperioden 2022–2025', startDate: '2022-01-01', endDate: '2025-12-31', created: '2022-01-01T00:00:00+01:00', modified: '2022-01-01T00:00:00+01:00' },
		{ id: `${base}/legislative-term/2026`, type: 'https://schema.oparl.org/1.1/LegislativeTerm', body: `${base}/body/kommune`, name: 'Valgperioden 2026–2029', startDate: '2026-01-01', endDate: '2029-12-31', created: '2026-01-01T00:00:00+01:00', modified: '2026-01-01T00:00:00+01:00' }
	]);

	// Every agenda of the board and the council in 2023 as the meeting page's API shows it: the same lines in the same order, a closed one without its title.
	const lines: [number, string, boolean][] = [];
	for (const body of ['DIR', 'KB']) {
		const meetings = (await (await anonymous.get(`/api/v1/meetings?from=2023-01-01&to=2023-12-31&body=${body}`)).json()) as { id: string; start: string }[];
		for (const m of meetings) {
			const agenda = (await (await anonymous.get(`/api/v1/meetings/${m.id}/agenda`)).json()) as { items: { number: number; title: string; closed: boolean }[] };
			const meeting = await (await anonymous.get(`/oparl/v1.1/meeting/${m.id}`)).json();
			expect(meeting.start).toBe(m.start);
			const expected = agenda.items.map((i): [number, string, boolean] => [i.number, i.closed ? 'Lukket punkt' : i.title, !i.closed]);
			expect((meeting.agendaItem ?? []).map((i: Obj) => [i.order, i.name, i.public])).toEqual(expected);
			lines.push(...expected);
		}
	}
	expect(lines.filter(([, , open]) => !open).length).toBeGreaterThan(0);
	expect(lines.filter(([, , open]) => open).length).toBeGreaterThan(10);
});

test('internal bodies and their meetings are not there; a closed case is only a deleted Paper', async ({ baseURL }) => {
	const staff = await signedIn(baseURL!, 'reader');
	const internal = ((await (await staff.get('/api/v1/meetings?from=2024-02-01&to=2024-02-29&body=CF')).json()) as { id: string }[])[0]!;
	const closedCase = ((await (await staff.get('/api/v1/cases')).json()) as { id: string; closed: boolean }[]).find((c) => c.closed)!;
	// Signed in or not, OParl is the public's view.
	for (const client of [anonymous, staff]) {
		const res = await client.get(`/oparl/v1.1/meeting/${internal.id}`);
		expect(res.status()).toBe(404);
		expect(res.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
		const paper = await (await client.get(`/oparl/v1.1/paper/${closedCase.id}`)).json();
		expect(Object.keys(paper).sort()).toEqual(['created', 'deleted', 'id', 'modified', 'type']);
		expect(paper).toMatchObject({ id: `${baseURL}/oparl/v1.1/paper/${closedCase.id}`, type: 'https://schema.oparl.org/1.1/Paper', deleted: true });
		expect((await client.get(`/oparl/v1.1/paper/${closedCase.id}/consultation/0`)).status()).toBe(404);
	}
	const organizations = (await (await staff.get('/oparl/v1.1/body/kommune/organization')).json()).data as Obj[];
	expect(organizations.map((o) => o.shortName)).not.toContain('CF');
	await staff.dispose();
});

test('pages follow one another to every meeting exactly once, and keep the filters', async ({ baseURL }) => {
	const first = `${baseURL}/oparl/v1.1/body/kommune/meeting?created_since=2000-01-01T00%3A00%3A00%2B01%3A00&limit=50`;
	const ids: string[] = [];
	let url: string | undefined = first;
	let pages = 0;
	let total = -1;
	while (url) {
		const page = await (await anonymous.get(url)).json();
		expect(page.links.self).toBe(url);
		expect(page.links.first).toBe(first);
		expect(page.pagination.currentPage).toBe(++pages);
		total = page.pagination.totalElements;
		ids.push(...page.data.map((m: Obj) => m.id));
		if (page.links.next) expect(page.links.next).toBe(`${first}&page=${pages + 1}`);
		url = page.links.next;
	}
	expect(ids.length).toBe(total);
	expect(new Set(ids).size).toBe(total);
	expect(pages).toBe(Math.ceil(total / 50));
	expect(total).toBe(await publicMeetingCount());
});

test('filters: nothing modified in the future, nothing created before 2000, and a bad value is a 400 naming it', async () => {
	for (const q of ['modified_since=2999-01-01T00%3A00%3A00%2B01%3A00', 'created_until=2000-01-01T00%3A00%3A00%2B01%3A00']) {
		for (const list of ['meeting', 'paper', 'organization', 'legislative-term']) {
			const page = await (await anonymous.get(`/oparl/v1.1/body/kommune/${list}?${q}`)).json();
			expect(page.data, `${list}?${q}`).toEqual([]);
			expect(page.pagination.totalElements).toBe(0);
		}
	}
	const res = await anonymous.get('/oparl/v1.1/body/kommune/meeting?modified_since=i%20går');
	expect(res.status()).toBe(400);
	expect(res.headers()['access-control-allow-origin']).toBe('*');
	expect(await res.json()).toMatchObject({ status: 400, 'invalid-params': [{ name: 'modified_since', reason: 'Skal være et tidspunkt med tidszone, fx 2026-01-01T00:00:00+01:00' }] });
});

test('a deleted meeting and a case made closed stay at their URLs as deleted, and are listed only to a client asking for changes', async ({ baseURL }) => {
	const secretariat = await signedIn(baseURL!, 'secretariat');
	const editor = await signedIn(baseURL!, 'editor');
	const before = new Date(Date.now() - 2000).toISOString().replace(/\.\d+Z$/, '+00:00');
	const since = `modified_since=${encodeURIComponent(before)}`;

	const meeting = await (await secretariat.post('/api/v1/meetings', { data: { body: 'KB', date: '2028-03-09', start: '13:00', end: '15:00', note: 'OParl-prøve' } })).json();
	const kbMeeting = ((await (await anonymous.get('/api/v1/meetings?from=2027-11-23&to=2027-11-23&body=KB')).json()) as { id: string }[])[0]!.id;
	const created = await editor.post('/api/v1/cases', { data: { title: 'OParl-prøvesag', caseNumber: '9002/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: kbMeeting } } } });
	expect(created.status()).toBe(201);
	const c = await created.json();

	const paper = await (await anonymous.get(`/oparl/v1.1/paper/${c.id}`)).json();
	expect(check(paper)).toEqual([]);
	expect(paper).toMatchObject({ name: 'OParl-prøvesag', reference: '9002/27', paperType: 'Sag' });
	const publicCodes = new Map(((await (await anonymous.get('/api/v1/bodies')).json()) as { code: string }[]).map((b, i) => [b.code, i]));
	const organizationOf = async (url: string) => (await (await anonymous.get(url)).json()).shortName;
	const consulted = [];
	for (const s of paper.consultation as Obj[]) consulted.push([await organizationOf((s.organization as string[])[0]!), s.role, s.authoritative]);
	expect(consulted).toEqual(c.stages.filter((s: { body: string }) => publicCodes.has(s.body)).map((s: { body: string; role: string }) => [s.body, s.role, s.role === 'beslutning']));
	expect(consulted.length).toBeGreaterThan(0);
	const changed = (await (await anonymous.get(`/oparl/v1.1/body/kommune/paper?${since}`)).json()).data as Obj[];
	expect(changed.map((p) => p.id)).toContain(paper.id);

	expect((await secretariat.delete(`/api/v1/meetings/${meeting.id}?version=1`)).status()).toBe(204);
	expect((await editor.patch(`/api/v1/cases/${c.id}`, { data: { version: 1, closed: true } })).status()).toBe(200);

	for (const [url, kind] of [[`/oparl/v1.1/meeting/${meeting.id}`, 'Meeting'], [`/oparl/v1.1/paper/${c.id}`, 'Paper']] as const) {
		const res = await anonymous.get(url);
		expect(res.status(), url).toBe(200);
		const stub = await res.json();
		expect(Object.keys(stub).sort()).toEqual(['created', 'deleted', 'id', 'modified', 'type']);
		expect(stub).toMatchObject({ id: `${baseURL}${url}`, type: `https://schema.oparl.org/1.1/${kind}`, deleted: true });
		expect(check(stub)).toEqual([]);
		expect(Date.parse(stub.modified)).toBeGreaterThanOrEqual(Date.parse(before));
	}
	const listed = async (list: string, q: string) => ((await (await anonymous.get(`/oparl/v1.1/body/kommune/${list}?${q}`)).json()).data as Obj[]).filter((o) => o.id.endsWith(list === 'meeting' ? meeting.id : c.id));
	expect(await listed('meeting', 'limit=100')).toEqual([]);
	expect((await listed('meeting', since)).map((o) => o.deleted)).toEqual([true]);
	expect(await listed('paper', 'limit=100')).toEqual([]);
	expect((await listed('paper', since)).map((o) => o.deleted)).toEqual([true]);

	expect((await editor.delete(`/api/v1/cases/${c.id}?version=2`)).status()).toBe(204);
	await secretariat.dispose();
	await editor.dispose();
});
