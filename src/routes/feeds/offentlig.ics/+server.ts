import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { feedResponse } from '$lib/server/feeds/http';
import { publicFeed } from '$lib/server/feeds/public';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/** All public meetings and events as iCalendar. */
export const GET: RequestHandler = async ({ request, url }) => {
	const feed = await publicFeed(appDb(), Temporal.Now.plainDateISO(ZONE), url.origin);
	return feedResponse(request, feed);
};
