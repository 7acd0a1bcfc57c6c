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

const { handler } = (await import(new URL('./build/handler.js', import.meta.url).href)) as { handler: Handler };
const feeds = (globalThis as Record<symbol, unknown>)[Symbol.for('aarshjul.feeds.before-framework')] as FeedListener | undefined;
if (!feeds) throw new Error('Feedene blev ikke registreret ved opstarten (hooks.server.ts)');

const seconds = (name: string) => (process.env[name] ? Number(process.env[name]) * 1000 : undefined);
const server = http.createServer((req, res) => feeds(req, res, () => handler(req, res)));
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
