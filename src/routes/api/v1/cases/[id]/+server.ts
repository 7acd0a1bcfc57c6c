import type { RequestHandler } from './$types';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { caseResponse } from '$lib/server/cases/response';
import { deleteCase, updateCase } from '$lib/server/cases/service';
import { getCase } from '$lib/server/cases/repository';
import { api, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { caseUpdateSchema } from '$lib/schemas/cases';
import { version } from '$lib/schemas/calendar';

export const GET: RequestHandler = api(async ({ params, locals }) => {
	const db = appDb();
	const c = await getCase(db, params.id);
	// A closed case does not exist for the public: neither title nor content.
	if (!c || (c.is_closed && !canSeeInternal(locals.viewer))) throw notFound('Sagen');
	return caseResponse(db, c, canSeeInternal(locals.viewer));
});

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'editor');
	const input = await parseJsonBody(request, caseUpdateSchema);
	const c = await inTransaction((tx) => updateCase(tx, viewer, params.id, input, Temporal.Now.instant()));
	return caseResponse(appDb(), c, true);
});

export const DELETE: RequestHandler = api(async ({ params, locals, url }) => {
	const viewer = requireApiRole(locals, 'editor');
	const q = parseQuery(url, z.object({ version }), ['version']);
	await inTransaction((tx) => deleteCase(tx, viewer, params.id, q.version));
	return new Response(null, { status: 204 });
});
