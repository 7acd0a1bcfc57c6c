/**
 * `npm run bench`: the production build on a generated ten-year dataset, measured on loopback.
 * Feeds are measured side by side with the same server serving a static file of the very same
 * bytes, so the figure that matters — feed ÷ static — does not depend on the machine.
 * Writes bench/results/latest.json and latest.md.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) bound the load cases.
 */
import { plannerBench, type PlannerFigures } from './planner.ts';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { BENCH_BODIES, generateInto, type GeneratedYear } from './generate.ts';
import { ensureBuild, holdBuildLock, memoryOf, ROOT, startServer, type RunningServer } from './server.ts';

holdBuildLock();

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RENDER_SAMPLES = 30;
const BODY_SLUG = 'kommunalbestyrelsen';
const PAGES = ['/', '/kalender', '/liste', `/organer/${BODY_SLUG}`];
/** Bench-only names in build/client, removed again in `finally`. */
const STATIC = { body: '__bench-body.ics', public: '__bench-public.ics' } as const;

interface LoadFigures {
	requestsPerSecond: number;
	p50ms: number;
	p99ms: number;
	statuses: Record<string, number>;
	errors: number;
}

/**
 * Waits until the server answers a static file quickly again: requests still queued from the
 * previous case would otherwise be served during, and counted against, the next one.
 */
async function settle(base: string): Promise<void> {
	const deadline = Date.now() + 60_000;
	let quick = 0;
	while (quick < 3 && Date.now() < deadline) {
		const started = performance.now();
		await (await fetch(`${base}/favicon.svg`)).arrayBuffer();
		quick = performance.now() - started < 20 ? quick + 1 : 0;
		await new Promise((r) => setTimeout(r, 100));
	}
}

async function load(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
	await settle(new URL(url).origin);
	const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, timeout: 10 });
	if (r.requests.total === 0) throw new Error(`${url}: ingen svar på ${SECONDS} s`);
	return {
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

async function etagOf(url: string): Promise<string> {
	const etag = (await fetch(url)).headers.get('etag');
	if (!etag) throw new Error(`${url} har ingen ETag`);
	return etag;
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
	const staticPaths = Object.values(STATIC).map((name) => join(ROOT, 'build', 'client', name));
	let server: RunningServer | undefined;
	try {
		const genStarted = performance.now();
		const years = await generateInto({ dataDir }, { from: 2020, to: 2029, seed: 7 });
		const generateMs = performance.now() - genStarted;
		const year = busiestYear(years);
		const port = process.env.BENCH_PORT;
		const env = { DATA_DIR: dataDir, DEMO: 'off', QUERY_COUNT: 'on', ...(port ? { PORT: port } : {}) };

		// The feeds' exact bytes come from the server itself (links carry its origin), then the
		// server restarts so its static file server sees the copies.
		server = await startServer(env);
		const serverPort = new URL(server.url).port;
		const feedPath = { body: `/feeds/organer/${BODY_SLUG}.ics`, public: '/feeds/offentlig.ics' };
		const feedBytes = {
			body: new Uint8Array(await (await fetch(server.url + feedPath.body)).arrayBuffer()),
			public: new Uint8Array(await (await fetch(server.url + feedPath.public)).arrayBuffer())
		};
		await server.stop();
		writeFileSync(join(ROOT, 'build', 'client', STATIC.body), feedBytes.body);
		writeFileSync(join(ROOT, 'build', 'client', STATIC.public), feedBytes.public);
		server = await startServer({ ...env, PORT: serverPort });
		const url = server.url;
		for (const kind of ['body', 'public'] as const) {
			const served = new Uint8Array(await (await fetch(`${url}/${STATIC[kind]}`)).arrayBuffer());
			const again = new Uint8Array(await (await fetch(url + feedPath[kind])).arrayBuffer());
			if (Buffer.compare(served, feedBytes[kind]) !== 0 || Buffer.compare(again, feedBytes[kind]) !== 0) throw new Error(`${kind}: feedens bytes ændrede sig undervejs`);
		}
		const idle = memoryOf(server.pid);

		const feeds: Record<string, unknown> = {};
		for (const kind of ['body', 'public'] as const) {
			const feedUrl = url + feedPath[kind];
			const staticUrl = `${url}/${STATIC[kind]}`;
			console.log(`Belaster ${feedPath[kind]} og den statiske kopi (${SECONDS} s × 4) …`);
			const feed200 = await load(feedUrl);
			const static200 = await load(staticUrl);
			const feed304 = await load(feedUrl, { 'if-none-match': await etagOf(feedUrl) });
			const static304 = await load(staticUrl, { 'if-none-match': await etagOf(staticUrl) });
			// Failures are part of the result (the table shows them), but a case answered with the wrong status measured the wrong thing.
			for (const [name, r] of Object.entries({ feed200, static200, feed304, static304 })) {
				const expected = name.endsWith('304') ? '304' : '200';
				if (Object.keys(r.statuses).some((s) => s !== expected)) throw new Error(`${kind} ${name}: ${JSON.stringify(r)}`);
			}
			feeds[kind] = {
				path: feedPath[kind],
				bytes: feedBytes[kind].byteLength,
				events: new TextDecoder().decode(feedBytes[kind]).split('BEGIN:VEVENT').length - 1,
				full: { feed: feed200, static: static200, ratio: round(static200.requestsPerSecond / feed200.requestsPerSecond, 2) },
				notModified: { feed: feed304, static: static304, ratio: round(static304.requestsPerSecond / feed304.requestsPerSecond, 2) }
			};
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
			memory: { idleRssBytes: idle.current, peakRssBytesUnderFeedLoad: underLoad.peak },
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
		for (const p of staticPaths) rmSync(p, { force: true });
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
	memory: { idleRssBytes: number; peakRssBytesUnderFeedLoad: number };
	planner: PlannerFigures[];
	totalSeconds: number;
};

const kb = (bytes: number) => `${round(bytes / 1024)} KiB`;
const mib = (bytes: number) => `${round(bytes / 1024 / 1024)} MiB`;

function markdown(r: Results): string {
	type Side = { requestsPerSecond: number; p50ms: number; p99ms: number; errors: number };
	type FeedResult = { path: string; bytes: number; events: number; full: { feed: Side; static: Side; ratio: number }; notModified: { feed: Side; static: Side; ratio: number } };
	const lines = [
		`# Benchmark ${r.date}`,
		'',
		`${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}. Dataset: ${r.dataset.years}, ${r.dataset.bodies} organer (${r.dataset.internalBodies} interne), ` +
			`${r.dataset.meetings} møder, ${r.dataset.cases} sager med ${r.dataset.caseStages} trin, ${r.dataset.events} begivenheder. Belastning: ${r.settings.connections} forbindelser i ${r.settings.secondsPerCase} s pr. måling på loopback.`,
		'',
		'## Feeds mod en statisk fil med de samme bytes',
		'',
		'| feed | svar | feed req/s | p50 | p99 | fejl | statisk req/s | p50 | p99 | statisk ÷ feed |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const f of Object.values(r.feeds) as FeedResult[]) {
		for (const [label, c] of [[`200 (${kb(f.bytes)}, ${f.events} VEVENT)`, f.full], ['304 (If-None-Match)', f.notModified]] as const) {
			lines.push(`| \`${f.path}\` | ${label} | ${c.feed.requestsPerSecond} | ${c.feed.p50ms} ms | ${c.feed.p99ms} ms | ${c.feed.errors} | ${c.static.requestsPerSecond} | ${c.static.p50ms} ms | ${c.static.p99ms} ms | ${c.ratio} |`);
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
	lines.push('', '## Hukommelse', '', `Serverens RSS efter opstart ${mib(r.memory.idleRssBytes)}, højeste RSS under feed-belastningen (VmHWM) ${mib(r.memory.peakRssBytesUnderFeedLoad)}.`, '');
	lines.push(`Hele kørslen: ${r.totalSeconds} s. Gentag med \`npm run bench\`.`, '');
	return lines.join('\n');
}

await main();
