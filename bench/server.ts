/**
 * Running the production build as a child process, shared by the benchmarks and the resilience
 * scripts. build/ is shared with everyone's Playwright runs, so the whole script runs under the
 * same lock they take (it re-executes itself under flock), builds when the build is missing or
 * older than the sources, and only then starts servers from it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const LOCK = '/tmp/aarshjul-build.lock';
const LOCKED = 'AARSHJUL_BUILD_LOCK_HELD';

/** Re-runs this script under the build lock unless it already holds it; returns only when it does. */
export function holdBuildLock(): void {
	if (process.env[LOCKED] === '1') return;
	const result = spawnSync('flock', [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
		stdio: 'inherit',
		env: { ...process.env, [LOCKED]: '1' }
	});
	if (result.error) throw result.error;
	process.exit(result.status ?? 1);
}

function newestMtime(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds (npm run build) when build/ is missing or older than src/, static/ or the configuration. */
export function ensureBuild(): { built: boolean } {
	const marker = join(ROOT, 'build', 'handler.js');
	const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'].map((p) => join(ROOT, p)).filter(existsSync);
	if (existsSync(marker) && statSync(marker).mtimeMs > Math.max(...sources.map(newestMtime))) return { built: false };
	console.log('Bygger (npm run build) …');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
	if (result.status !== 0) throw new Error(`npm run build fejlede (${result.status})`);
	return { built: true };
}

export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('ingen port'))));
		});
	});
}

export interface RunningServer {
	url: string;
	pid: number;
	process: ChildProcess;
	/** Everything the server wrote, for failure reports. */
	output(): string;
	/** Whether the process is still running. */
	alive(): boolean;
	stop(): Promise<void>;
}

/** Starts the production server (`node server.ts`) with the given environment and waits until it answers /api/v1/bodies. */
/** The process settings `npm start` runs the server with (package.json, README "Memory"), so figures are of what is deployed. */
export const AS_NPM_START = {
	NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-semi-space-size=2 --v8-pool-size=1'].filter(Boolean).join(' '),
	MALLOC_MMAP_THRESHOLD_: '65536',
	MALLOC_TRIM_THRESHOLD_: '131072'
};

export async function startServer(env: Record<string, string>, readyTimeoutMs = 180_000): Promise<RunningServer> {
	const port = Number(env.PORT ?? (await freePort()));
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['server.ts'], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', ORIGIN: url, DATABASE_URL: '', ...AS_NPM_START, ...env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const server: RunningServer = {
		url,
		pid: child.pid!,
		process: child,
		output: () => log,
		alive: () => child.exitCode === null && child.signalCode === null,
		async stop() {
			if (!server.alive()) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
	};
	const deadline = Date.now() + readyTimeoutMs;
	while (Date.now() < deadline) {
		if (!server.alive()) throw new Error(`Serveren stoppede under opstart:\n${log}`);
		try {
			const res = await fetch(`${url}/api/v1/bodies`, { signal: AbortSignal.timeout(2_000) });
			if (res.ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	await server.stop();
	throw new Error(`Serveren svarede ikke inden for ${readyTimeoutMs} ms:\n${log}`);
}

/** Peak and current resident set size of a process, in bytes (Linux /proc). */
export function memoryOf(pid: number): { peak: number; current: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN) * 1024;
	return { peak: kb('VmHWM'), current: kb('VmRSS') };
}
