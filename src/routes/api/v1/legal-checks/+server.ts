import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { appDb } from '$lib/server/db/app-db';
import { legalChecksForYear } from '$lib/server/cases/legal';
import { api, json, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { year } from '$lib/schemas/query';

/** The year's legal checks: each rule, whether it holds, its source and a Danish message. */
export const GET = api(async ({ url, locals }) => {
	requireApiRole(locals, 'reader');
	const q = parseQuery(url, z.object({ year }), ['year']);
	return json(await legalChecksForYear(appDb(), q.year, canSeeInternal(locals.viewer)));
});
