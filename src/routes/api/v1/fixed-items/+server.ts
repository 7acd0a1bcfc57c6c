import { z } from 'zod';
import { canSeeInternal } from '$lib/server/auth/access';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { createFixedItem } from '$lib/server/cases/definitions';
import { listFixedItems, type FixedItemListItem } from '$lib/server/cases/repository';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { fixedItemSchema } from '$lib/schemas/cases';
import { bodyCode } from '$lib/schemas/query';

const itemJson = (f: FixedItemListItem) => ({ id: f.id, body: f.body_code, title: f.title, description: f.description, rule: f.rule, closed: f.is_closed, sortOrder: f.sort_order, version: f.version });

/** Fixed items; closed ones and those of internal bodies only for signed-in staff. */
export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, z.object({ body: bodyCode.optional() }), ['body']);
	const staff = canSeeInternal(locals.viewer);
	const items = await listFixedItems(appDb(), q.body ? [q.body] : undefined);
	return json(items.filter((f) => staff || (!f.is_closed && f.body_is_public)).map(itemJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, fixedItemSchema);
	const id = await inTransaction((tx) => createFixedItem(tx, viewer, input));
	const created = (await listFixedItems(appDb(), [input.body])).find((f) => f.id === id)!;
	return json(itemJson(created), { status: 201 });
});
