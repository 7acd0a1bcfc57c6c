import type { RequestHandler } from './$types';
import { bodyDetailJson } from '$lib/server/bodies/serialize';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { findVisibleBody } from '$lib/server/bodies/repository';
import { updateBody } from '$lib/server/bodies/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { bodyUpdateSchema } from '$lib/schemas/calendar';

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const body = await findVisibleBody(appDb(), locals.viewer, { code: params.code });
	if (!body) throw notFound('Organet');
	return json(bodyDetailJson(body));
});

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, bodyUpdateSchema);
	const row = await inTransaction((tx) => updateBody(tx, viewer, params.code, input));
	return json(bodyDetailJson(row));
});
