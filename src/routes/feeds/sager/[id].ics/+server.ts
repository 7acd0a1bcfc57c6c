import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { cachedPublicFeed } from '$lib/server/feeds/cache';
import { feedResponse } from '$lib/server/feeds/http';
import { caseFeed } from '$lib/server/feeds/personal';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/**
 * An open case's stages and deadlines at public bodies, for anyone: calendar clients send no
 * cookies, so this address answers as for the public even when a signed-in user opens it.
 * Closed and unknown cases are 404 alike.
 */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const db = appDb();
	const today = Temporal.Now.plainDateISO(ZONE);
	const feed = await cachedPublicFeed(db, `case|${params.id}|${url.origin}|${today}`, () => caseFeed(db, params.id, null, today, url.origin));
	if (!feed) error(404, 'Kalenderen findes ikke');
	return feedResponse(request, feed);
};
