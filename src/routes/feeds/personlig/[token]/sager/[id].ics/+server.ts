import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { feedResponse, PRIVATE_CACHE } from '$lib/server/feeds/http';
import { caseFeed } from '$lib/server/feeds/personal';
import { subscriberByToken } from '$lib/server/feeds/subscriptions';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/**
 * One case's feed with the rights of a personal token's owner: closed cases and stages at
 * internal bodies included. The public address /feeds/sager/{id}.ics serves open cases only.
 */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const db = appDb();
	const sub = await subscriberByToken(db, params.token);
	if (!sub) error(404, 'Kalenderen findes ikke');
	const feed = await caseFeed(db, params.id, sub.viewer, Temporal.Now.plainDateISO(ZONE), url.origin);
	if (!feed) error(404, 'Kalenderen findes ikke');
	return feedResponse(request, feed, PRIVATE_CACHE);
};
