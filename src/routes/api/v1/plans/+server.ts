import { planPreviewJson, toPlanSpec } from '$lib/server/plans/serialize';
import { inTransaction } from '$lib/server/db/transaction';
import { acceptBodyPlan } from '$lib/server/plans/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { planSchema } from '$lib/schemas/calendar';

/** Accepts a year's meeting plan; meetings moved or cancelled by hand are kept as they are. */
export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, planSchema);
	const result = await inTransaction((tx) => acceptBodyPlan(tx, viewer, input.body, input.year, toPlanSpec(input)));
	return json({ planId: result.planId, ...planPreviewJson(result) }, { status: 201 });
});
