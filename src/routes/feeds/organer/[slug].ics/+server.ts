import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { cachedPublicFeed } from '$lib/server/feeds/cache';
import { feedResponse } from '$lib/server/feeds/http';
import { bodyFeed } from '$lib/server/feeds/public';
import { ZONE } from '$lib/domain/zone';
import type { RequestHandler } from './$types';

/** One public body's meetings as iCalendar; internal and unknown bodies are 404 alike. */
export const GET: RequestHandler = async ({ request, url, params }) => {
	const db = appDb();
	const today = Temporal.Now.plainDateISO(ZONE);
	const feed = await cachedPublicFeed(db, `body|${params.slug}|${url.origin}|${today}`, () => bodyFeed(db, params.slug, today, url.origin));
	if (!feed) error(404, 'Kalenderen findes ikke');
	return feedResponse(request, feed);
};
