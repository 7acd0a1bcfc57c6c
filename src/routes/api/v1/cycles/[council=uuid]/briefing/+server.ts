import type { RequestHandler } from './$types';
import { pinBriefing } from '$lib/server/cycles/briefing';
import { inTransaction } from '$lib/server/db/transaction';
import { api, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { briefingPinSchema } from '$lib/schemas/cycles';

/** Puts Månedsgrebet for the rul ending in this council meeting on the given board meeting. */
export const PUT: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, briefingPinSchema);
	await inTransaction((tx) => pinBriefing(tx, viewer, params.council, input.meeting));
	return new Response(null, { status: 204 });
});

/** Lets the rule place Månedsgrebet for this rul again. */
export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	await inTransaction((tx) => pinBriefing(tx, viewer, params.council, null));
	return new Response(null, { status: 204 });
});
