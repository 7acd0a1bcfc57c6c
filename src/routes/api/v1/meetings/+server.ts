import { z } from 'zod';
import { queriedVisibleBody } from '$lib/server/bodies/repository';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { findVisibleMeeting, visibleMeetingsWithCycles } from '$lib/server/meetings/repository';
import { meetingJson, meetingRowJson } from '$lib/server/meetings/serialize';
import { createMeeting } from '$lib/server/meetings/service';
import { meetingCreateSchema } from '$lib/schemas/calendar';
import { bodyCode, dateSpan } from '$lib/schemas/query';

const query = dateSpan.and(z.object({ body: bodyCode.optional() }));

export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, query, ['from', 'to', 'body']);
	const db = appDb();
	let bodyIds: number[] | undefined;
	if (q.body) {
		bodyIds = [(await queriedVisibleBody(db, locals.viewer, q.body)).id];
	}
	const meetings = await visibleMeetingsWithCycles(db, locals.viewer, { from: q.from, to: q.to, bodyIds });
	return json(meetings.map(meetingJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, meetingCreateSchema);
	const meeting = await inTransaction(async (tx) => findVisibleMeeting(tx, viewer, (await createMeeting(tx, viewer, input)).id));
	return json(meetingRowJson(meeting!, meeting!.body), { status: 201, headers: { location: `/api/v1/meetings/${meeting!.id}` } });
});
