/**
 * 200 calendar clients polling the feeds at once for 30 seconds, on loopback, against the
 * production build with the generated ten-year dataset:
 *
 *   node tests/resilience/load.ts        (LOAD_SECONDS, LOAD_CONNECTIONS to change the bounds;
 *                                         LOAD_DATASET=demo for the demo years instead)
 *
 * Passes when every request got a 200 or a 304 within the 30 s client timeout and the server
 * is still running. Clients poll as Outlook and Google do: most send the ETag they hold.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateInto } from '../../bench/generate.ts';
import { ensureBuild, holdBuildLock, memoryOf, startServer } from '../../bench/server.ts';

holdBuildLock();

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const CLIENT_TIMEOUT_SECONDS = 30;
const FEEDS = ['/feeds/offentlig.ics', '/feeds/organer/kommunalbestyrelsen.ics', '/feeds/organer/oekonomiudvalget.ics', '/feeds/organer/direktionen.ics', '/feeds/organer/hovedudvalget.ics'];

ensureBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'aarshjul-load-'));
const server = await (async () => {
	if (process.env.LOAD_DATASET === 'demo') return startServer({ DATA_DIR: dataDir });
	await generateInto({ dataDir }, { from: 2020, to: 2029, seed: 7 });
	return startServer({ DATA_DIR: dataDir, DEMO: 'off' });
})();
try {
	const etags = await Promise.all(FEEDS.map(async (path) => (await fetch(server.url + path)).headers.get('etag')!));
	// Each connection cycles through these: four conditional polls for every full download.
	const requests = FEEDS.flatMap((path, i) => [
		{ method: 'GET', path, headers: { 'if-none-match': etags[i]! } },
		{ method: 'GET', path: FEEDS[(i + 1) % FEEDS.length]!, headers: { 'if-none-match': etags[(i + 1) % FEEDS.length]! } },
		{ method: 'GET', path: FEEDS[(i + 2) % FEEDS.length]!, headers: { 'if-none-match': etags[(i + 2) % FEEDS.length]! } },
		{ method: 'GET', path: FEEDS[(i + 3) % FEEDS.length]!, headers: { 'if-none-match': etags[(i + 3) % FEEDS.length]! } },
		{ method: 'GET', path }
	]);
	console.log(`${CONNECTIONS} klienter henter ${FEEDS.length} feeds i ${SECONDS} s …`);
	const r = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, timeout: CLIENT_TIMEOUT_SECONDS, requests });
	const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
	const memory = memoryOf(server.pid);
	console.log(
		`${r.requests.total} svar (${Math.round(r.requests.average)}/s), statuskoder ${JSON.stringify(statuses)}, ` +
			`latens p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, maks ${r.latency.max} ms, fejl ${r.errors}, timeouts ${r.timeouts}, ` +
			`højeste RSS ${Math.round(memory.peak / 1024 / 1024)} MiB`
	);
	assert.ok(r.requests.total > 0, 'ingen svar');
	assert.equal(r.errors, 0, 'forbindelsesfejl');
	assert.equal(r.timeouts, 0, `svar langsommere end ${CLIENT_TIMEOUT_SECONDS} s`);
	assert.deepEqual(Object.keys(statuses).filter((s) => s !== '200' && s !== '304'), [], 'andre statuskoder end 200 og 304');
	assert.ok(server.alive(), 'serveren stoppede under belastningen');
	console.log('OK');
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
