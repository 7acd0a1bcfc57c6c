import { planPreviewJson, toPlanSpec } from '$lib/server/plans/serialize';
import { appDb } from '$lib/server/db/app-db';
import { previewBodyPlan } from '$lib/server/plans/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { planSchema } from '$lib/schemas/calendar';

/** What generating a year would create, move, keep and remove; saves nothing. */
export const POST = api(async ({ request, locals }) => {
	requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, planSchema);
	return json(planPreviewJson(await previewBodyPlan(appDb(), input.body, input.year, toPlanSpec(input))));
});
