/**
 * `npm run bench`: the production build on a generated ten-year dataset, measured on loopback.
 * Feeds are measured side by side with a bare Node `http` server (bench/bare.ts) answering the
 * very same bytes and headers from memory, in the same run, so the figure that matters —
 * feed ÷ bare, at least 0.8 — does not depend on the machine. Writes bench/results/latest.json
 * and latest.md.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) bound the load cases.
 */
import { plannerBench, type PlannerFigures } from './planner.ts';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { BENCH_BODIES, generateInto, type GeneratedYear } from './generate.ts';
import type { BareFeeds } from './bare.ts';
import { ensureBuild, freePort, holdBuildLock, memoryOf, ROOT, startServer, type RunningServer } from './server.ts';

holdBuildLock();

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RENDER_SAMPLES = 30;
const BODY_SLUG = 'kommunalbestyrelsen';
const PAGES = ['/', '/kalender', '/liste', `/organer/${BODY_SLUG}`];
/** Each answer is at least this share of the bare server's throughput (issue 12). */
const REQUIRED_SHARE = 0.8;
/** Each side of a feed measurement is ROUNDS × 2 slices of SLICE seconds (1.5 × SECONDS), the two sides taking turns. */
const ROUNDS = 3;
const SLICE = SECONDS / 4;
const CODINGS = { identity: 'identity', gzip: 'gzip', br: 'br' } as const;

interface LoadFigures {
	requestsPerSecond: number;
	/** Requests answered, and the server's CPU time (user + system) meanwhile, when its pid was given. */
	requests: number;
	cpuMs?: number;
	p50ms: number;
	p99ms: number;
	statuses: Record<string, number>;
	errors: number;
}

/**
 * Waits until the server answers a static file quickly again: requests still queued from the
 * previous case would otherwise be served during, and counted against, the next one.
 */
async function settle(base: string, probe = `${base}/favicon.svg`): Promise<void> {
	const deadline = Date.now() + 60_000;
	let quick = 0;
	while (quick < 3 && Date.now() < deadline) {
		const started = performance.now();
		await (await fetch(probe, { method: 'HEAD' })).arrayBuffer();
		quick = performance.now() - started < 20 ? quick + 1 : 0;
		await new Promise((r) => setTimeout(r, 100));
	}
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString().trim()) || 100;

/** A process's CPU time so far (user + system), in milliseconds, from /proc. */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function load(url: string, headers: Record<string, string> = {}, seconds = SECONDS, pid?: number): Promise<LoadFigures> {
	await settle(new URL(url).origin, url);
	const cpuBefore = pid === undefined ? 0 : cpuMs(pid);
	const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 10 });
	if (r.requests.total === 0) throw new Error(`${url}: ingen svar på ${seconds} s`);
	return {
		requests: r.requests.total,
		...(pid === undefined ? {} : { cpuMs: cpuMs(pid) - cpuBefore }),
		requestsPerSecond: Math.round(r.requests.average),
		p50ms: r.latency.p50,
		p99ms: r.latency.p99,
		statuses: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
		errors: r.errors + r.timeouts
	};
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Slices of one measurement as one, weighted by how many slices each side already holds: mean throughput and median, the worst p99. */
function combine(a: LoadFigures & { slices?: number }, b: LoadFigures): LoadFigures & { slices: number } {
	const n = a.slices ?? 1;
	const statuses = { ...a.statuses };
	for (const [k, c] of Object.entries(b.statuses)) statuses[k] = (statuses[k] ?? 0) + c;
	const mean = (x: number, y: number) => (x * n + y) / (n + 1);
	return {
		requestsPerSecond: Math.round(mean(a.requestsPerSecond, b.requestsPerSecond)),
		requests: a.requests + b.requests,
		...(a.cpuMs !== undefined && b.cpuMs !== undefined ? { cpuMs: a.cpuMs + b.cpuMs } : {}),
		p50ms: round(mean(a.p50ms, b.p50ms)),
		p99ms: Math.max(a.p99ms, b.p99ms),
		statuses,
		errors: a.errors + b.errors,
		slices: n + 1
	};
}

interface RenderFigures {
	medianMs: number;
	p90Ms: number;
	/** the answer as the client reads it, decompressed */
	bytes: number;
	/** as sent, compressed as a browser asks (Accept-Encoding: br, gzip) */
	transferredBytes: number;
	/** database queries the server made for one request (Server-Timing, QUERY_COUNT=on), median */
	queries: number;
}

/** Sequential requests, one at a time: the server's own time per response (plus loopback). */
async function renderTime(url: string): Promise<RenderFigures> {
	const times: number[] = [];
	const queries: number[] = [];
	let bytes = 0;
	let transferredBytes = 0;
	for (let i = 0; i < RENDER_SAMPLES + 3; i++) {
		const started = performance.now();
		const res = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
		const body = await res.arrayBuffer();
		const elapsed = performance.now() - started;
		if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
		// The first requests load the route's modules and warm the caches.
		if (i >= 3) {
			times.push(elapsed);
			queries.push(Number(res.headers.get('server-timing')?.match(/desc="(\d+) queries"/)?.[1] ?? NaN));
		}
		bytes = body.byteLength;
		transferredBytes = Number(res.headers.get('content-length') ?? body.byteLength);
	}
	const sorted = [...times].sort((a, b) => a - b);
	return { medianMs: round(median(times)), p90Ms: round(sorted[Math.floor(sorted.length * 0.9)]!), bytes, transferredBytes, queries: median(queries) };
}

/** The busiest year's wheel, the wheel with a case drawn, and the API for the year, on a running server. */
async function yearFigures(url: string, year: number, showcase: string) {
	const wheelWithCase = `/?year=${year}&sag=${showcase}`;
	// The chosen case's five stages must be on the page, or the figure is the plain wheel's.
	if (!(await (await fetch(url + wheelWithCase)).text()).includes('data-stage="4"')) throw new Error(`${wheelWithCase}: sagens vej mangler på siden`);
	return {
		wheel: { path: `/?year=${year}`, ...(await renderTime(`${url}/?year=${year}`)) },
		wheelWithCase: { path: wheelWithCase, ...(await renderTime(url + wheelWithCase)) },
		meetings: { path: `/api/v1/meetings?from=${year}-01-01&to=${year}-12-31`, ...(await renderTime(`${url}/api/v1/meetings?from=${year}-01-01&to=${year}-12-31`)) },
		events: { path: `/api/v1/events?from=${year}-01-01&to=${year}-12-31`, ...(await renderTime(`${url}/api/v1/events?from=${year}-01-01&to=${year}-12-31`)) },
		cases: { path: '/api/v1/cases', ...(await renderTime(`${url}/api/v1/cases`)) }
	};
}

/** The wheel's hydration payload: the data the page hands the browser, as SvelteKit's __data.json for the same address. */
async function hydrationBytes(url: string, year: number): Promise<number> {
	const res = await fetch(`${url}/__data.json?year=${year}&x-sveltekit-invalidated=01`);
	if (res.status !== 200) throw new Error(`__data.json: ${res.status}`);
	return (await res.arrayBuffer()).byteLength;
}

/** Growth: the same year's figures on datasets of `years` years around it, each on a fresh server. */
async function growth(spans: { from: number; to: number }[], year: number, port: string | undefined) {
	const out: { years: number; meetings: number; figures: Awaited<ReturnType<typeof yearFigures>> }[] = [];
	for (const span of spans) {
		const dir = mkdtempSync(join(tmpdir(), 'aarshjul-bench-growth-'));
		let s: RunningServer | undefined;
		try {
			console.log(`Vækst: ${span.from}–${span.to} …`);
			const years = await generateInto({ dataDir: dir }, { from: span.from, to: span.to, seed: 7 });
			s = await startServer({ DATA_DIR: dir, DEMO: 'off', QUERY_COUNT: 'on', ...(port ? { PORT: port } : {}) });
			await settle(s.url);
			out.push({ years: span.to - span.from + 1, meetings: years.reduce((n, y) => n + y.meetings, 0), figures: await yearFigures(s.url, year, years.find((y) => y.year === year)!.showcaseCaseId) });
		} finally {
			await s?.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return out;
}

/** The wheel of this year on the demo municipality (DEMO=on, a fresh database). */
async function demoWheel(port: string | undefined) {
	const dir = mkdtempSync(join(tmpdir(), 'aarshjul-bench-demo-'));
	let s: RunningServer | undefined;
	try {
		s = await startServer({ DATA_DIR: dir, DEMO: 'on', QUERY_COUNT: 'on', ...(port ? { PORT: port } : {}) });
		await settle(s.url);
		const idle = memoryOf(s.pid);
		const year = new Date().getFullYear();
		return { path: `/?year=${year}`, ...(await renderTime(`${s.url}/?year=${year}`)), idleRssBytes: idle.current };
	} finally {
		await s?.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** One raw answer, without the decompression fetch() would do: its body bytes and headers. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; headers: Record<string, string> }> {
	return new Promise((done, fail) => {
		http.get(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => done({ status: res.statusCode!, body: Buffer.concat(chunks), headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])) }));
		}).on('error', fail);
	});
}

/** Starts bench/bare.ts serving `feeds` and waits until it answers. */
async function startBare(feeds: BareFeeds, dir: string): Promise<{ url: string; pid: number; stop(): void }> {
	const port = await freePort();
	const file = join(dir, 'bare.json');
	writeFileSync(file, JSON.stringify(feeds));
	const child = spawn(process.execPath, [join(ROOT, 'bench', 'bare.ts'), file, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((ready, fail) => {
		child.stdout!.once('data', () => ready());
		child.once('exit', (code) => fail(new Error(`bench/bare.ts stoppede (${code})`)));
	});
	return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/** Resets the process's peak RSS (VmHWM), so the next reading is the peak of what follows. */
function resetPeak(pid: number): void {
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const fileSize = (path: string) => statSync(join(ROOT, 'build', 'client', path)).size;

/**
 * Scripts the response itself references — modulepreloads (SvelteKit sends them in the Link
 * header) and the inline entry imports — by the sizes of their files in build/client.
 */
async function referencedScripts(url: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
	const res = await fetch(url);
	const html = await res.text();
	const paths = new Set<string>();
	for (const m of (res.headers.get('link') ?? '').matchAll(/<([^>]+)>;\s*rel="modulepreload"/g)) paths.add(m[1]!);
	for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) paths.add(m[1]!);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) paths.add(m[1]!);
	const files = [...paths].map((p) => new URL(p, url).pathname);
	const brotli = (p: string) => {
		try {
			return fileSize(`${p}.br`);
		} catch {
			return fileSize(p);
		}
	};
	return { files: files.length, bytes: files.reduce((s, p) => s + fileSize(p), 0), brotliBytes: files.reduce((s, p) => s + brotli(p), 0) };
}

/** What a browser actually loads, static and dynamic imports alike, until the network is idle. */
async function loadedScripts(base: string): Promise<Record<string, { files: number; bytes: number; transferredBytes: number }>> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
	try {
		const out: Record<string, { files: number; bytes: number; transferredBytes: number }> = {};
		for (const path of PAGES) {
			const page = await browser.newPage();
			const scripts: { bytes: Promise<number>; transferred: Promise<number> }[] = [];
			page.on('response', (res) => {
				if (res.request().resourceType() !== 'script') return;
				scripts.push({ bytes: res.body().then((b) => b.byteLength), transferred: res.request().sizes().then((s) => s.responseBodySize) });
			});
			await page.goto(`${base}${path}?year=2025`, { waitUntil: 'networkidle' });
			const sizes = await Promise.all(scripts.map(async (s) => ({ bytes: await s.bytes, transferred: await s.transferred })));
			out[path] = { files: sizes.length, bytes: sizes.reduce((a, s) => a + s.bytes, 0), transferredBytes: sizes.reduce((a, s) => a + s.transferred, 0) };
			await page.close();
		}
		return out;
	} finally {
		await browser.close();
	}
}

/** The busiest year; among equals the one nearest today, so the figure is about a year people open. */
function busiestYear(years: GeneratedYear[]): number {
	const now = new Date().getFullYear();
	return [...years].sort((a, b) => b.meetings - a.meetings || Math.abs(a.year - now) - Math.abs(b.year - now))[0]!.year;
}

async function main() {
	const started = performance.now();
	const { built } = ensureBuild();
	const dataDir = mkdtempSync(join(tmpdir(), 'aarshjul-bench-'));
	let server: RunningServer | undefined;
	try {
		const genStarted = performance.now();
		const years = await generateInto({ dataDir }, { from: 2020, to: 2029, seed: 7 });
		const generateMs = performance.now() - genStarted;
		const year = busiestYear(years);
		const port = process.env.BENCH_PORT;
		const env = { DATA_DIR: dataDir, DEMO: 'off', QUERY_COUNT: 'on', ...(port ? { PORT: port } : {}) };

		server = await startServer(env);
		const url = server.url;
		const feedPath = { body: `/feeds/organer/${BODY_SLUG}.ics`, public: '/feeds/offentlig.ics' };
		// The bare server gets exactly what the app sends, per feed and coding: bytes and headers.
		const bareFeeds: BareFeeds = {};
		const sizes: Record<string, Record<string, number>> = {};
		for (const [kind, path] of Object.entries(feedPath)) {
			bareFeeds[path] = {} as BareFeeds[string];
			sizes[kind] = {};
			for (const coding of Object.values(CODINGS)) {
				const r = await rawGet(url + path, { 'accept-encoding': coding });
				if (r.status !== 200 || (r.headers['content-encoding'] ?? 'identity') !== coding) throw new Error(`${path} ${coding}: ${r.status} ${r.headers['content-encoding']}`);
				const file = join(dataDir, `${kind}.${coding}`);
				writeFileSync(file, r.body);
				const notModified = await rawGet(url + path, { 'accept-encoding': coding, 'if-none-match': r.headers.etag! });
				if (notModified.status !== 304) throw new Error(`${path} ${coding}: ${notModified.status} på If-None-Match`);
				const own = ({ date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest }: Record<string, string>) => rest;
				bareFeeds[path][coding] = { file, etag: r.headers.etag!, headers: own(r.headers), notModifiedHeaders: own(notModified.headers) };
				sizes[kind][coding] = r.body.byteLength;
			}
		}
		const bare = await startBare(bareFeeds, dataDir);
		const idle = memoryOf(server.pid);

		const feeds: Record<string, unknown> = {};
		let fullResponseGrowth = 0;
		try {
			for (const [kind, path] of Object.entries(feedPath)) {
				const cases = {
					full: { 'accept-encoding': 'identity' },
					compressed: { 'accept-encoding': 'gzip, deflate, br' },
					notModified: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': bareFeeds[path]!.br.etag }
				};
				const figures: Record<string, { feed: LoadFigures; bare: LoadFigures; share: number; cpuMicros: { feed: number; bare: number }; cpuShare: number }> = {};
				for (const [name, headers] of Object.entries(cases)) {
					// App and bare in turns (app, bare, bare, app, three times over, a quarter of the time each): on a machine
					// shared with other work the load drifts and comes in bursts, and taking turns spreads both over the two sides.
					console.log(`Belaster ${path} (${name}) og den bare server på skift (${ROUNDS * 4} × ${SLICE} s) …`);
					const feedSlices: LoadFigures[] = [];
					const bareSlices: LoadFigures[] = [];
					for (let round = 0; round < ROUNDS; round++) {
						const before = memoryOf(server.pid);
						resetPeak(server.pid);
						feedSlices.push(await load(url + path, headers, SLICE, server.pid));
						if (kind === 'public' && name === 'full') fullResponseGrowth = Math.max(fullResponseGrowth, memoryOf(server.pid).peak - before.current);
						bareSlices.push(await load(bare.url + path, headers, SLICE, bare.pid), await load(bare.url + path, headers, SLICE, bare.pid));
						feedSlices.push(await load(url + path, headers, SLICE, server.pid));
					}
					const feed = feedSlices.reduce(combine);
					const bareFigures = bareSlices.reduce(combine);
					const expected = name === 'notModified' ? '304' : '200';
					for (const [side, r] of Object.entries({ feed, bare: bareFigures })) {
						if (Object.keys(r.statuses).some((st) => st !== expected)) throw new Error(`${kind} ${name} ${side}: ${JSON.stringify(r)}`);
					}
					// CPU time per answer does not depend on how much of the shared machine each server was given.
					const cpuPerRequest = (f: LoadFigures) => (f.cpuMs ?? NaN) / f.requests;
					figures[name] = {
						feed,
						bare: bareFigures,
						share: round(feed.requestsPerSecond / bareFigures.requestsPerSecond, 2),
						cpuMicros: { feed: round(cpuPerRequest(feed) * 1000), bare: round(cpuPerRequest(bareFigures) * 1000) },
						cpuShare: round(cpuPerRequest(bareFigures) / cpuPerRequest(feed), 2)
					};
				}
				feeds[kind] = {
					path,
					bytes: sizes[kind],
					events: readFileSync(bareFeeds[path]!.identity.file, 'utf8').split('BEGIN:VEVENT').length - 1,
					...figures
				};
			}
		} finally {
			bare.stop();
		}
		const underLoad = memoryOf(server.pid);

		console.log(`Måler svartider for ${year} …`);
		await settle(url);
		const showcase = years.find((y) => y.year === year)!.showcaseCaseId;
		const render = await yearFigures(url, year, showcase);
		const hydration = await hydrationBytes(url, year);

		console.log('Tæller JavaScript pr. side …');
		const referenced = Object.fromEntries(await Promise.all(PAGES.map(async (p) => [p, await referencedScripts(`${url}${p}`)] as const)));
		const loaded = await loadedScripts(url);
		const javascript = Object.fromEntries(PAGES.map((p) => [p, { referenced: referenced[p], loaded: loaded[p] }]));

		console.log('Planlægger 1.000 sager mod 1, 2, 5 og 10 år …');
		const planner = plannerBench();
		await server.stop();
		server = undefined;

		console.log('Demodata …');
		const demo = await demoWheel(port);
		const grown = await growth([{ from: year - 2, to: year + 2 }, { from: year - 10, to: year + 9 }], year, port);
		const growthFigures = [grown[0]!, { years: years.length, meetings: years.reduce((n, y) => n + y.meetings, 0), figures: render }, grown[1]!];

		const results = {
			date: new Date().toISOString().slice(0, 10),
			machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
			settings: { secondsPerCase: SECONDS, connections: CONNECTIONS, renderSamples: RENDER_SAMPLES },
			dataset: {
				years: `${years[0]!.year}–${years.at(-1)!.year}`,
				bodies: BENCH_BODIES.length,
				internalBodies: BENCH_BODIES.filter((b) => !b.isPublic).length,
				meetings: years.reduce((s, y) => s + y.meetings, 0),
				events: years.reduce((s, y) => s + y.events, 0),
				cases: years.reduce((s, y) => s + y.cases, 0),
				caseStages: years.reduce((s, y) => s + y.stages, 0),
				busiestYear: year,
				busiestYearCases: years.find((y) => y.year === year)!.cases,
				generateMs: Math.round(generateMs)
			},
			feeds,
			render,
			wheelHydrationBytes: hydration,
			demo,
			growth: growthFigures.map((g) => ({ years: g.years, meetingCount: g.meetings, ...Object.fromEntries(Object.entries(g.figures).map(([k, f]) => [k, { medianMs: f.medianMs, queries: f.queries }])) })),
			javascript,
			planner,
			memory: { idleRssBytes: idle.current, peakRssBytesUnderFeedLoad: underLoad.peak, fullResponsesGrowthBytes: fullResponseGrowth, connections: CONNECTIONS },
			builtForThisRun: built,
			totalSeconds: 0
		};
		results.totalSeconds = Math.round((performance.now() - started) / 1000);
		writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, '\t')}\n`);
		const md = markdown(results);
		writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), md);
		console.log(`\n${md}`);
	} finally {
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

type Results = {
	date: string;
	machine: { cpus: number; cpu: string; node: string };
	settings: { secondsPerCase: number; connections: number };
	dataset: { years: string; bodies: number; internalBodies: number; meetings: number; events: number; cases: number; caseStages: number; busiestYear: number; busiestYearCases: number };
	feeds: Record<string, unknown>;
	render: Record<string, { path: string; medianMs: number; p90Ms: number; bytes: number; transferredBytes: number; queries: number }>;
	wheelHydrationBytes: number;
	demo: { path: string; medianMs: number; p90Ms: number; bytes: number; transferredBytes: number; queries: number; idleRssBytes: number };
	growth: ({ years: number; meetingCount: number } & Record<string, unknown>)[];
	javascript: Record<string, { referenced?: { bytes: number; brotliBytes: number }; loaded?: { bytes: number; transferredBytes: number } }>;
	memory: { idleRssBytes: number; peakRssBytesUnderFeedLoad: number; fullResponsesGrowthBytes: number; connections: number };
	planner: PlannerFigures[];
	totalSeconds: number;
};

const kb = (bytes: number) => `${round(bytes / 1024)} KiB`;
const mib = (bytes: number) => `${round(bytes / 1024 / 1024)} MiB`;

function markdown(r: Results): string {
	type Side = { requestsPerSecond: number; p50ms: number; p99ms: number; errors: number };
	type Case = { feed: Side; bare: Side; share: number; cpuMicros: { feed: number; bare: number }; cpuShare: number };
	type FeedResult = { path: string; bytes: Record<string, number>; events: number; full: Case; compressed: Case; notModified: Case };
	const lines = [
		`# Benchmark ${r.date}`,
		'',
		`${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}. Dataset: ${r.dataset.years}, ${r.dataset.bodies} organer (${r.dataset.internalBodies} interne), ` +
			`${r.dataset.meetings} møder, ${r.dataset.cases} sager med ${r.dataset.caseStages} trin, ${r.dataset.events} begivenheder. Belastning: ${r.settings.connections} forbindelser i ${r.settings.secondsPerCase} s pr. måling på loopback.`,
		'',
		`## Feeds mod en bar Node-server med de samme bytes i hukommelsen (krav: feed ÷ bar ≥ ${REQUIRED_SHARE})`,
		'',
		`Hver side måles i ${ROUNDS * 2} skiver à ${SLICE} s på skift med den anden (app, bar, bar, app …); req/s er middeltallet, p99 den værste skive. ` +
			'CPU pr. svar er serverprocessens CPU-tid (bruger + system) delt med antal svar: den afhænger ikke af, hvor meget af en delt maskine hver server fik.',
		'',
		'| feed | svar | feed req/s | p50 | p99 | fejl | bar req/s | p50 | p99 | feed ÷ bar | CPU pr. svar, feed / bar | bar ÷ feed i CPU |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const f of Object.values(r.feeds) as FeedResult[]) {
		const rows = [
			[`200 (${kb(f.bytes.identity!)}, ${f.events} VEVENT)`, f.full],
			[`200 brotli (${kb(f.bytes.br!)}; gzip ${kb(f.bytes.gzip!)})`, f.compressed],
			['304 (If-None-Match)', f.notModified]
		] as const;
		for (const [label, c] of rows) {
			lines.push(
				`| \`${f.path}\` | ${label} | ${c.feed.requestsPerSecond} | ${c.feed.p50ms} ms | ${c.feed.p99ms} ms | ${c.feed.errors} | ${c.bare.requestsPerSecond} | ${c.bare.p50ms} ms | ${c.bare.p99ms} ms | ${c.share}${c.share < REQUIRED_SHARE ? ' ✗' : ''} | ${c.cpuMicros.feed} / ${c.cpuMicros.bare} µs | ${c.cpuShare} |`
			);
		}
	}
	lines.push('', `## Svartider for det travleste år (${r.dataset.busiestYear}, ${r.dataset.busiestYearCases} sager), median af sekventielle forespørgsler`, '', '| side | median | p90 | svar | sendt (br) | forespørgsler i databasen |', '| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const x of Object.values(r.render)) lines.push(`| \`${x.path}\` | ${x.medianMs} ms | ${x.p90Ms} ms | ${kb(x.bytes)} | ${kb(x.transferredBytes)} | ${x.queries} |`);
	lines.push('', `Årshjulets data til browseren (hydrering, \`__data.json\`): ${kb(r.wheelHydrationBytes)}.`);
	lines.push(`Demodata: \`${r.demo.path}\` median ${r.demo.medianMs} ms, p90 ${r.demo.p90Ms} ms, ${r.demo.queries} forespørgsler, ${kb(r.demo.bytes)} (${kb(r.demo.transferredBytes)} sendt); RSS efter opstart ${mib(r.demo.idleRssBytes)}.`);
	const keys = ['wheel', 'wheelWithCase', 'meetings', 'cases'];
	lines.push('', '## Vækst: samme år på 5, 10 og 20 års data (median ms / forespørgsler)', '', `| år | møder | ${keys.join(' | ')} |`, `| ---: | ---: | ${keys.map(() => '---:').join(' | ')} |`);
	for (const g of r.growth) lines.push(`| ${g.years} | ${g.meetingCount} | ${keys.map((k) => { const f = g[k] as { medianMs: number; queries: number }; return `${f.medianMs} ms / ${f.queries}`; }).join(' | ')} |`);
	lines.push('', '## JavaScript pr. side', '', '| side | refereret i HTML | heraf brotli | hentet af browseren | overført |', '| --- | ---: | ---: | ---: | ---: |');
	for (const [page, j] of Object.entries(r.javascript)) {
		lines.push(`| \`${page}\` | ${j.referenced ? kb(j.referenced.bytes) : '–'} | ${j.referenced ? kb(j.referenced.brotliBytes) : '–'} | ${j.loaded ? kb(j.loaded.bytes) : '–'} | ${j.loaded ? kb(j.loaded.transferredBytes) : '–'} |`);
	}
	lines.push('', '## Planlæggeren: 1.000 sager (DIR → fagudvalg → ØK → KB)', '', '| år | møder | kontekst | 1.000 baglæns | 1.000 fremad | planlagt uden konflikt |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const p of r.planner) lines.push(`| ${p.years} | ${p.meetings} | ${p.contextMs} ms | ${p.backward1000Ms} ms | ${p.forward1000Ms} ms | ${p.planned} |`);
	lines.push(
		'',
		'## Hukommelse',
		'',
		`Serverens RSS efter opstart ${mib(r.memory.idleRssBytes)}, højeste RSS under feed-belastningen (VmHWM) ${mib(r.memory.peakRssBytesUnderFeedLoad)}. ` +
			`${r.memory.connections} samtidige fulde svar af den offentlige feed (ukomprimeret) lagde ${mib(r.memory.fullResponsesGrowthBytes)} til RSS (krav: under 50 MiB).`,
		''
	);
	lines.push(`Hele kørslen: ${r.totalSeconds} s. Gentag med \`npm run bench\`.`, '');
	return lines.join('\n');
}

await main();
