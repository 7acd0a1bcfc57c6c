import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { feedResponse, PRIVATE_CACHE } from '$lib/server/feeds/http';
import { personalFeed } from '$lib/server/feeds/personal';
import { subscriberByToken } from '$lib/server/feeds/subscriptions';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/** A personal feed, reached by its token; unknown, revoked and disabled-user tokens are 404 alike. */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const db = appDb();
	const sub = await subscriberByToken(db, params.token);
	if (!sub) error(404, 'Kalenderen findes ikke');
	const feed = await personalFeed(db, sub, Temporal.Now.plainDateISO(ZONE), url.origin);
	return feedResponse(request, feed, PRIVATE_CACHE);
};
