/**
 * Which sites may frame the embeds (indlejringer): the origins in `EMBED_ORIGINS`, separated by
 * commas or spaces, e.g. `https://www.kommune.dk, https://intranet.kommune.dk`. Only the embed
 * routes may be framed at all, and only by these sites and this app itself (the snippet
 * builder's preview); every other page keeps `frame-ancestors 'none'`.
 */

/** The routes a host site may frame. */
export const isEmbedPath = (pathname: string) => pathname.startsWith('/indlejr/');

export function embedOrigins(raw: string | undefined = process.env.EMBED_ORIGINS): { origins: string[]; rejected: string[] } {
	const origins: string[] = [];
	const rejected: string[] = [];
	for (const entry of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
		let origin: string | null = null;
		try {
			const url = new URL(entry);
			// Only a bare origin (scheme, host, port) is accepted, so the list cannot hide a wildcard or a path.
			const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$/i.test(url.hostname) || /^\[[0-9a-f:.]+\]$/i.test(url.hostname);
			if ((url.protocol === 'https:' || url.protocol === 'http:') && plainHost && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
		} catch {
			origin = null;
		}
		if (origin) origins.push(origin);
		else rejected.push(entry);
	}
	return { origins: [...new Set(origins)], rejected };
}

let warned = false;

/** The CSP `frame-ancestors` sources of an embed route. */
export function embedFrameAncestors(): string {
	const { origins, rejected } = embedOrigins();
	if (rejected.length && !warned) {
		warned = true;
		console.warn(`EMBED_ORIGINS: ignoring ${rejected.join(', ')} (write origins as https://www.kommune.dk)`);
	}
	return ["'self'", ...origins].join(' ');
}

/**
 * The page's Content-Security-Policy with `frame-ancestors` opened for the allowed sites; the
 * rest of the policy (nonces included) is left as SvelteKit made it.
 */
export function withEmbedFrameAncestors(csp: string): string {
	return csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${embedFrameAncestors()}`);
}
