/**
 * Where a login may send the browser afterwards: a path on this site, or `/`. The raw value
 * comes decoded from the query string, so it may hold what a browser ignores or rewrites in a
 * Location header — a tab or newline (`/\t/evil.example` becomes `//evil.example`, another
 * host), a backslash (read as a slash), other whitespace, control or format characters — or what
 * cannot stand in a header at all (CR/LF, characters beyond Latin-1). Any of those, anything not
 * starting with a single `/`, and anything the URL parser resolves to another origin give `/`.
 * What passes is sent as the URL parser writes it back: ASCII, non-ASCII percent-encoded.
 */
const PLACEHOLDER_ORIGIN = 'http://aarshjul.invalid';
// C0/C1 controls, DEL, any whitespace (incl. NBSP, U+2028/2029), format characters (bidi marks, zero-width, BOM), backslash.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\s\p{Cf}\\]/u;

export function safeRedirectTarget(raw: string | null): string {
	if (!raw || raw.length > 2048 || !raw.startsWith('/') || raw.startsWith('//') || UNSAFE.test(raw)) return '/';
	let url: URL;
	try {
		url = new URL(raw, PLACEHOLDER_ORIGIN);
	} catch {
		return '/';
	}
	if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
	const target = url.pathname + url.search + url.hash;
	// The parser may still fold something into a second leading slash (e.g. dot segments).
	return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}
