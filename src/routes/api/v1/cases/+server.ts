import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { listVisibleCases } from '$lib/server/cases/repository';
import { caseResponse, casesResponse } from '$lib/server/cases/serialize';
import { createCase } from '$lib/server/cases/service';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { api, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { caseCreateSchema, stageStatus } from '$lib/schemas/cases';
import { bodyCode } from '$lib/schemas/query';

const query = z.object({
	body: bodyCode.optional(),
	unit: z.string().max(200).optional(),
	status: stageStatus.optional(),
	closed: z.enum(['true', 'false'], { error: 'closed skal være true eller false' }).transform((v) => v === 'true').optional(),
	q: z.string().max(200).optional()
});

/** Cases; the public sees open cases only. */
export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, query, ['body', 'unit', 'status', 'closed', 'q']);
	const db = appDb();
	const cases = await listVisibleCases(db, locals.viewer, { bodyCode: q.body, unit: q.unit, status: q.status, closed: q.closed, query: q.q });
	// Each case's stages are shown against the whole calendar, wherever in the years they lie.
	return casesResponse(db, cases, locals.viewer);
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'editor');
	const input = await parseJsonBody(request, caseCreateSchema);
	const now = Temporal.Now.instant();
	const created = await inTransaction((tx) => createCase(tx, viewer, input, now));
	return caseResponse(appDb(), created, viewer, 201);
});
