import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { feedResponse } from '../../../src/lib/server/feeds/http.ts';
import { renderFeed } from '../../../src/lib/server/feeds/render.ts';
import { sampleCalendar } from './sample.ts';

const feed = { calendar: sampleCalendar(), lastModified: new Date('2026-05-30T07:45:00.400Z') };
const bytes = new TextEncoder().encode(renderFeed(feed.calendar));
const ETAG = `"${createHash('sha256').update(bytes).digest('base64url')}"`;
const get = (headers: Record<string, string> = {}) => feedResponse(new Request('https://aarshjul.example.dk/feeds/offentlig.ics', { headers }), feed);

describe('feedResponse', () => {
	it('answers with the calendar, a strong ETag of its bytes, Last-Modified and a short cache time', async () => {
		const res = get();
		expect(res.status).toBe(200);
		expect(Object.fromEntries(res.headers)).toEqual({
			'content-type': 'text/calendar; charset=utf-8',
			'content-length': String(bytes.byteLength),
			etag: ETAG,
			'last-modified': 'Sat, 30 May 2026 07:45:00 GMT',
			'cache-control': 'public, max-age=300'
		});
		expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
	});

	it('answers 304 without a body for the current ETag, also weak, in a list or as *', async () => {
		for (const tag of [ETAG, `W/${ETAG}`, `"other", ${ETAG}`, '*']) {
			const res = get({ 'if-none-match': tag });
			expect([tag, res.status, res.headers.get('etag'), await res.text()]).toEqual([tag, 304, ETAG, '']);
		}
	});

	it('answers 200 for an old ETag even when If-Modified-Since would match, since If-None-Match decides', () => {
		expect(get({ 'if-none-match': '"old"', 'if-modified-since': 'Sat, 30 May 2026 07:45:00 GMT' }).status).toBe(200);
	});

	it('answers 304 to If-Modified-Since at or after Last-Modified and 200 before it', () => {
		expect(get({ 'if-modified-since': 'Sat, 30 May 2026 07:45:00 GMT' }).status).toBe(304);
		expect(get({ 'if-modified-since': 'Sun, 31 May 2026 00:00:00 GMT' }).status).toBe(304);
		expect(get({ 'if-modified-since': 'Sat, 30 May 2026 07:44:59 GMT' }).status).toBe(200);
		expect(get({ 'if-modified-since': 'i går' }).status).toBe(200);
	});
});
