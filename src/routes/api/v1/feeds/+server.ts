import { appDb } from '$lib/server/app-db';
import { publicFeedLinks } from '$lib/server/feeds/public';
import { api, json, parseQuery } from '$lib/server/http/api';
import { z } from 'zod';

/** The feeds the caller may subscribe to, with absolute URLs; without login the public ones. */
export const GET = api(async ({ url }) => {
	parseQuery(url, z.object({}), []);
	const links = await publicFeedLinks(appDb());
	return json(links.map((f) => ({ name: f.name, url: `${url.origin}${f.path}`, kind: f.kind })));
});
