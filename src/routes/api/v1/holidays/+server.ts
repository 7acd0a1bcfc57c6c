import { danishDaysOff } from '$lib/domain/holidays';
import { api, json, parseQuery } from '$lib/server/http/api';
import { year } from '$lib/schemas/query';
import { z } from 'zod';

export const GET = api(async ({ url }) => {
	const q = parseQuery(url, z.object({ year }), ['year']);
	return json(danishDaysOff(q.year).map((d) => ({ date: d.date.toString(), name: d.name, kind: d.kind })), {
		headers: { 'cache-control': 'public, max-age=86400' }
	});
});
