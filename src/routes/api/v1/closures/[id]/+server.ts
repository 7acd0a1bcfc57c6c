import type { RequestHandler } from './$types';
import { inTransaction } from '$lib/server/db/transaction';
import { deleteClosure } from '$lib/server/closures/service';
import { api } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';

export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id < 1) throw notFound('Lukkeperioden');
	await inTransaction((tx) => deleteClosure(tx, viewer, id));
	return new Response(null, { status: 204 });
});
