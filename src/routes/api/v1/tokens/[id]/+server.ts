import type { RequestHandler } from './$types';
import { recordAudit } from '$lib/server/audit/repository';
import { revokeApiToken } from '$lib/server/auth/tokens';
import { inTransaction } from '$lib/server/db/transaction';
import { api } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';

export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'admin');
	const id = Number(params.id);
	const revoked = Number.isSafeInteger(id) && id > 0 && (await inTransaction(async (tx) => {
		const ok = await revokeApiToken(tx, id);
		if (ok) await recordAudit(tx, viewer, { action: 'revoke', entity: 'api_token', entityId: id, summary: 'API-nøgle tilbagekaldt' });
		return ok;
	}));
	if (!revoked) throw notFound('API-nøglen', 'API-nøglen findes ikke eller er allerede tilbagekaldt.');
	return new Response(null, { status: 204 });
});
