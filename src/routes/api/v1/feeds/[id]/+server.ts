import { inTransaction } from '$lib/server/db/transaction';
import { revokeSubscription } from '$lib/server/feeds/subscriptions';
import { api } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

/** Revokes one of the caller's own personal subscriptions; its URL answers 404 from now on. */
export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'reader');
	const id = Number(params.id);
	const revoked = Number.isSafeInteger(id) && id > 0 && (await inTransaction((tx) => revokeSubscription(tx, viewer, id)));
	if (!revoked) throw notFound('Abonnementet', 'Abonnementet findes ikke eller er allerede tilbagekaldt.');
	return new Response(null, { status: 204 });
});
