import { appDb } from '$lib/server/db/app-db';
import { feedRequestOf, notFoundResponse, toResponse } from '$lib/server/feeds/http';
import { personalFeedAnswer } from '$lib/server/feeds/serve';
import type { RequestHandler } from './$types';

/** A personal feed, reached by its token; unknown, revoked and disabled-user tokens are 404 alike. */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const answer = await personalFeedAnswer(appDb(), params.token, feedRequestOf(request), url.origin, request.headers.get('user-agent'));
	return answer ? toResponse(answer) : notFoundResponse();
};
