/**
 * Two app servers on one PostgreSQL, as behind a load balancer.
 *
 *   TEST_DATABASE_URL=postgres://… node tests/resilience/several-servers.ts
 *
 * Both run the production build (`node build`) on a throwaway database next to
 * TEST_DATABASE_URL's, with the same public ORIGIN, on SERVERS_PORTS (default 4213,4223). The
 * tests prove what the README's "Running several servers" promises: a session, an API token and a
 * feed token made on one work on the other; login limits are counted across both; a write on one
 * shows in the other's API at once and in its cached public feed within a second; each keeps to
 * its DATABASE_POOL_MAX connections.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ensureBuild, holdBuildLock, startServer, type RunningServer } from '../../bench/server.ts';

const { TEST_DATABASE_URL } = process.env;
if (!TEST_DATABASE_URL) {
	console.error('Sæt TEST_DATABASE_URL (se filens indledning).');
	process.exit(2);
}
holdBuildLock();

const [portA, portB] = (process.env.SERVERS_PORTS ?? '4213,4223').split(',').map(Number) as [number, number];
const ORIGIN = `http://127.0.0.1:${portA}`;
const POOL_MAX = 3;
const LIMIT_PER_ADDRESS = 12;
const database = `aarshjul_servers_${process.pid}`;
const appUrl = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${database}` }).href;
let a: RunningServer;
let b: RunningServer;
/** Login attempts made from this address (127.0.0.1) so far, on either server. */
let attempts = 0;

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
	text: string;
	headers: Headers;
}

async function ask(server: RunningServer, path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}): Promise<Answer> {
	const headers = new Headers(init.headers);
	if (init.cookie) headers.set('cookie', init.cookie);
	let body = init.body;
	if (init.json !== undefined) {
		headers.set('content-type', 'application/json');
		headers.set('origin', ORIGIN);
		body = JSON.stringify(init.json);
	}
	const res = await fetch(server.url + path, { ...init, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
	return { status: res.status, text: await res.text(), headers: res.headers };
}

async function login(server: RunningServer, email: string, password: string): Promise<Answer & { cookie: string }> {
	attempts++;
	const res = await ask(server, '/api/v1/auth/login', { method: 'POST', json: { email, password } });
	return { ...res, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

before(async () => {
	ensureBuild();
	await sql(TEST_DATABASE_URL, `create database ${database}`);
	const env = { DATABASE_URL: appUrl, ORIGIN, DATABASE_POOL_MAX: String(POOL_MAX), LOGIN_LIMIT_PER_ADDRESS: String(LIMIT_PER_ADDRESS) };
	// The first migrates and loads the demo; the second starts on the ready database, as a scaled-out server would.
	a = await startServer({ ...env, PORT: String(portA) });
	b = await startServer({ ...env, PORT: String(portB) });
});

after(async () => {
	for (const s of [a, b]) if (s && !s.alive()) console.error(`En server stoppede:\n${s.output()}`);
	await a?.stop();
	await b?.stop();
	await sql(TEST_DATABASE_URL, `drop database if exists ${database} with (force)`);
});

test('a session started on one server works on the other, and logging out on one ends it on both', async () => {
	const session = await login(a, 'admin@demo.aarshjul.dk', 'aarshjul-demo');
	assert.equal(session.status, 200);
	assert.match(session.cookie, /^aarshjul_session=/);
	for (const server of [a, b]) assert.equal((await ask(server, '/api/v1/tokens', { cookie: session.cookie })).status, 200, server.url);
	const out = await ask(b, '/api/v1/auth/logout', { method: 'POST', cookie: session.cookie, headers: { origin: ORIGIN } });
	assert.equal(out.status, 204);
	for (const server of [a, b]) assert.equal((await ask(server, '/api/v1/tokens', { cookie: session.cookie })).status, 401, server.url);
});

test('an API token and a personal feed token made on one server work on the other', async () => {
	const admin = await login(a, 'admin@demo.aarshjul.dk', 'aarshjul-demo');
	const created = await ask(a, '/api/v1/tokens', { method: 'POST', cookie: admin.cookie, json: { name: 'To servere', role: 'secretariat' } });
	assert.equal(created.status, 201);
	const { id, token } = JSON.parse(created.text) as { id: number; token: string };
	const bearer = { authorization: `Bearer ${token}` };
	const event = await ask(b, '/api/v1/events', { method: 'POST', headers: bearer, json: { title: 'Token fra server A', category: 'seminar', public: false, allDay: true, startDate: '2028-05-02', endDate: '2028-05-02' } });
	assert.equal(event.status, 201, event.text);

	const feed = await ask(a, '/api/v1/feeds', { method: 'POST', cookie: admin.cookie, json: { name: 'Begge servere', selection: { bodies: ['KB'] } } });
	assert.equal(feed.status, 201, feed.text);
	const path = new URL((JSON.parse(feed.text) as { url: string }).url).pathname;
	const onB = await ask(b, path);
	assert.equal(onB.status, 200);
	assert.match(onB.text, /^BEGIN:VCALENDAR\r\n/);
	assert.match(onB.text, /BEGIN:VEVENT\r\n/);

	// Revoked on B: refused on A from the next request.
	assert.equal((await ask(b, `/api/v1/tokens/${id}`, { method: 'DELETE', cookie: admin.cookie, headers: { origin: ORIGIN } })).status, 204);
	assert.equal((await ask(a, '/api/v1/tokens', { headers: bearer })).status, 401);
});

test('a write on one server shows in the other: its API at once, its cached public feed within a second', async () => {
	const title = `Borgermøde ${process.pid}`;
	const feedPath = '/feeds/offentlig.ics';
	assert.equal((await ask(b, feedPath)).status, 200); // B caches the feed as it is now
	assert.doesNotMatch((await ask(b, feedPath)).text, new RegExp(title));

	const secretariat = await login(a, 'sekretariat@demo.aarshjul.dk', 'aarshjul-demo');
	const year = new Date().getFullYear();
	const created = await ask(a, '/api/v1/events', { method: 'POST', cookie: secretariat.cookie, json: { title, category: 'reception', public: true, allDay: true, startDate: `${year}-12-30`, endDate: `${year}-12-30` } });
	assert.equal(created.status, 201, created.text);

	const listed = JSON.parse((await ask(b, `/api/v1/events?from=${year}-12-30&to=${year}-12-30`)).text) as { title: string }[];
	assert.ok(listed.some((e) => e.title === title), 'B lists the event A just wrote');
	await new Promise((r) => setTimeout(r, 1000));
	const feed = await ask(b, feedPath);
	assert.equal(feed.status, 200);
	assert.match(feed.text, new RegExp(`SUMMARY:${title}`));
});

test('login limits are counted across both servers: per account and per address', async () => {
	const email = 'laeser@demo.aarshjul.dk';
	// 8 failures per account, alternating servers; then even the right password is refused on either.
	for (let i = 0; i < 8; i++) assert.equal((await login(i % 2 ? b : a, email, 'forkert')).status, 401, `forsøg ${i + 1}`);
	attempts--; // a login refused for the account is not counted against the address
	const blocked = await login(a, email, 'aarshjul-demo');
	assert.equal(blocked.status, 429);
	assert.match(blocked.headers.get('retry-after') ?? '', /^\d+$/);
	attempts--;
	assert.equal((await login(b, email, 'aarshjul-demo')).status, 429);

	// The address: every attempt counts, on whichever server it lands.
	while (attempts < LIMIT_PER_ADDRESS) assert.equal((await login(attempts % 2 ? a : b, `ukendt${attempts}@kommune.dk`, 'x')).status, 401, `forsøg ${attempts}`);
	assert.equal((await login(a, 'admin@demo.aarshjul.dk', 'aarshjul-demo')).status, 429);
	assert.equal((await login(b, 'admin@demo.aarshjul.dk', 'aarshjul-demo')).status, 429);
	const rows = await sql<{ key: string; used: number }>(appUrl, `select key, used from login_limit where key like 'address:%'`);
	assert.deepEqual(rows, [{ key: 'address:127.0.0.1', used: LIMIT_PER_ADDRESS + 2 }]);
});

test('each server keeps to DATABASE_POOL_MAX connections under a burst', async () => {
	let most = 0;
	const watch = setInterval(async () => {
		const [row] = await sql<{ n: number }>(TEST_DATABASE_URL, `select count(*)::int as n from pg_stat_activity where datname = $1 and backend_type = 'client backend'`, [database]);
		most = Math.max(most, row!.n);
	}, 20);
	await Promise.all(Array.from({ length: 60 }, (_, i) => ask(i % 2 ? a : b, i % 3 ? `/api/v1/meetings?from=2024-01-01&to=2025-12-31` : '/liste?year=2024')));
	clearInterval(watch);
	await new Promise((r) => setTimeout(r, 100));
	assert.ok(most >= 2, `mindst én forbindelse pr. server, så ${most}`);
	assert.ok(most <= 2 * POOL_MAX, `højst ${2 * POOL_MAX} forbindelser i alt, men ${most}`);
});
