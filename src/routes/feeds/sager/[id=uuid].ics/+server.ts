import { appDb } from '$lib/server/db/app-db';
import { countFetch } from '$lib/server/feeds/fetches';
import { answerPrepared, feedRequestOf, notFoundResponse, toResponse } from '$lib/server/feeds/http';
import { publicFeedFor } from '$lib/server/feeds/serve';
import type { RequestHandler } from './$types';

/**
 * An open case's stages and deadlines at public bodies, for anyone: calendar clients send no
 * cookies, so this address answers as for the public even when a signed-in user opens it.
 * Closed and unknown cases are 404 alike. See offentlig.ics.
 */
export const GET: RequestHandler = async ({ request, url, params }) => {
	if (!/^[0-9a-fA-F-]{36}$/.test(params.id)) return notFoundResponse();
	const feed = await publicFeedFor(appDb(), { kind: 'case', id: params.id.toLowerCase() }, url.origin);
	if (!feed) return notFoundResponse();
	countFetch(feed.key, request.headers.get('user-agent'));
	return toResponse(answerPrepared(feed, feedRequestOf(request)));
};
