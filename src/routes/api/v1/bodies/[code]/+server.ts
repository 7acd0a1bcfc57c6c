import type { RequestHandler } from './$types';
import { canSeeInternal } from '$lib/server/auth/access';
import { bodyDetailJson } from '$lib/server/bodies/serialize';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { findBody } from '$lib/server/bodies/repository';
import { updateBody } from '$lib/server/bodies/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { bodyUpdateSchema } from '$lib/schemas/calendar';

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const body = await findBody(appDb(), { code: params.code }, { includeInternal: canSeeInternal(locals.viewer) });
	if (!body) throw notFound('Organet');
	return json(bodyDetailJson(body));
});

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, bodyUpdateSchema);
	const row = await inTransaction((tx) => updateBody(tx, viewer, params.code, input));
	return json(bodyDetailJson(row));
});
