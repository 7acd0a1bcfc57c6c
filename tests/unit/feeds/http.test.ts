import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerPrepared, answerPublished, chooseEncoding, PUBLIC_CACHE, prepareFeed, type FeedRequest } from '../../../src/lib/server/feeds/http.ts';
import { renderFeed } from '../../../src/lib/server/feeds/render.ts';
import { sampleCalendar } from './sample.ts';

const bytes = Buffer.from(renderFeed(sampleCalendar()), 'utf8');
const HASH = createHash('sha256').update(bytes).digest('base64url');
const published = { bytes, etag: `"${HASH}"`, lastModified: new Date('2026-05-30T07:45:00.400Z') };
const meta = { cacheControl: PUBLIC_CACHE, fileName: 'aarshjul-offentlig.ics', key: 'public' };
const prepared = await prepareFeed(published, meta);
const req = (over: Partial<FeedRequest> = {}): FeedRequest => ({ method: 'GET', ifNoneMatch: null, ifModifiedSince: null, acceptEncoding: null, ...over });
const decode = { identity: (b: Buffer) => b, gzip: gunzipSync, br: brotliDecompressSync } as const;

describe('chooseEncoding', () => {
	it('prefers brotli, then gzip, by q-value, and identity without a usable coding', () => {
		expect(
			[null, '', 'gzip, deflate, br', 'gzip', 'br;q=0.5, gzip', 'br;q=0, gzip;q=0', '*', 'deflate', 'GZIP;Q=0.8, BR;q=0.8', 'identity', 'br;q=0, *;q=0.1'].map(chooseEncoding)
		).toEqual(['identity', 'identity', 'br', 'gzip', 'gzip', 'identity', 'br', 'identity', 'br', 'identity', 'gzip']);
	});
});

describe('a prepared public feed', () => {
	it('answers each coding with its own bytes, strong ETag, Vary, Last-Modified, a short cache time and an inline file name', () => {
		for (const [accept, encoding, suffix] of [[null, 'identity', ''], ['gzip', 'gzip', '.gz'], ['br, gzip', 'br', '.br']] as const) {
			const a = answerPrepared(prepared, req({ acceptEncoding: accept }));
			expect(a.status).toBe(200);
			expect(a.headers).toEqual({
				'content-type': 'text/calendar; charset=utf-8',
				'content-length': String(a.body!.byteLength),
				...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
				'content-disposition': 'inline; filename="aarshjul-offentlig.ics"',
				etag: `"${HASH}${suffix}"`,
				vary: 'Accept-Encoding',
				'last-modified': 'Sat, 30 May 2026 07:45:00 GMT',
				'cache-control': 'public, max-age=300',
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin'
			});
			expect(decode[encoding](a.body!).equals(bytes)).toBe(true);
		}
		expect(answerPrepared(prepared, req({ acceptEncoding: 'br' })).body!.byteLength).toBeLessThan(bytes.byteLength / 3);
	});

	it('answers 304 without a body to any current ETag of any coding, also weak, in a list or as *, with the chosen coding’s ETag', () => {
		for (const accept of [null, 'gzip', 'br']) {
			const own = answerPrepared(prepared, req({ acceptEncoding: accept })).headers.etag!;
			for (const tag of [`"${HASH}"`, `"${HASH}.gz"`, `W/"${HASH}.br"`, `"other", "${HASH}"`, '*']) {
				const a = answerPrepared(prepared, req({ acceptEncoding: accept, ifNoneMatch: tag }));
				expect([accept, tag, a.status, a.body, a.headers.etag, a.headers.vary, a.headers['content-length']]).toEqual([accept, tag, 304, null, own, 'Accept-Encoding', undefined]);
			}
		}
	});

	it('answers 200 for an old ETag even when If-Modified-Since would match, since If-None-Match decides', () => {
		expect(answerPrepared(prepared, req({ ifNoneMatch: '"old"', ifModifiedSince: 'Sat, 30 May 2026 07:45:00 GMT' })).status).toBe(200);
	});

	it('answers 304 to If-Modified-Since at or after Last-Modified and 200 before it', () => {
		const status = (since: string) => answerPrepared(prepared, req({ ifModifiedSince: since })).status;
		expect([status('Sat, 30 May 2026 07:45:00 GMT'), status('Sun, 31 May 2026 00:00:00 GMT'), status('Sat, 30 May 2026 07:44:59 GMT'), status('i går')]).toEqual([304, 304, 200, 200]);
	});

	it('answers HEAD with the headers of GET and no body, for each coding', () => {
		for (const accept of [null, 'gzip', 'br']) {
			const head = answerPrepared(prepared, req({ method: 'HEAD', acceptEncoding: accept }));
			const get = answerPrepared(prepared, req({ acceptEncoding: accept }));
			expect([head.status, head.body, head.headers]).toEqual([200, null, get.headers]);
		}
	});
});

describe('a personal feed answer', () => {
	it('is compressed for the request in the chosen coding and revalidates by the same ETags', async () => {
		const personal = { cacheControl: 'private, no-cache', fileName: 'aarshjul-personlig.ics' };
		for (const [accept, encoding] of [[null, 'identity'], ['gzip', 'gzip'], ['gzip, br', 'br']] as const) {
			const a = await answerPublished(published, req({ acceptEncoding: accept }), personal);
			expect([a.status, a.headers['content-encoding'] ?? 'identity', a.headers['cache-control'], a.headers.vary]).toEqual([200, encoding, 'private, no-cache', 'Accept-Encoding']);
			expect(decode[encoding](a.body!).equals(bytes)).toBe(true);
			const again = await answerPublished(published, req({ acceptEncoding: accept, ifNoneMatch: a.headers.etag }), personal);
			expect([again.status, again.body]).toEqual([304, null]);
		}
	});
});
