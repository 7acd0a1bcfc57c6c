import { z } from 'zod';
import { dayRange } from '$lib/domain/day-range';
import { appDb } from '$lib/server/app-db';
import { searchAudit } from '$lib/server/db/audit-queries';
import { api, json, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { isoDate } from '$lib/schemas/query';

const query = z.object({
	entity: z.enum(['meeting', 'event', 'body', 'closure', 'meeting_plan', 'api_token', 'app_user', 'case', 'path_template', 'fixed_item'], { error: 'Ukendt type' }).optional(),
	id: z.string().max(100).optional(),
	actor: z.string().max(200).optional(),
	action: z.enum(['create', 'update', 'move', 'cancel', 'restore', 'delete', 'accept-plan', 'revoke', 'sign-in', 'sign-in-refused', 'import'], { error: 'Ukendt handling' }).optional(),
	from: isoDate.optional(),
	to: isoDate.optional(),
	limit: z.coerce.number().int().min(1).max(500).default(100),
	offset: z.coerce.number().int().min(0).default(0)
});

export const GET = api(async ({ locals, url }) => {
	requireApiRole(locals, 'admin');
	const q = parseQuery(url, query, ['entity', 'id', 'actor', 'action', 'from', 'to', 'limit', 'offset']);
	const rows = await searchAudit(appDb(), {
		entity: q.entity,
		entityId: q.id,
		actor: q.actor,
		action: q.action,
		from: q.from ? dayRange(q.from, q.from).from : undefined,
		to: q.to ? dayRange(q.to, q.to).to : undefined,
		limit: q.limit,
		offset: q.offset
	});
	return json(rows.map((r) => ({ id: Number(r.id), at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary, before: r.before, after: r.after })));
});
