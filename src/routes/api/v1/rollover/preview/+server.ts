import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { rolloverPreview } from '$lib/server/plans/rollover';
import { rolloverSchema } from '$lib/schemas/calendar';

/** What starting next year from this year's plans would create; saves nothing. */
export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, rolloverSchema);
	return json(await rolloverPreview(appDb(), viewer, input.from, Temporal.Now.instant()));
});
