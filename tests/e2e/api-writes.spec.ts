import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { signedIn } from './session';

/** Writes through the API: roles, validation, optimistic concurrency, audit, tokens. */

let secretariat: APIRequestContext;
let admin: APIRequestContext;
let reader: APIRequestContext;
let anonymous: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
	secretariat = await signedIn(baseURL!, 'secretariat');
	admin = await signedIn(baseURL!, 'admin');
	reader = await signedIn(baseURL!, 'reader');
	anonymous = await request.newContext({ baseURL });
});
test.afterAll(async () => {
	for (const c of [secretariat, admin, reader, anonymous]) await c.dispose();
});

test('login sets an HttpOnly, SameSite=Lax session cookie; a wrong password is a 401 problem', async ({ baseURL }) => {
	const ctx = await request.newContext({ baseURL });
	const bad = await ctx.post('/api/v1/auth/login', { data: { email: 'laeser@demo.aarshjul.dk', password: 'forkert-forkert' } });
	expect(bad.status()).toBe(401);
	expect(await bad.json()).toMatchObject({ status: 401, detail: 'Forkert e-mailadresse eller adgangskode.' });
	const ok = await ctx.post('/api/v1/auth/login', { data: { email: 'LAESER@demo.aarshjul.dk', password: 'aarshjul-demo' } });
	expect(ok.status()).toBe(200);
	expect(await ok.json()).toEqual({ user: { id: expect.any(Number), email: 'laeser@demo.aarshjul.dk', name: 'Lene Læser', unit: 'Teknik og Miljø', role: 'reader' } });
	const cookie = ok.headers()['set-cookie']!;
	expect(cookie).toMatch(/^aarshjul_session=[a-z2-9]{24}\.[a-z2-9]{24};/);
	expect(cookie).toContain('HttpOnly');
	expect(cookie).toContain('SameSite=Lax');
	expect((await ctx.post('/api/v1/auth/logout')).status()).toBe(204);
	expect((await ctx.get('/api/v1/audit')).status()).toBe(401);
	await ctx.dispose();
});

test('a missing field is a 400 problem naming it', async () => {
	const res = await anonymous.post('/api/v1/auth/login', { data: { email: 'x@y.dk' } });
	expect(res.status()).toBe(400);
	expect((await res.json())['invalid-params']).toEqual([{ name: 'password', reason: 'Skriv din adgangskode' }]);
});

test('signed-in staff see internal bodies and events; the public does not', async () => {
	const pub = (await (await anonymous.get('/api/v1/bodies')).json()).map((b: { code: string }) => b.code);
	const staff = (await (await reader.get('/api/v1/bodies')).json()).map((b: { code: string }) => b.code);
	expect(pub).not.toContain('CF');
	expect(staff).toEqual([...pub, 'CF', 'ISU']);
	const events = await (await reader.get('/api/v1/events?from=2024-01-01&to=2024-01-31')).json();
	expect(events.map((e: { title: string }) => e.title)).toEqual(['Nytårskur', 'Nytårskur for ledere', 'KB-seminar']);
});

test('the secretariat creates, moves, conflicts, cancels and deletes a meeting; every step is audited', async () => {
	const created = await secretariat.post('/api/v1/meetings', { data: { body: 'HU', date: '2028-03-09', start: '13:00', end: '15:00', note: 'Ekstra møde' } });
	expect(created.status()).toBe(201);
	const meeting = await created.json();
	expect(meeting).toEqual({
		id: expect.any(String), body: 'HU', bodyName: 'Hovedudvalget (Hoved-MED)', start: '2028-03-09T13:00:00+01:00', end: '2028-03-09T15:00:00+01:00',
		week: 10, status: 'planned', location: 'Mødelokale 1, Rådhuset, Grenaa', note: 'Ekstra møde', version: 1
	});

	// Across the change to summer time: the wall-clock time stays, the offset follows.
	const moved = await secretariat.patch(`/api/v1/meetings/${meeting.id}`, { data: { version: 1, date: '2028-03-30', start: '13:30', end: '15:30' } });
	expect(moved.status()).toBe(200);
	expect(await moved.json()).toMatchObject({ start: '2028-03-30T13:30:00+02:00', end: '2028-03-30T15:30:00+02:00', version: 2 });

	const stale = await secretariat.patch(`/api/v1/meetings/${meeting.id}`, { data: { version: 1, location: 'Kantinen' } });
	expect(stale.status()).toBe(409);
	expect(await stale.json()).toMatchObject({ status: 409, title: 'Ændret af en anden', current: { start: '2028-03-30T13:30:00+02:00', location: 'Mødelokale 1, Rådhuset, Grenaa', version: 2 } });

	const cancelled = await secretariat.patch(`/api/v1/meetings/${meeting.id}`, { data: { version: 2, status: 'cancelled' } });
	expect(await cancelled.json()).toMatchObject({ status: 'cancelled', version: 3 });

	const log = await (await admin.get(`/api/v1/audit?entity=meeting&id=${meeting.id}`)).json();
	expect(log.map((r: { action: string; actor: string }) => [r.action, r.actor])).toEqual([
		['cancel', 'Sofie Sekretariat <sekretariat@demo.aarshjul.dk>'],
		['move', 'Sofie Sekretariat <sekretariat@demo.aarshjul.dk>'],
		['create', 'Sofie Sekretariat <sekretariat@demo.aarshjul.dk>']
	]);
	expect(log[1].before).toMatchObject({ start: '2028-03-09T13:00:00+01:00' });
	expect(log[1].after).toMatchObject({ start: '2028-03-30T13:30:00+02:00' });

	expect((await secretariat.delete(`/api/v1/meetings/${meeting.id}?version=2`)).status()).toBe(409);
	expect((await secretariat.delete(`/api/v1/meetings/${meeting.id}?version=3`)).status()).toBe(204);
	expect((await anonymous.get(`/api/v1/meetings/${meeting.id}`)).status()).toBe(404);
	expect((await (await admin.get(`/api/v1/audit?entity=meeting&id=${meeting.id}&action=delete`)).json()).length).toBe(1);
});

test('impossible times are refused with the field named, and nothing is saved', async () => {
	const cases = [
		[{ body: 'HU', date: '2028-03-26', start: '02:30', end: '04:00' }, 'start', 'Tidspunktet findes ikke eller forekommer to gange på grund af skift til eller fra sommertid'],
		[{ body: 'HU', date: '2028-02-30', start: '10:00', end: '11:00' }, 'date', '2028-02-30 er ikke en gyldig dato'],
		[{ body: 'HU', date: '2028-02-29', start: '11:00', end: '10:00' }, 'end', 'Sluttidspunktet skal ligge efter starttidspunktet'],
		[{ body: 'XX', date: '2028-02-29', start: '10:00', end: '11:00' }, 'body', 'Intet organ har koden XX'],
		[{ body: 'HU', date: '2028-02-29', start: '25:00', end: '26:00' }, 'start', 'Skriv tidspunktet som TT:MM, fx 17:00']
	] as const;
	for (const [data, name, reason] of cases) {
		const res = await secretariat.post('/api/v1/meetings', { data });
		expect(res.status(), JSON.stringify(data)).toBe(400);
		expect((await res.json())['invalid-params']).toContainEqual({ name, reason });
	}
	const saved = await (await reader.get('/api/v1/meetings?from=2028-02-01&to=2028-03-31&body=HU')).json();
	expect(saved).toEqual([]);
});

test('roles: the public gets 401 and a reader 403 on writes', async () => {
	const data = { body: 'HU', date: '2028-01-10', start: '10:00', end: '11:00' };
	expect((await anonymous.post('/api/v1/meetings', { data })).status()).toBe(401);
	const forbidden = await reader.post('/api/v1/meetings', { data });
	expect(forbidden.status()).toBe(403);
	expect(forbidden.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
	expect((await secretariat.get('/api/v1/tokens')).status()).toBe(403);
});

test('an API token works as its role until it is revoked', async ({ baseURL }) => {
	const created = await admin.post('/api/v1/tokens', { data: { name: 'ESDH-integration', role: 'secretariat' } });
	expect(created.status()).toBe(201);
	const { id, token } = await created.json();
	expect(token).toMatch(/^aj_[a-z2-9]{32}$/);
	const integration = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
	const event = await integration.post('/api/v1/events', { data: { title: 'Temamøde om klima', category: 'seminar', public: false, allDay: true, startDate: '2028-05-02', endDate: '2028-05-03' } });
	expect(event.status()).toBe(201);
	expect(await event.json()).toMatchObject({ title: 'Temamøde om klima', allDay: true, startDate: '2028-05-02', endDate: '2028-05-03', public: false, version: 1 });
	const log = await (await admin.get(`/api/v1/audit?entity=event&id=${(await event.json()).id}`)).json();
	expect(log.map((r: { actor: string }) => r.actor)).toEqual(['API-nøgle: ESDH-integration']);

	expect((await admin.delete(`/api/v1/tokens/${id}`)).status()).toBe(204);
	const refused = await integration.get('/api/v1/bodies');
	expect(refused.status()).toBe(401);
	expect(await refused.json()).toMatchObject({ title: 'Ugyldig API-nøgle' });
	await integration.dispose();
});

test('forms posted from another origin are refused (CSRF)', async () => {
	const res = await anonymous.post('/login', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=laeser%40demo.aarshjul.dk&password=aarshjul-demo'
	});
	expect(res.status()).toBe(403);
	expect(res.headers()['set-cookie']).toBeUndefined();
});
