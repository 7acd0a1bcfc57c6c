import { canSeeInternal } from '$lib/server/auth/access';
import { bodyJson } from '$lib/server/bodies/serialize';
import { appDb } from '$lib/server/db/app-db';
import { listBodies } from '$lib/server/bodies/repository';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { inTransaction } from '$lib/server/db/transaction';
import { createBody } from '$lib/server/bodies/service';
import { bodySchema } from '$lib/schemas/calendar';
import { z } from 'zod';

export const GET = api(async ({ url, locals }) => {
	parseQuery(url, z.object({}), []);
	const bodies = await listBodies(appDb(), { includeInternal: canSeeInternal(locals.viewer) });
	return json(bodies.map(bodyJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, bodySchema);
	const row = await inTransaction((tx) => createBody(tx, viewer, input));
	return json(bodyJson(row), { status: 201, headers: { location: `/api/v1/bodies/${encodeURIComponent(row.code)}` } });
});
