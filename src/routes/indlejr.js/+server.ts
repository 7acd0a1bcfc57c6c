import { EMBED_SCRIPT } from '$lib/embed/script';
import type { RequestHandler } from './$types';

/** The script tag's source for host sites: inserts an embed's frame and fits its height. */
export const GET: RequestHandler = () =>
	new Response(EMBED_SCRIPT, {
		headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600', 'cross-origin-resource-policy': 'cross-origin' }
	});
