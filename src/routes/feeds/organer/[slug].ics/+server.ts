import { appDb } from '$lib/server/db/app-db';
import { countFetch } from '$lib/server/feeds/fetches';
import { answerPrepared, feedRequestOf, notFoundResponse, toResponse } from '$lib/server/feeds/http';
import { publicFeedFor } from '$lib/server/feeds/serve';
import type { RequestHandler } from './$types';

/** One public body's meetings as iCalendar; internal and unknown bodies are 404 alike. See offentlig.ics. */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const feed = await publicFeedFor(appDb(), { kind: 'body', slug: params.slug }, url.origin);
	if (!feed) return notFoundResponse();
	countFetch(feed.key, request.headers.get('user-agent'));
	return toResponse(answerPrepared(feed, feedRequestOf(request)));
};
