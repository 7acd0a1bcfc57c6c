import { canSeeInternal } from '$lib/server/auth/access';
import { meetingJson, meetingRowJson } from '$lib/server/api/serialize';
import { appDb } from '$lib/server/app-db';
import { meetingsWithCycles } from '$lib/server/calendar';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { createMeeting } from '$lib/server/editing/meetings';
import { queriedBody } from '$lib/server/editing/lookup';
import { inTransaction } from '$lib/server/api/writes';
import { meetingCreateSchema } from '$lib/schemas/calendar';
import { bodyCode, dateSpan } from '$lib/schemas/query';
import { z } from 'zod';

const query = dateSpan.and(z.object({ body: bodyCode.optional() }));

export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, query, ['from', 'to', 'body']);
	const db = appDb();
	let bodyIds: number[] | undefined;
	if (q.body) {
		bodyIds = [(await queriedBody(db, q.body, canSeeInternal(locals.viewer))).id];
	}
	const meetings = await meetingsWithCycles(db, { from: q.from, to: q.to, bodyIds, includeInternal: canSeeInternal(locals.viewer) });
	return json(meetings.map(meetingJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, meetingCreateSchema);
	const { row, body } = await inTransaction(async (tx) => {
		const row = await createMeeting(tx, viewer, input);
		const body = await tx.selectFrom('body').select(['code', 'name']).where('id', '=', row.body_id).executeTakeFirstOrThrow();
		return { row, body };
	});
	return json(meetingRowJson(row, body), { status: 201, headers: { location: `/api/v1/meetings/${row.id}` } });
});
