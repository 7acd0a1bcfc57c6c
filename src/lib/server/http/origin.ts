/**
 * Cross-site request forgery on the JSON API. SvelteKit checks the Origin of form posts; a JSON
 * write or a logout authenticated by the session cookie needs the same check, since a page on
 * another site can send them with the user's cookie (only CORS preflight stands in the way, and
 * a `text/plain` or `no-cors` request skips even that). A request carrying an API token
 * (`Authorization: Bearer`) is exempt: a browser never adds that on its own.
 *
 * Refused: an unsafe method whose Origin is another origin (or `null`), or that has no Origin but
 * a Sec-Fetch-Site saying another site sent it. Browsers send Origin on every cross-origin request
 * and on same-origin writes, so a request with neither header is from a program, not a browser,
 * and cannot be forged by a web page.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isBearer(authorization: string | null): boolean {
	return authorization !== null && /^\s*Bearer(\s|$)/i.test(authorization);
}

export function isCrossSiteWrite(request: Request, url: URL): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	if (isBearer(request.headers.get('authorization'))) return false;
	const origin = request.headers.get('origin');
	if (origin !== null) return origin !== url.origin;
	const site = request.headers.get('sec-fetch-site');
	return site !== null && site !== 'same-origin' && site !== 'none';
}

/** `Strict-Transport-Security` for a site served over https (ORIGIN): a year, this host only. */
export function transportSecurity(url: URL): string | null {
	return url.protocol === 'https:' ? 'max-age=31536000' : null;
}
