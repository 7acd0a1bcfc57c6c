/**
 * The yardstick for the feeds: a bare Node `http` server that answers with bytes and headers
 * already in memory — what a static file server at its fastest does. `npm run bench` starts it
 * beside the app with the very bytes and headers the app sent, and compares the two.
 *
 * Usage: node bench/bare.ts <feeds.json> <port>, where feeds.json maps a path to each coding's
 * body file, ETag and the headers of its 200 and its 304.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

export interface BareVariant {
	file: string;
	etag: string;
	headers: Record<string, string>;
	notModifiedHeaders: Record<string, string>;
}
export type BareFeeds = Record<string, Record<'identity' | 'gzip' | 'br', BareVariant>>;

if (import.meta.url === `file://${process.argv[1]}`) {
	const feeds = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BareFeeds;
	const served = new Map(
		Object.entries(feeds).map(([path, variants]) => [
			path,
			Object.fromEntries(Object.entries(variants).map(([coding, v]) => [coding, { ...v, body: readFileSync(v.file), notModified: v.notModifiedHeaders }]))
		])
	);
	http
		.createServer((req, res) => {
			const variants = served.get(req.url ?? '');
			if (!variants) {
				res.writeHead(404).end();
				return;
			}
			const accept = req.headers['accept-encoding'] ?? '';
			const v = variants[accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : 'identity']!;
			if (req.headers['if-none-match'] === v.etag) res.writeHead(304, v.notModified).end();
			else res.writeHead(200, v.headers).end(v.body);
		})
		.listen(Number(process.argv[3]), '127.0.0.1', () => console.log('klar'));
}
