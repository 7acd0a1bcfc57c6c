import { expect, test } from '@playwright/test';

/** The API through the running production build, on the demo years. */

test('bodies lists the public bodies in order, without internal forums', async ({ request }) => {
	const res = await request.get('/api/v1/bodies');
	expect(res.status()).toBe(200);
	const bodies = await res.json();
	expect(bodies.map((b: { code: string }) => b.code)).toEqual(['KB', 'ØK', 'MTU', 'BUU', 'SSU', 'KFU', 'HU', 'DIR']);
	expect(bodies[0]).toEqual({ code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', kind: 'council', color: '#8c2d19', public: true });
});

test('meetings of the equality report path in 2023 carry exact times and their political cycle', async ({ request }) => {
	const res = await request.get('/api/v1/meetings?from=2023-04-12&to=2023-05-23');
	expect(res.status()).toBe(200);
	const meetings: { body: string; start: string; end: string; rul: { key: string; name: string } | null }[] = await res.json();
	const pick = (body: string, day: string) => meetings.find((m) => m.body === body && m.start.startsWith(day));
	expect(pick('DIR', '2023-04-12')).toMatchObject({ start: '2023-04-12T09:00:00+02:00', end: '2023-04-12T12:00:00+02:00', rul: { key: '2023-05-23', name: 'Rul maj 2023' } });
	expect(pick('MTU', '2023-04-24')).toMatchObject({ start: '2023-04-24T15:00:00+02:00', rul: { key: '2023-05-23' } });
	expect(pick('HU', '2023-04-27')).toMatchObject({ start: '2023-04-27T13:00:00+02:00', rul: { key: '2023-05-23', name: 'Rul maj 2023' } });
	expect(pick('ØK', '2023-05-16')).toMatchObject({ start: '2023-05-16T16:00:00+02:00', end: '2023-05-16T18:00:00+02:00', rul: { key: '2023-05-23' } });
	expect(pick('KB', '2023-05-23')).toMatchObject({ start: '2023-05-23T17:00:00+02:00', end: '2023-05-23T21:00:00+02:00', week: 21, status: 'planned', rul: { key: '2023-05-23', name: 'Rul maj 2023' } });
	// Both ends inclusive: DIR 12 April and KB 23 May are the first and last days asked for.
	expect(meetings[0]!.start).toBe('2023-04-12T09:00:00+02:00');
	expect(meetings.at(-1)!.start).toBe('2023-05-23T17:00:00+02:00');
});

test('meetings filtered by body: the council of 2024 meets eleven times, never in July, in December on the second Tuesday', async ({ request }) => {
	const res = await request.get('/api/v1/meetings?from=2024-01-01&to=2024-12-31&body=KB');
	const days = (await res.json()).map((m: { start: string }) => m.start.slice(0, 10));
	expect(days).toEqual(['2024-01-23', '2024-02-27', '2024-03-26', '2024-04-23', '2024-05-28', '2024-06-25', '2024-08-27', '2024-09-24', '2024-10-22', '2024-11-26', '2024-12-10']);
});

test('winter meetings carry +01:00 and summer meetings +02:00 across the 2026 changes', async ({ request }) => {
	const res = await request.get('/api/v1/meetings?from=2026-03-23&to=2026-04-03&body=DIR');
	expect((await res.json()).map((m: { start: string }) => m.start)).toEqual(['2026-03-25T09:00:00+01:00', '2026-04-01T09:00:00+02:00']);
	const autumn = await request.get('/api/v1/meetings?from=2026-10-19&to=2026-11-01&body=DIR');
	expect((await autumn.json()).map((m: { start: string }) => m.start)).toEqual(['2026-10-21T09:00:00+02:00', '2026-10-28T09:00:00+01:00']);
});

test('internal bodies are neither listed nor reachable for the public', async ({ request }) => {
	const res = await request.get('/api/v1/meetings?from=2024-01-01&to=2024-12-31');
	const codes = new Set((await res.json()).map((m: { body: string }) => m.body));
	expect([...codes].sort()).toEqual(['BUU', 'DIR', 'HU', 'KB', 'KFU', 'MTU', 'SSU', 'ØK']);
	const cf = await request.get('/api/v1/meetings?from=2024-01-01&to=2024-12-31&body=CF');
	expect(cf.status()).toBe(400);
	expect((await cf.json())['invalid-params']).toEqual([{ name: 'body', reason: 'Intet organ har koden CF' }]);
});

test('holidays of 2024 have no Store bededag; 2023 has it', async ({ request }) => {
	const y2024 = await (await request.get('/api/v1/holidays?year=2024')).json();
	expect(y2024).toEqual([
		{ date: '2024-01-01', name: 'Nytårsdag', kind: 'holiday' },
		{ date: '2024-03-28', name: 'Skærtorsdag', kind: 'holiday' },
		{ date: '2024-03-29', name: 'Langfredag', kind: 'holiday' },
		{ date: '2024-03-31', name: 'Påskedag', kind: 'holiday' },
		{ date: '2024-04-01', name: '2. påskedag', kind: 'holiday' },
		{ date: '2024-05-01', name: '1. maj', kind: 'half-day' },
		{ date: '2024-05-09', name: 'Kristi himmelfartsdag', kind: 'holiday' },
		{ date: '2024-05-19', name: 'Pinsedag', kind: 'holiday' },
		{ date: '2024-05-20', name: '2. pinsedag', kind: 'holiday' },
		{ date: '2024-06-05', name: 'Grundlovsdag', kind: 'half-day' },
		{ date: '2024-12-24', name: 'Juleaftensdag', kind: 'closed' },
		{ date: '2024-12-25', name: 'Juledag', kind: 'holiday' },
		{ date: '2024-12-26', name: '2. juledag', kind: 'holiday' },
		{ date: '2024-12-31', name: 'Nytårsaftensdag', kind: 'closed' }
	]);
	const y2023 = await (await request.get('/api/v1/holidays?year=2023')).json();
	expect(y2023.find((d: { name: string }) => d.name === 'Store bededag')).toEqual({ date: '2023-05-05', name: 'Store bededag', kind: 'holiday' });
});

test('working days before skip Easter and, for all bodies, the closure between Christmas and New Year', async ({ request }) => {
	expect(await (await request.get('/api/v1/working-days/before?date=2024-04-03&days=5')).json()).toEqual({ date: '2024-03-22', from: '2024-04-03', days: 5 });
	// 2027-01-04 back over 31 Dec (closed), 27–30 Dec (local closure), 24–26 Dec, the weekend.
	expect(await (await request.get('/api/v1/working-days/before?date=2027-01-04&days=2')).json()).toEqual({ date: '2026-12-22', from: '2027-01-04', days: 2 });
});

test('terms: 2026 belongs to 2026–2029, elected 18 November 2025', async ({ request }) => {
	expect(await (await request.get('/api/v1/terms?year=2026')).json()).toEqual({
		startYear: 2026,
		endYear: 2029,
		start: '2026-01-01',
		end: '2029-12-31',
		electionDay: '2025-11-18',
		constitutiveWindow: { from: '2025-12-01', to: '2025-12-15' },
		nextElectionDay: '2029-11-20'
	});
});

test('events: the KB seminar is internal, the public sees the new-year reception of 9 January 2024', async ({ request }) => {
	const events = await (await request.get('/api/v1/events?from=2024-01-01&to=2024-01-31')).json();
	expect(events).toEqual([
		{ id: expect.any(String), title: 'Nytårskur', description: 'Borgmesterens nytårskur for borgere, erhvervsliv og foreninger.', category: 'reception', allDay: false, start: '2024-01-09T16:00:00+01:00', end: '2024-01-09T18:00:00+01:00', location: 'Rådhuset, Grenaa', body: null, public: true, version: 1 }
	]);
});

for (const [url, name, reason] of [
	['/api/v1/meetings?from=2023-02-30&to=2023-03-01', 'from', '2023-02-30 er ikke en gyldig dato'],
	['/api/v1/meetings?from=2023-03-01', 'to', 'Datoen mangler'],
	['/api/v1/meetings?from=2023-03-05&to=2023-03-01', 'to', 'Slutdatoen skal ligge efter startdatoen'],
	['/api/v1/meetings?from=2023-01-01&to=2023-01-02&foo=1', 'foo', 'Ukendt parameter'],
	['/api/v1/holidays?year=abc', 'year', 'Året skal være et tal'],
	['/api/v1/working-days/before?date=2024-01-10&days=-1', 'days', 'Antal arbejdsdage må ikke være negativt'],
	['/api/v1/terms?year=3000', 'year', 'Året må højst være 2200'],
	['/api/v1/terms?year=1981', 'year', 'Valgperioder kendes fra det første kommunalvalg i november (1981), altså fra 1982; før da blev kommunalvalg holdt i marts'],
	['/api/v1/working-days/before?date=2024-01-10&days=5&body=XYZ', 'body', 'Intet organ har koden XYZ'],
	['/api/v1/working-days/before?date=2024-01-10&days=5&body=CF', 'body', 'Intet organ har koden CF'],
	['/api/v1/events?from=01-01-2024&to=2024-01-31', 'from', 'Datoen skal skrives ÅÅÅÅ-MM-DD']
] as const) {
	test(`bad parameter ${name} in ${url} is a 400 problem naming it`, async ({ request }) => {
		const res = await request.get(url);
		expect(res.status()).toBe(400);
		expect(res.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
		const problem = await res.json();
		expect(problem.status).toBe(400);
		expect(problem['invalid-params']).toContainEqual({ name, reason });
	});
}

test('the OpenAPI document describes every endpoint', async ({ request }) => {
	const doc = await (await request.get('/api/v1/openapi.json')).json();
	expect(doc.openapi).toBe('3.1.0');
	expect(Object.keys(doc.paths)).toContain('/meetings/{id}/agenda');
	expect(Object.keys(doc.paths)).toContain('/plan');
});
