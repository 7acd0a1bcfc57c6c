/**
 * The production build on the embedded database (PGlite), as a service manager runs it.
 *
 *   node tests/resilience/embedded-db.ts
 *
 * A second app and `npm run user:create` on a folder in use are refused with one line naming it;
 * `npm run backup` copies the folder while the app runs and `npm run restore` fills an empty one
 * from the copy; SIGTERM and SIGINT end the app within 10 s with its database closed (the folder
 * free, nothing acknowledged lost); and the memory the app holds after starting with the demo
 * data is printed and held under 250 MiB. Ports: SERVERS_PORTS (default 4213,4223).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ensureBuild, holdBuildLock, memoryOf, ROOT, startServer, type RunningServer } from '../../bench/server.ts';

holdBuildLock();

const [portA, portB] = (process.env.SERVERS_PORTS ?? '4213,4223').split(',').map(Number) as [number, number];
const MiB = 1024 * 1024;
const scratch = mkdtempSync(join(tmpdir(), 'aarshjul-embedded-app-'));
const dataDir = join(scratch, 'data');
// As the README says to run it: a small young generation (NODE_OPTIONS), the rest is the app's own doing.
const env = { DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '--max-semi-space-size=2 --v8-pool-size=1', MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_TRIM_THRESHOLD_: '131072', LOGIN_LIMIT_PER_ADDRESS: '1000' };
let app: RunningServer | undefined;

function npmScript(args: string[], extraEnv: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000, input: '' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Resident memory once it has settled (WebAssembly tier-up compiles in the background after start). */
async function settledRss(pid: number): Promise<number> {
	let last = memoryOf(pid).current;
	for (let i = 0; i < 30; i++) {
		await new Promise((r) => setTimeout(r, 1000));
		const now = memoryOf(pid).current;
		if (Math.abs(now - last) < 2 * MiB) return now;
		last = now;
	}
	return last;
}

/**
 * One request on its own connection: these servers are stopped and restarted between requests,
 * and a kept-alive connection the server has just closed would fail the next request.
 */
function call(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string; cookie: string }> {
	return new Promise((done, fail) => {
		const req = httpRequest(url, { method, headers: { ...headers, connection: 'close' }, agent: false }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (c: string) => (text += c));
			res.on('end', () => done({ status: res.statusCode!, text, cookie: (res.headers['set-cookie']?.[0] ?? '').split(';')[0]! }));
		});
		req.on('error', fail);
		req.end(body);
	});
}

async function signin(server: RunningServer): Promise<string> {
	const res = await call(`${server.url}/api/v1/auth/login`, 'POST', { 'content-type': 'application/json' }, JSON.stringify({ email: 'sekretariat@demo.aarshjul.dk', password: 'aarshjul-demo' }));
	assert.equal(res.status, 200);
	return res.cookie;
}

async function addEvent(server: RunningServer, cookie: string, title: string): Promise<void> {
	const body = JSON.stringify({ title, category: 'other', public: false, allDay: true, startDate: '2026-06-10', endDate: '2026-06-10' });
	const res = await call(`${server.url}/api/v1/events`, 'POST', { 'content-type': 'application/json', cookie, origin: server.url }, body);
	assert.equal(res.status, 201, res.text);
}

async function titles(server: RunningServer, cookie: string): Promise<string[]> {
	const res = await call(`${server.url}/api/v1/events?from=2026-06-10&to=2026-06-10`, 'GET', { cookie });
	return (JSON.parse(res.text) as { title: string }[]).map((e) => e.title).filter((t) => t.startsWith('Kopi '));
}

/** Sends a signal and waits for the exit: its code and how long it took. */
async function stopWith(server: RunningServer, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
	const started = performance.now();
	const exited = new Promise<number | null>((done) => server.process.once('exit', (code) => done(code)));
	server.process.kill(signal);
	const code = await Promise.race([exited, new Promise<'hang'>((r) => setTimeout(() => r('hang'), 15_000))]);
	if (code === 'hang') {
		server.process.kill('SIGKILL');
		assert.fail(`${signal}: processen stoppede ikke inden for 15 s`);
	}
	return { code, ms: performance.now() - started };
}

before(() => ensureBuild());
after(async () => {
	await app?.stop();
	rmSync(scratch, { recursive: true, force: true });
});

test('the app stays under 250 MiB after its first start with the demo data and after a restart', async () => {
	// The very first start loads the demo years in a child process (server.ts), so the server itself
	// never holds the bulk load's memory.
	app = await startServer({ ...env, PORT: String(portA) });
	const first = await settledRss(app.pid);
	await app.stop();
	app = await startServer({ ...env, PORT: String(portA) });
	const restarted = await settledRss(app.pid);
	console.log(`RSS efter første start (demodata indlæst): ${(first / MiB).toFixed(0)} MiB; efter genstart: ${(restarted / MiB).toFixed(0)} MiB`);
	assert.ok(first < 250 * MiB, `første start: ${(first / MiB).toFixed(0)} MiB`);
	assert.ok(restarted < 250 * MiB, `genstart: ${(restarted / MiB).toFixed(0)} MiB`);
});

test('a second app and npm run user:create on the folder in use are refused with one line naming it', async () => {
	assert.ok(app?.alive());
	const line = (out: string) => {
		assert.equal(out.split('\n').filter(Boolean).length, 1, out);
		assert.match(out, new RegExp(`^Datamappen ${dataDir} er i brug af en anden Årshjul-proces \\(proces ${app!.pid}, siden [0-9T:.Z-]+\\)\\. Kun én proces ad gangen må bruge den: stop den kørende app først`));
	};
	const second = spawnSync(process.execPath, ['build'], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(portB), HOST: '127.0.0.1' }, encoding: 'utf8', timeout: 60_000 });
	assert.equal(second.status, 1);
	line(second.stderr);
	const script = npmScript(['scripts/user-create.ts', '--email', 'ny@kommune.dk', '--name', 'Ny Bruger', '--role', 'reader'], { PASSWORD: 'en lang nok adgangskode' });
	assert.equal(script.status, 1);
	assert.equal(script.stdout, '');
	line(script.stderr);
	// The running app still has everything and still writes.
	await addEvent(app!, await signin(app!), 'Kopi før backup');
});

test('npm run backup copies the folder while the app runs; SIGTERM ends it within 10 s; npm run restore fills an empty folder', async () => {
	const cookie = await signin(app!);
	const file = join(scratch, 'backup.tgz');
	const backup = npmScript(['scripts/backup.ts', file]);
	assert.equal(backup.status, 0, backup.stderr);
	assert.match(backup.stdout, /^Backup taget af den kørende app/);
	await addEvent(app!, cookie, 'Kopi efter backup');

	const stopped = await stopWith(app!, 'SIGTERM');
	assert.equal(stopped.code, 0);
	assert.ok(stopped.ms < 10_000, `SIGTERM: ${stopped.ms.toFixed(0)} ms`);
	console.log(`SIGTERM: stoppet efter ${stopped.ms.toFixed(0)} ms`);
	assert.deepEqual(readdirSync(dataDir).sort(), ['pglite']); // lock and control socket gone: closed cleanly

	const restoredDir = join(scratch, 'restored');
	const restore = npmScript(['scripts/restore.ts', file], { DATA_DIR: restoredDir });
	assert.equal(restore.status, 0, restore.stderr);
	app = await startServer({ ...env, DATA_DIR: restoredDir, PORT: String(portB) });
	assert.deepEqual(await titles(app, await signin(app)), ['Kopi før backup']);
	await app.stop();
	app = undefined;
});

test('SIGINT ends the app within 10 s with nothing acknowledged lost', async () => {
	app = await startServer({ ...env, PORT: String(portA) });
	const cookie = await signin(app);
	await addEvent(app, cookie, 'Kopi lige før SIGINT');
	const stopped = await stopWith(app, 'SIGINT');
	assert.equal(stopped.code, 0);
	assert.ok(stopped.ms < 10_000, `SIGINT: ${stopped.ms.toFixed(0)} ms`);
	console.log(`SIGINT: stoppet efter ${stopped.ms.toFixed(0)} ms`);
	assert.equal(existsSync(join(dataDir, 'aarshjul.lock')), false);
	app = await startServer({ ...env, PORT: String(portA) });
	assert.deepEqual((await titles(app, await signin(app))).sort(), ['Kopi efter backup', 'Kopi før backup', 'Kopi lige før SIGINT']);
});


test('without ORIGIN (npm start as the README runs it) the server takes each connection as it is: its own login form posts over http, a foreign one is refused', async () => {
	await app?.stop();
	app = await startServer({ ...env, PORT: String(portA), ORIGIN: '' });
	const form = 'email=sekretariat%40demo.aarshjul.dk&password=aarshjul-demo';
	const post = (origin: string, extra: Record<string, string> = {}) =>
		call(`${app!.url}/login`, 'POST', { origin, 'content-type': 'application/x-www-form-urlencoded', ...extra }, form);
	const own = await post(app.url);
	assert.equal(own.status, 200);
	assert.match(own.cookie, /^aarshjul_session=/);
	// A client cannot claim https for itself: the header is the server's own.
	assert.equal((await post(app.url.replace('http:', 'https:'), { 'x-aarshjul-protocol': 'https' })).status, 403);
	assert.equal((await post('http://evil.example')).status, 403);
});
