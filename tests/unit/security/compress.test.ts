import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, compressed } from '../../../src/lib/server/http/compress.ts';

const html = `<!doctype html><p>${'Kommunalbestyrelsen '.repeat(200)}</p>`;
const page = (headers: Record<string, string> = {}) => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', etag: '"abc"', ...headers } });
const asking = (encoding?: string, method = 'GET') => new Request('http://localhost/', { method, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('compression of HTML and JSON', () => {
	it('chooses brotli, else gzip, as Accept-Encoding allows', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
		expect(chooseEncoding('deflate')).toBe(null);
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('*;q=0, identity')).toBe(null);
		expect(chooseEncoding(null)).toBe(null);
	});

	it('answers brotli with the same bytes inside, a weak ETag and Vary', async () => {
		const res = await compressed(asking('gzip, br'), page());
		expect(res.headers.get('content-encoding')).toBe('br');
		expect(res.headers.get('vary')).toBe('Accept-Encoding');
		expect(res.headers.get('etag')).toBe('W/"abc"');
		const body = new Uint8Array(await res.arrayBuffer());
		expect(Number(res.headers.get('content-length'))).toBe(body.byteLength);
		expect(body.byteLength).toBeLessThan(html.length / 10);
		expect(brotliDecompressSync(body).toString('utf8')).toBe(html);
	});

	it('compresses a page from its text as SvelteKit rendered it, not from the body', async () => {
		// Another text than the response's body, so the test sees which one was compressed.
		const text = `<!doctype html><p>${'Økonomiudvalget – årshjul '.repeat(200)}</p>`;
		const response = page();
		const res = await compressed(asking('br'), response, text);
		expect(res.headers.get('content-encoding')).toBe('br');
		const body = new Uint8Array(await res.arrayBuffer());
		expect(Number(res.headers.get('content-length'))).toBe(body.byteLength);
		expect(brotliDecompressSync(body).toString('utf8')).toBe(text);
	});

	it('answers gzip to a client that only takes gzip, JSON problems included', async () => {
		const problem = JSON.stringify({ title: 'Ugyldige parametre', detail: 'x'.repeat(2000) });
		const res = await compressed(asking('gzip'), new Response(problem, { status: 400, headers: { 'content-type': 'application/problem+json' } }));
		expect([res.status, res.headers.get('content-encoding')]).toEqual([400, 'gzip']);
		expect(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString('utf8')).toBe(problem);
	});

	it('leaves feeds, encoded bodies, small bodies and clients without Accept-Encoding alone', async () => {
		const feed = new Response('BEGIN:VCALENDAR\r\n'.repeat(200), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
		const feedRes = await compressed(asking('br'), feed);
		expect([feedRes.headers.get('content-encoding'), feedRes.headers.get('vary')]).toEqual([null, null]);
		expect(await feedRes.text()).toBe('BEGIN:VCALENDAR\r\n'.repeat(200));
		const plain = await compressed(asking(), page());
		expect([plain.headers.get('content-encoding'), plain.headers.get('vary'), plain.headers.get('etag'), await plain.text()]).toEqual([null, 'Accept-Encoding', '"abc"', html]);
		const small = await compressed(asking('br'), new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }));
		expect([small.headers.get('content-encoding'), await small.text()]).toEqual([null, '{"a":1}']);
		const already = await compressed(asking('br'), page({ 'content-encoding': 'gzip' }));
		expect(already.headers.get('content-encoding')).toBe('gzip');
	});
});
