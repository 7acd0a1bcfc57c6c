import { z } from 'zod';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { listVisibleClosures } from '$lib/server/closures/repository';
import { createClosure } from '$lib/server/closures/service';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { closureSchema } from '$lib/schemas/calendar';

const closureJson = (c: { id: number; name: string; from_date: string; to_date: string; body_code: string | null }) => ({
	id: c.id,
	name: c.name,
	from: c.from_date,
	to: c.to_date,
	body: c.body_code
});

/** Local closures are public knowledge: they explain why a body does not meet. */
export const GET = api(async ({ url, locals }) => {
	parseQuery(url, z.object({}), []);
	return json((await listVisibleClosures(appDb(), locals.viewer)).map(closureJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, closureSchema);
	const row = await inTransaction((tx) => createClosure(tx, viewer, input));
	return json(closureJson({ ...row, body_code: input.body ?? null }), { status: 201 });
});
