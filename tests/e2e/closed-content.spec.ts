import { expect, request, test } from '@playwright/test';
import { MATRIX } from '../authz/matrix';
import { signedIn } from './session';

/**
 * Closed and internal content never reaches the public: every public GET of the route tree is
 * requested without login, and none may carry a closed case's title, an internal body or an
 * internal event.
 */
const SECRETS = ['Program for KB-seminar 2024', 'Chefforum', 'Informationssikkerhedsudvalget', 'Nytårskur for ledere', 'Dialogmøder med enhedsledere', 'Strategisk dialog med borgmesteren'];

test('no public page, feed or API response carries closed or internal content', async ({ baseURL }) => {
	// Staff ask for the pages first: a page built once and shared (memoByData) must not reach the public.
	const staff = await signedIn(baseURL!, 'reader');
	for (const path of ['/?year=2023&sager=aabne', '/?year=2024&sager=aabne', '/liste?year=2023', '/liste?year=2024']) {
		const text = await (await staff.get(path)).text();
		expect(SECRETS.some((secret) => text.includes(secret)), `${path} for staff`).toBe(true);
	}
	await staff.dispose();
	const anonymous = await request.newContext({ baseURL });
	const ids: Record<string, string> = {};
	const meetings = await (await anonymous.get('/api/v1/meetings?from=2023-12-01&to=2023-12-31&body=DIR')).json();
	ids.meeting = meetings.find((m: { start: string }) => m.start.startsWith('2023-12-13')).id;
	ids.event = (await (await anonymous.get('/api/v1/events?from=2024-01-01&to=2024-01-31')).json())[0].id;
	ids.case = (await (await anonymous.get('/api/v1/cases')).json())[0].id;
	const paths = new Set<string>([
		...MATRIX.filter((r) => r.endpoint.startsWith('GET ') && r.expect.public === 200).map((r) => r.path),
		'/?year=2023', '/?year=2024', '/?year=2023&sager=aabne', '/?year=2024&sager=aabne', '/liste?year=2023', '/liste?year=2024', '/organer/direktionen?year=2023',
		'/api/v1/meetings?from=2023-01-01&to=2024-12-31', '/api/v1/events?from=2023-01-01&to=2024-12-31', '/api/v1/cases?q=KB-seminar'
	]);
	let checked = 0;
	for (const template of paths) {
		const path = template.replace(/\{(\w+)\}/g, (_, k: string) => ids[k] ?? `{${k}}`);
		if (path.includes('{')) continue;
		const res = await anonymous.get(path);
		expect(res.status(), path).toBe(200);
		const text = await res.text();
		for (const secret of SECRETS) expect(text.includes(secret), `${path} carries "${secret}"`).toBe(false);
		checked++;
	}
	expect(checked).toBeGreaterThan(30);
	await anonymous.dispose();
});
