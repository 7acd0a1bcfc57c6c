/**
 * PostgreSQL restarted under a running app, and a write killed half-way.
 *
 *   TEST_DATABASE_URL=postgres://… PG_STOP_CMD='…' PG_START_CMD='…' node tests/resilience/db-restart.ts
 *
 * The app runs from the production build on its own throwaway database (created next to
 * TEST_DATABASE_URL's, dropped afterwards) with the demo data. While PostgreSQL is down every
 * request must fail within 10 s with a 503 (a problem for /api, a Danish page for HTML) and the
 * process must stay up; once PostgreSQL is back the app serves again without a restart. A plan
 * accept whose backend is terminated mid-transaction must leave no plan, meeting or audit row.
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ensureBuild, holdBuildLock, startServer, type RunningServer } from '../../bench/server.ts';

const { TEST_DATABASE_URL, PG_STOP_CMD, PG_START_CMD } = process.env;
if (!TEST_DATABASE_URL || !PG_STOP_CMD || !PG_START_CMD) {
	console.error('Sæt TEST_DATABASE_URL, PG_STOP_CMD og PG_START_CMD (se filens indledning).');
	process.exit(2);
}
holdBuildLock();

const HANG_MS = 10_000;
const database = `aarshjul_resilience_${process.pid}`;
const appUrl = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${database}` }).href;
let server: RunningServer;
let cookie = '';

async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<R>(text, values)).rows;
	} finally {
		await client.end();
	}
}

interface Answer {
	status: number;
	ms: number;
	type: string;
	retryAfter: string | null;
	text: string;
}

/** A request that must answer within HANG_MS; a hang fails the test instead of stalling it. */
async function ask(path: string, init: RequestInit & { signedIn?: boolean } = {}): Promise<Answer> {
	const started = performance.now();
	const headers = new Headers(init.headers);
	if (init.signedIn) headers.set('cookie', cookie);
	const res = await fetch(server.url + path, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(HANG_MS) });
	const text = await res.text();
	return { status: res.status, ms: performance.now() - started, type: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after'), text };
}

const run = (cmd: string) => execSync(cmd, { stdio: 'inherit', timeout: 60_000 });

before(async () => {
	ensureBuild();
	await sql(TEST_DATABASE_URL, `create database ${database}`);
	server = await startServer({ DATABASE_URL: appUrl, LOGIN_LIMIT_PER_ADDRESS: '1000' });
	const login = await fetch(`${server.url}/api/v1/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: 'sekretariat@demo.aarshjul.dk', password: 'aarshjul-demo' })
	});
	assert.equal(login.status, 200);
	cookie = login.headers.get('set-cookie')!.split(';')[0]!;
});

after(async () => {
	if (server && !server.alive()) console.error(`Serveren stoppede:\n${server.output()}`);
	if (process.env.DEBUG_SERVER) console.error(server?.output());
	await server?.stop();
	await sql(TEST_DATABASE_URL, `drop database if exists ${database} with (force)`);
});

test('with PostgreSQL up, pages, API and feeds answer 200', async () => {
	for (const [path, signedIn] of [['/api/v1/meetings?from=2024-01-01&to=2024-12-31', false], ['/?year=2024', false], ['/kalender', true], ['/feeds/offentlig.ics', false]] as const) {
		assert.equal((await ask(path, { signedIn })).status, 200, path);
	}
});

test('while PostgreSQL is down every request fails fast with a 503, and the app survives; afterwards it recovers by itself', async () => {
	run(PG_STOP_CMD);
	// A public feed may still come from memory for the lifetime of the data fingerprint (1 s,
	// src/lib/server/feeds/cache.ts); after that it, too, must ask the database.
	await new Promise((resolve) => setTimeout(resolve, 1100));
	try {
		const api = await ask('/api/v1/meetings?from=2024-01-01&to=2024-12-31');
		assert.equal(api.status, 503);
		assert.match(api.type, /^application\/problem\+json/);
		assert.deepEqual(JSON.parse(api.text), { type: 'about:blank', title: 'Tjenesten er midlertidigt utilgængelig', status: 503, detail: 'Databasen svarer ikke. Prøv igen om lidt.' });
		assert.equal(api.retryAfter, '5');

		// The public's page loads fail inside SvelteKit: the Danish error page, sent as 503.
		const page = await ask('/?year=2024');
		assert.equal(page.status, 503);
		assert.match(page.type, /^text\/html/);
		assert.match(page.text, /<h1>Der opstod en fejl<\/h1>/);
		assert.match(page.text, /Tjenesten er midlertidigt utilgængelig\. Databasen svarer ikke\. Prøv igen om lidt\./);
		assert.equal(page.retryAfter, '5');

		// A signed-in request cannot even check its session: 503 before any page is rendered.
		const staffPage = await ask('/kalender', { signedIn: true });
		assert.equal(staffPage.status, 503);
		assert.match(staffPage.text, /<html lang="da">.*<h1>Tjenesten er midlertidigt utilgængelig<\/h1><p>Databasen svarer ikke\. Prøv igen om lidt\.<\/p>/s);
		const staffWrite = await ask('/api/v1/meetings', { signedIn: true, method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify({ body: 'HU', date: '2026-03-09', start: '13:00', end: '15:00' }) });
		assert.equal(staffWrite.status, 503);
		assert.equal(JSON.parse(staffWrite.text).detail, 'Databasen svarer ikke. Prøv igen om lidt.');

		const feed = await ask('/feeds/offentlig.ics');
		assert.equal(feed.status, 503);

		// Many at once, as polling calendar clients would: all 503, none hanging.
		const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => ask(i % 3 === 0 ? '/feeds/organer/kommunalbestyrelsen.ics' : i % 3 === 1 ? '/api/v1/bodies' : '/liste?year=2024')));
		assert.deepEqual([...new Set(burst.map((a) => a.status))], [503]);
		for (const a of [api, page, staffPage, staffWrite, feed, ...burst]) assert.ok(a.ms < HANG_MS, `svar efter ${a.ms} ms`);
		assert.ok(server.alive(), 'serveren stoppede');
	} finally {
		run(PG_START_CMD);
	}

	const started = performance.now();
	let status = 0;
	while (performance.now() - started < 30_000 && status !== 200) {
		status = (await ask('/api/v1/meetings?from=2024-01-01&to=2024-12-31')).status;
		if (status !== 200) await new Promise((r) => setTimeout(r, 250));
	}
	assert.equal(status, 200, 'appen kom sig ikke inden for 30 s');
	console.log(`Appen svarede igen ${Math.round(performance.now() - started)} ms efter at PostgreSQL var startet`);
	assert.equal((await ask('/?year=2024')).status, 200);
	// The session outlived the outage: it is stored, not held in the app's memory.
	const staff = await ask('/kalender', { signedIn: true });
	assert.equal(staff.status, 200);
	assert.match(staff.text, /Sofie Sekretariat/);
	assert.equal((await ask('/feeds/offentlig.ics')).status, 200);
	assert.ok(server.alive());
});

test('a plan accept killed half-way leaves no plan, no meetings and no audit row; the same accept then succeeds', async () => {
	const counts = async () =>
		(
			await sql<{ plans: number; meetings: number; audit: number }>(
				appUrl,
				`select (select count(*)::int from meeting_plan p join body b on b.id = p.body_id where b.code = 'HU' and p.year = 2030) as plans,
				        (select count(*)::int from meeting m join body b on b.id = m.body_id where b.code = 'HU' and m.starts_at >= '2030-01-01' and m.starts_at < '2031-01-01') as meetings,
				        (select count(*)::int from audit_log where action = 'accept-plan') as audit`
			)
		)[0]!;
	const before = await counts();
	assert.deepEqual({ plans: before.plans, meetings: before.meetings }, { plans: 0, meetings: 0 });

	const plan = JSON.stringify({ body: 'HU', year: 2030, rule: { kind: 'monthly', weekday: 4, nth: 4 }, start: '13:00', minutes: 120, excludeMonths: [7, 12] });
	const accept = () => ask('/api/v1/plans', { signedIn: true, method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: plan });

	// Hold the meeting table so the accept stops after writing its plan row, at its first meeting insert.
	const holder = new pg.Client({ connectionString: appUrl });
	await holder.connect();
	await holder.query('begin');
	await holder.query('lock table meeting in exclusive mode');
	const pending = accept();
	let victim: number | undefined;
	try {
		const deadline = Date.now() + HANG_MS;
		while (victim === undefined && Date.now() < deadline) {
			const rows = await sql<{ pid: number }>(
				appUrl,
				`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "meeting"%'`
			);
			victim = rows[0]?.pid;
			if (victim === undefined) await new Promise((r) => setTimeout(r, 50));
		}
		assert.ok(victim !== undefined, 'godkendelsen nåede aldrig at indsætte møder');
		await sql(appUrl, 'select pg_terminate_backend($1)', [victim]);
	} finally {
		await holder.query('rollback');
		await holder.end();
	}
	const killed = await pending;
	assert.equal(killed.status, 503);
	assert.equal(JSON.parse(killed.text).title, 'Tjenesten er midlertidigt utilgængelig');
	assert.deepEqual(await counts(), before);

	const retried = await accept();
	assert.equal(retried.status, 201);
	const created = JSON.parse(retried.text).create as string[];
	assert.equal(created.length, 10);
	assert.deepEqual(await counts(), { plans: 1, meetings: 10, audit: before.audit + 1 });
	assert.ok(server.alive());
});
