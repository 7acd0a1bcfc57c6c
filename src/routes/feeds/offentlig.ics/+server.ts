import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { cachedPublicFeed } from '$lib/server/feeds/cache';
import { feedResponse } from '$lib/server/feeds/http';
import { publicFeed } from '$lib/server/feeds/public';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/** All public meetings and events as iCalendar. */
export const GET: RequestHandler = async ({ request, url }) => {
	const db = appDb();
	const today = Temporal.Now.plainDateISO(ZONE);
	const feed = await cachedPublicFeed(db, `public|${url.origin}|${today}`, () => publicFeed(db, today, url.origin));
	return feedResponse(request, feed!);
};
