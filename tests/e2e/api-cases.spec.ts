import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { signedIn } from './session';

/** Cases and planning through the API of the running build, on the demo years. */

let editor: APIRequestContext;
let reader: APIRequestContext;
let anonymous: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
	editor = await signedIn(baseURL!, 'editor');
	reader = await signedIn(baseURL!, 'reader');
	anonymous = await request.newContext({ baseURL });
});
test.afterAll(async () => {
	for (const c of [editor, reader, anonymous]) await c.dispose();
});

const kbMeeting = async (day: string) =>
	((await (await anonymous.get(`/api/v1/meetings?from=${day}&to=${day}&body=KB`)).json()) as { id: string }[])[0]!.id;

test('POST /plan plans a path backward from a council meeting and saves nothing', async () => {
	const before = (await (await reader.get('/api/v1/cases')).json()).length;
	const res = await reader.post('/api/v1/plan', { data: { path: ['DIR', 'HU', 'ØK', 'KB'], decide: { meeting: await kbMeeting('2027-06-22') } } });
	expect(res.status()).toBe(200);
	const plan = await res.json();
	expect(plan.stages.map((s: { body: string; role: string; meeting: { start: string }; deadline: string }) => [s.body, s.role, s.meeting.start, s.deadline])).toEqual([
		['DIR', 'drøftelse', '2027-05-12T09:00:00+02:00', '2027-05-04T12:00:00+02:00'],
		['HU', 'drøftelse', '2027-05-27T13:00:00+02:00', '2027-05-18T12:00:00+02:00'],
		['ØK', 'drøftelse', '2027-06-15T16:00:00+02:00', '2027-06-07T12:00:00+02:00'],
		['KB', 'beslutning', '2027-06-22T17:00:00+02:00', '2027-06-14T12:00:00+02:00']
	]);
	expect(plan.conflicts).toEqual([]);
	expect((await (await reader.get('/api/v1/cases')).json()).length).toBe(before);
});

test('POST /plan forward from a date takes the earliest meetings', async () => {
	const plan = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', start: '2027-08-02' } })).json();
	expect(plan.stages.map((s: { body: string; meeting: { start: string } }) => [s.body, s.meeting.start.slice(0, 10)])).toEqual([
		['DIR', '2027-08-04'],
		['HU', '2027-08-26'],
		['ØK', '2027-09-21'],
		['KB', '2027-09-28']
	]);
});

test('a path that cannot fit is a conflict with a Danish message', async () => {
	const plan = await (await reader.post('/api/v1/plan', { data: { path: ['DIR', 'HU', 'ØK', 'KB'], decide: { by: '2023-01-10' } } })).json();
	expect(plan.conflicts.map((c: { code: string }) => c.code)).toContain('no-meeting-in-window');
	expect(plan.conflicts[0].message).toMatch(/^Der er intet møde i |^Trin /);
});

test('an editor creates a case of their unit with a plan; another unit is refused', async () => {
	const created = await editor.post('/api/v1/cases', {
		data: { title: 'Seniorpolitik', caseNumber: '9001/27', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: await kbMeeting('2027-11-23') } } }
	});
	expect(created.status()).toBe(201);
	const c = await created.json();
	expect(c).toMatchObject({ title: 'Seniorpolitik', caseNumber: '9001/27', unit: 'HR og Personale', template: 'Personalesag', closed: false, version: 1, conflicts: [] });
	expect(c.stages.map((s: { body: string; meeting: { start: string } }) => [s.body, s.meeting.start.slice(0, 10)])).toEqual([
		// Cleared by the board before HU's write-up deadline (19 October).
		['DIR', '2027-10-13'],
		['HU', '2027-10-28'],
		['ØK', '2027-11-16'],
		['KB', '2027-11-23']
	]);
	const agenda = await (await anonymous.get(`/api/v1/meetings/${c.stages[3].meeting.id}/agenda`)).json();
	expect(agenda.items).toContainEqual(expect.objectContaining({ kind: 'case', id: c.id, title: 'Seniorpolitik', role: 'beslutning' }));

	const refused = await editor.post('/api/v1/cases', { data: { title: 'Vejplan', unit: 'Teknik og Miljø', template: 'Orientering', committee: 'MTU' } });
	expect(refused.status()).toBe(403);
	expect(await refused.json()).toMatchObject({ detail: 'Du kan kun redigere sager fra din egen enhed.' });

	expect((await editor.delete(`/api/v1/cases/${c.id}?version=1`)).status()).toBe(204);
	expect((await anonymous.get(`/api/v1/cases/${c.id}`)).status()).toBe(404);
});

test('a closed case is 404 for the public and whole for staff; its internal stage is hidden from the public', async () => {
	const all = await (await reader.get('/api/v1/cases')).json();
	const closed = all.find((c: { title: string }) => c.title === 'Program for KB-seminar 2024');
	expect((await anonymous.get(`/api/v1/cases/${closed.id}`)).status()).toBe(404);
	expect((await reader.get(`/api/v1/cases/${closed.id}`)).status()).toBe(200);
	const infosec = all.find((c: { title: string }) => c.title === 'Tværgående retningslinjer for informationssikkerhed');
	const pub = await (await anonymous.get(`/api/v1/cases/${infosec.id}`)).json();
	expect(pub.stages[0]).toMatchObject({ body: null, bodyName: 'Internt forum', meeting: null, deadline: null });
	const staff = await (await reader.get(`/api/v1/cases/${infosec.id}`)).json();
	expect(staff.stages[0]).toMatchObject({ body: 'ISU', bodyName: 'Informationssikkerhedsudvalget', meeting: { start: '2023-03-07T10:00:00+01:00' } });
});

test('the case list gives a stage years from today its meeting, deadline and rul, as the case itself does', async () => {
	// The demo's 2023 cases lie more than three years before today.
	const listed = ((await (await anonymous.get('/api/v1/cases?q=Ligestillingsredeg%C3%B8relsen%202023')).json()) as { id: string; stages: unknown[] }[])[0]!;
	const own = await (await anonymous.get(`/api/v1/cases/${listed.id}`)).json();
	expect(listed.stages.at(-1)).toEqual({
		position: 3,
		body: 'KB',
		bodyName: 'Kommunalbestyrelsen',
		role: 'beslutning',
		minGapDays: 1,
		afterPreviousBeforeDeadline: false,
		status: 'treated',
		meeting: { id: own.stages[3].meeting.id, start: '2023-05-23T17:00:00+02:00', cancelled: false },
		deadline: '2023-05-12T12:00:00+02:00',
		rul: { key: '2023-05-23', name: 'Rul maj 2023' }
	});
	expect(listed.stages).toEqual(own.stages);
});
