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

test('POST /plan forward from a date takes the earliest meetings whose deadlines are not before it', async () => {
	const plan = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', start: '2027-08-02' } })).json();
	// DIR 4 August's deadline falls in the board's summer closure, before the start.
	expect(plan.stages.map((s: { body: string; meeting: { start: string } }) => [s.body, s.meeting.start.slice(0, 10)])).toEqual([
		['DIR', '2027-08-11'],
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

test('the public case list, each case written once while the data is unchanged, follows every change of a case', async () => {
	const created = await (
		await editor.post('/api/v1/cases', { data: { title: 'Trivselsmåling', unit: 'HR og Personale', template: 'Personalesag', plan: { decide: { meeting: await kbMeeting('2027-11-23') } } } })
	).json();
	type Listed = { id: string; title: string; version: number };
	const listed = async () => ((await (await anonymous.get('/api/v1/cases')).json()) as Listed[]).find((c) => c.id === created.id);
	expect(await listed()).toMatchObject({ title: 'Trivselsmåling', version: 1 });
	expect(await listed()).toMatchObject({ title: 'Trivselsmåling', version: 1 });
	expect((await editor.patch(`/api/v1/cases/${created.id}`, { data: { title: 'Trivselsmåling 2027', version: 1 } })).status()).toBe(200);
	expect(await listed()).toMatchObject({ title: 'Trivselsmåling 2027', version: 2 });
	expect((await editor.delete(`/api/v1/cases/${created.id}?version=2`)).status()).toBe(204);
	expect(await listed()).toBeUndefined();
});

type PlanStage = { body: string; meeting: { start: string } | null; deadline: string | null; deadlinePassed: boolean };
const stageDays = (plan: { stages: PlanStage[] }) => plan.stages.map((s) => [s.body, s.meeting?.start.slice(0, 10) ?? null, s.deadline?.slice(0, 10) ?? null, s.deadlinePassed]);

test('POST /plan backward from the equality report decided at KB 23 May 2023 gives the minutes\' plan, past deadlines flagged; asOf plans as of a day', async () => {
	const kb = await kbMeeting('2023-05-23');
	const today = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', decide: { meeting: kb } } })).json();
	expect(stageDays(today)).toEqual([
		['DIR', '2023-04-12', '2023-03-31', true],
		['HU', '2023-04-27', '2023-04-18', true],
		['ØK', '2023-05-16', '2023-05-08', true],
		['KB', '2023-05-23', '2023-05-12', true]
	]);
	expect(today.conflicts).toEqual([]);
	const then = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', decide: { meeting: kb }, asOf: '2023-03-15' } })).json();
	expect(then.asOf).toBe('2023-03-15');
	expect(stageDays(then).map((s) => s[3])).toEqual([false, false, false, false]);
	const bad = await reader.post('/api/v1/plan', { data: { template: 'Personalesag', decide: { meeting: kb }, asOf: '15-03-2023' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json())['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['asOf']);
});

test('POST /plan forward from 25 March 2027 puts no deadline before the start, and a start in the past is a named conflict', async () => {
	const plan = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', start: '2027-03-25' } })).json();
	const first = plan.stages[0] as PlanStage;
	expect(first.deadline! >= '2027-03-25').toBe(true);
	expect(plan.stages.every((s: PlanStage) => s.deadline === null || s.deadline >= '2027-03-25')).toBe(true);
	const past = await (await reader.post('/api/v1/plan', { data: { template: 'Personalesag', start: '2023-03-01', asOf: '2023-04-13' } })).json();
	expect(past.conflicts.map((c: { code: string; stage: number }) => [c.code, c.stage])).toEqual([['start-passed', 0]]);
	expect(past.conflicts[0].message).toMatch(/^Sagen kan ikke længere starte 1\. marts 2023: fristen for DIR /);
	expect(past.conflicts[0].repairs).toHaveLength(1);
});
