import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { MATRIX, ROLES, type MatrixRole } from '../authz/matrix';
import { signedIn, type DemoRole } from './session';

/** Every row of the authorisation matrix, requested as the public and as every role. */

const clients = new Map<MatrixRole, APIRequestContext>();
const ids: Record<string, string> = {};

async function signInAll(baseURL: string) {
	for (const role of ROLES) {
		if (role === 'public') continue;
		await clients.get(role)?.dispose();
		clients.set(role, await signedIn(baseURL, role as DemoRole));
	}
}

test.beforeAll(async ({ baseURL }) => {
	clients.set('public', await request.newContext({ baseURL }));
	await signInAll(baseURL!);
	const staff = clients.get('reader')!;
	const meetings = await (await staff.get('/api/v1/meetings?from=2024-02-01&to=2024-02-29')).json();
	ids.meeting = meetings.find((m: { body: string }) => m.body === 'KB').id;
	ids.internalMeeting = meetings.find((m: { body: string }) => m.body === 'CF').id;
	const events = await (await staff.get('/api/v1/events?from=2024-01-01&to=2024-01-31')).json();
	ids.event = events.find((e: { public: boolean }) => e.public).id;
	ids.internalEvent = events.find((e: { public: boolean }) => !e.public).id;
	const cases = await (await staff.get('/api/v1/cases')).json();
	ids.case = cases.find((c: { closed: boolean }) => !c.closed).id;
	ids.closedCase = cases.find((c: { closed: boolean }) => c.closed).id;
	ids.fixedItem = String((await (await staff.get('/api/v1/fixed-items')).json())[0].id);
	ids.template = String((await (await staff.get('/api/v1/templates')).json())[0].id);
});
test.afterAll(async () => {
	for (const c of clients.values()) await c.dispose();
});

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, k: string) => ids[k] ?? `{${k}}`);

for (const row of MATRIX) {
	test(`${row.endpoint} (${row.path})`, async ({ baseURL }) => {
		const [method] = row.endpoint.split(' ') as [string];
		const actual: Record<string, number> = {};
		for (const role of ROLES) {
			const client = row.endsSession && role !== 'public' ? await signedIn(baseURL!, role as DemoRole) : clients.get(role)!;
			const isForm = row.endpoint.includes('?/');
			const res = await client.fetch(fill(row.path), {
				method,
				maxRedirects: 0,
				// A browser's form post without JavaScript: SvelteKit answers it with the page's status.
				headers: isForm ? { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } : { origin: baseURL! },
				...(row.json !== undefined ? { data: row.json } : isForm ? { data: '' } : {})
			});
			actual[role] = res.status();
			if (row.endsSession && role !== 'public') await client.dispose();
		}
		// "Log out everywhere" also ends the shared sessions of those users.
		if (row.endsSession) await signInAll(baseURL!);
		expect(actual).toEqual(row.expect);
	});
}
