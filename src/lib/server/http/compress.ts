import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** HTML and JSON (problems and SvelteKit's __data.json included); feeds (text/calendar) are served as they are. */
const COMPRESSIBLE = /^(text\/html|application\/json|application\/problem\+json)\b/;
// Below this a compressed body saves less than its headers and the work cost.
const MIN_BYTES = 1024;
// Brotli at quality 4: on the busiest year's wheel (640 KB of HTML) 4 ms for 87 KB, where quality 5
// takes 8 ms for 82 KB — for answers made per request, the time is worth more than the 6%.
const BROTLI_QUALITY = 4;
// Each output chunk is a round trip between the thread compressing and this one: the busiest wheel's
// 86 KB come back in one piece instead of six of zlib's default 16 KB. HTML and JSON compress to
// well under a quarter, so that is the chunk, within these bounds.
const outputChunk = (inputBytes: number) => Math.min(256 * 1024, Math.max(16 * 1024, inputBytes >> 2));

/** The encoding to answer in: brotli, else gzip, as the client's Accept-Encoding allows (a q of 0 refuses). */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	if (!acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)?.[1]).find((v) => v !== undefined);
		if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
	}
	const weight = (name: string) => accepted.get(name) ?? (accepted.get('*') ?? 0);
	if (weight('br') > 0) return 'br';
	if (weight('gzip') > 0) return 'gzip';
	return null;
}

/**
 * The response compressed as the request asks, when it is HTML or JSON not already encoded;
 * `Vary: Accept-Encoding` on every such response, so a cache keeps the encodings apart. A
 * strong ETag becomes weak: the compressed bytes are another representation of the same content.
 * `text`, when given, is the whole body as text (a page as SvelteKit rendered it): it is
 * compressed as it is, and the response's own body is not read.
 */
export async function compressed(request: Request, response: Response, text?: string): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (!COMPRESSIBLE.test(type) || response.headers.has('content-encoding') || !response.body || response.status === 204 || response.status === 304) return response;
	response.headers.append('vary', 'Accept-Encoding');
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding || request.method === 'HEAD') return response;
	let bytes: Uint8Array<ArrayBuffer>;
	if (text === undefined) bytes = new Uint8Array(await response.arrayBuffer());
	else {
		const encoded = Buffer.from(text);
		bytes = new Uint8Array(encoded.buffer as ArrayBuffer, encoded.byteOffset, encoded.byteLength);
		await response.body.cancel();
	}
	const headers = new Headers(response.headers);
	if (bytes.byteLength < MIN_BYTES) return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
	const body =
		encoding === 'br'
			? await brotli(bytes, { chunkSize: outputChunk(bytes.byteLength), params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
			: await gzipped(bytes, { chunkSize: outputChunk(bytes.byteLength) });
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(body.byteLength));
	const etag = headers.get('etag');
	if (etag?.startsWith('"')) headers.set('etag', `W/${etag}`);
	return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { status: response.status, statusText: response.statusText, headers });
}
