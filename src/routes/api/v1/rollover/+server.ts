import { Temporal } from 'temporal-polyfill';
import { inTransaction } from '$lib/server/db/transaction';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { acceptRollover } from '$lib/server/plans/rollover';
import { rolloverSchema } from '$lib/schemas/calendar';

/** Starts next year: the carried plans' meetings and the approval case, in one transaction. */
export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, rolloverSchema);
	const result = await inTransaction((tx) => acceptRollover(tx, viewer, input.from, Temporal.Now.instant()));
	return json(result, { status: 201 });
});
