import type { RequestHandler } from './$types';
import { inTransaction } from '$lib/server/api/writes';
import { pinBriefing } from '$lib/server/cycles/briefing';
import { api, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { briefingPinSchema } from '$lib/schemas/cycles';
import { UUID } from '$lib/schemas/query';

const councilId = (raw: string) => {
	if (!UUID.test(raw)) throw notFound('Rullet findes ikke.');
	return raw;
};

/** Puts Månedsgrebet for the rul ending in this council meeting on the given board meeting. */
export const PUT: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const council = councilId(params.council);
	const input = await parseJsonBody(request, briefingPinSchema);
	await inTransaction((tx) => pinBriefing(tx, viewer, council, input.meeting));
	return new Response(null, { status: 204 });
});

/** Lets the rule place Månedsgrebet for this rul again. */
export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const council = councilId(params.council);
	await inTransaction((tx) => pinBriefing(tx, viewer, council, null));
	return new Response(null, { status: 204 });
});
