import { appDb } from '$lib/server/db/app-db';
import { countFetch } from '$lib/server/feeds/fetches';
import { answerPrepared, feedRequestOf, toResponse } from '$lib/server/feeds/http';
import { publicFeedFor } from '$lib/server/feeds/serve';
import type { RequestHandler } from './$types';

/**
 * All public meetings and events as iCalendar. The production server answers this before the
 * framework (feeds/before-framework.ts); this route answers the same where it does not.
 */
export const GET: RequestHandler = async ({ request, url }) => {
	const feed = (await publicFeedFor(appDb(), { kind: 'public' }, url.origin))!;
	countFetch(feed.key, request.headers.get('user-agent'));
	return toResponse(answerPrepared(feed, feedRequestOf(request)));
};
