import { canSeeInternal } from '$lib/server/auth/access';
import { bodyJson } from '$lib/server/api/serialize';
import { appDb } from '$lib/server/app-db';
import { listBodies } from '$lib/server/db/bodies';
import { api, json, parseQuery } from '$lib/server/http/api';
import { z } from 'zod';

export const GET = api(async ({ url, locals }) => {
	parseQuery(url, z.object({}), []);
	const bodies = await listBodies(appDb(), { includeInternal: canSeeInternal(locals.viewer) });
	return json(bodies.map(bodyJson));
});
