/**
 * The production server (`npm start`): adapter-node's request handler (build/handler.js) behind
 * Node's own HTTP server, with the public feeds answered before it from memory
 * (src/lib/server/feeds/before-framework.ts). Importing the handler starts the app — migrations,
 * the demo data, the hooks' init — which also registers the feed listener.
 *
 * Environment as for `node build`: HOST (0.0.0.0), PORT (3000), ORIGIN or PROTOCOL_HEADER and
 * HOST_HEADER, KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds), SHUTDOWN_TIMEOUT (30 seconds).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';

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

const { handler } = (await import(new URL('./build/handler.js', import.meta.url).href)) as { handler: Handler };
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
