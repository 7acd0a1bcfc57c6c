/**
 * The production server (`npm start`): adapter-node's request handler (build/handler.js) behind
 * Node's own HTTP server, with the public feeds answered before it from memory
 * (src/lib/server/feeds/before-framework.ts). Importing the handler starts the app — migrations,
 * the demo data, the hooks' init — which also registers the feed listener.
 *
 * Environment as for `node build`: HOST (0.0.0.0), PORT (3000), ORIGIN or PROTOCOL_HEADER and
 * HOST_HEADER, KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds), SHUTDOWN_TIMEOUT (30 seconds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type FeedListener = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

// Without ORIGIN or PROTOCOL_HEADER adapter-node takes every request for https, so `npm start` on
// http://localhost:3000 would refuse its own forms as cross-site. Then the protocol is the
// connection's own, written into a header of ours on every request (a client cannot set it).
const OWN_PROTOCOL_HEADER = 'x-aarshjul-protocol';
// An empty ORIGIN (as a service file may leave it) means none, not an invalid address.
if (process.env.ORIGIN === '') delete process.env.ORIGIN;
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;

// The first start on an empty data folder loads the demo years: a bulk load whose memory (the
// embedded database's WebAssembly memory only grows, and the heap keeps what the load allocated)
// would stay with the server for its whole life. A child process of this same script does it and
// exits; this process then opens the filled folder as on any later start.
const PREPARE_ONLY = 'AARSHJUL_PREPARE_ONLY';
const dataDir = process.env.DATA_DIR || './data';
const firstEmbeddedStart =
	!process.env.DATABASE_URL && process.env.DEMO !== 'off' && !dataDir.startsWith('memory://') && !existsSync(join(resolve(dataDir), 'pglite', 'PG_VERSION'));
if (firstEmbeddedStart && process.env[PREPARE_ONLY] !== '1') {
	const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
		stdio: 'inherit',
		env: { ...process.env, [PREPARE_ONLY]: '1' }
	});
	if (child.status !== 0) process.exit(child.status ?? 1);
}

const { handler } = (await import(new URL('./build/handler.js', import.meta.url).href)) as { handler: Handler };
if (process.env[PREPARE_ONLY] === '1') {
	// Migrated and filled by the app's start-up; close the database cleanly and hand the folder back.
	process.emit('sveltekit:shutdown' as 'exit', 'SIGTERM' as never);
	await new Promise(() => {});
}
const feeds = (globalThis as Record<symbol, unknown>)[Symbol.for('aarshjul.feeds.before-framework')] as FeedListener | undefined;
if (!feeds) throw new Error('Feedene blev ikke registreret ved opstarten (hooks.server.ts)');

const seconds = (name: string) => (process.env[name] ? Number(process.env[name]) * 1000 : undefined);
const server = http.createServer((req, res) => {
	if (ownProtocol) req.headers[OWN_PROTOCOL_HEADER] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	feeds(req, res, () => handler(req, res));
});
server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT') ?? server.keepAliveTimeout;
server.headersTimeout = seconds('HEADERS_TIMEOUT') ?? server.headersTimeout;

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

let stopping = false;
function shutdown(reason: 'SIGINT' | 'SIGTERM') {
	if (stopping) return;
	stopping = true;
	// Keep-alive connections would hold close() open until they time out.
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown' as 'exit', reason as never));
	setTimeout(() => server.closeAllConnections(), seconds('SHUTDOWN_TIMEOUT') ?? 30_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
