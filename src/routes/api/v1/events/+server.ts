import { canSeeInternal } from '$lib/server/auth/access';
import { eventJson } from '$lib/server/api/serialize';
import { appDb } from '$lib/server/app-db';
import { listEvents } from '$lib/server/db/events';
import { dayRange } from '$lib/domain/day-range';
import { api, json, parseQuery } from '$lib/server/http/api';
import { dateSpan } from '$lib/schemas/query';

export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, dateSpan, ['from', 'to']);
	const events = await listEvents(appDb(), { fromDate: q.from, toDate: q.to, ...dayRange(q.from, q.to), includeInternal: canSeeInternal(locals.viewer) });
	return json(events.map(eventJson));
});
