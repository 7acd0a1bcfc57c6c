import { z } from 'zod';
import { createFixedItem } from '$lib/server/cases/definitions';
import { listVisibleFixedItems } from '$lib/server/cases/repository';
import { fixedItemJson } from '$lib/server/cases/serialize';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { fixedItemSchema } from '$lib/schemas/cases';
import { bodyCode } from '$lib/schemas/query';

/** Fixed items; closed ones and those of internal bodies only for signed-in staff. */
export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, z.object({ body: bodyCode.optional() }), ['body']);
	const items = await listVisibleFixedItems(appDb(), locals.viewer, q.body ? [q.body] : undefined);
	return json(items.map(fixedItemJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, fixedItemSchema);
	const id = await inTransaction((tx) => createFixedItem(tx, viewer, input));
	const created = (await listVisibleFixedItems(appDb(), viewer, [input.body])).find((f) => f.id === id)!;
	return json(fixedItemJson(created), { status: 201 });
});
