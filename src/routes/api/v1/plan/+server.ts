import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { proposePlan } from '$lib/server/cases/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { planRequestSchema } from '$lib/schemas/cases';

/** A proposed plan for a path: each stage's meeting, deadline and cycle, plus conflicts. Saves nothing. */
export const POST = api(async ({ request, locals }) => {
	requireApiRole(locals, 'reader');
	const input = await parseJsonBody(request, planRequestSchema);
	return json(await proposePlan(appDb(), input, Temporal.Now.instant()));
});
