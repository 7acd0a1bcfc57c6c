import { canSeeInternal } from '$lib/server/auth/access';
import { eventJson } from '$lib/server/events/serialize';
import { appDb } from '$lib/server/db/app-db';
import { listEvents } from '$lib/server/events/repository';
import { dayRange } from '$lib/domain/day-range';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { toEventInput } from '$lib/server/events/input';
import { inTransaction } from '$lib/server/db/transaction';
import { createEvent } from '$lib/server/events/service';
import { eventCreateSchema } from '$lib/schemas/calendar';
import { dateSpan } from '$lib/schemas/query';

export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, dateSpan, ['from', 'to']);
	const events = await listEvents(appDb(), { fromDate: q.from, toDate: q.to, ...dayRange(q.from, q.to), includeInternal: canSeeInternal(locals.viewer) });
	return json(events.map(eventJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = toEventInput(await parseJsonBody(request, eventCreateSchema));
	const row = await inTransaction((tx) => createEvent(tx, viewer, input));
	return json(eventJson({ ...row, body_code: input.body ?? null }), { status: 201, headers: { location: `/api/v1/events/${row.id}` } });
});
