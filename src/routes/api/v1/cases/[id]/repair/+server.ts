import type { RequestHandler } from './$types';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { caseResponse } from '$lib/server/cases/response';
import { applyRepair } from '$lib/server/cases/service';
import { api, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { repairSchema } from '$lib/schemas/cases';

/** Accepts a proposed repair: `changes` as given in a conflict's repair. */
export const POST: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'editor');
	const input = await parseJsonBody(request, repairSchema);
	const c = await inTransaction((tx) => applyRepair(tx, viewer, params.id, input));
	return caseResponse(appDb(), c, true);
});
