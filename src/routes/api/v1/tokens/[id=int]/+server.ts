import type { RequestHandler } from './$types';
import { withdrawApiToken } from '$lib/server/auth/tokens';
import { inTransaction } from '$lib/server/db/transaction';
import { api } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';

export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'admin');
	await inTransaction((tx) => withdrawApiToken(tx, viewer, Number(params.id)));
	return new Response(null, { status: 204 });
});
