import { appDb } from '$lib/server/db/app-db';
import { feedRequestOf, notFoundResponse, toResponse } from '$lib/server/feeds/http';
import { personalCaseFeedAnswer } from '$lib/server/feeds/serve';
import type { RequestHandler } from './$types';

/**
 * One case's feed with the rights of a personal token's owner: closed cases and stages at
 * internal bodies included. The public address /feeds/sager/{id}.ics serves open cases only.
 */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const answer = await personalCaseFeedAnswer(appDb(), params.token, params.id, feedRequestOf(request), url.origin, request.headers.get('user-agent'));
	return answer ? toResponse(answer) : notFoundResponse();
};
