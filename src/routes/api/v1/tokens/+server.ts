import { z } from 'zod';
import { issueApiToken, listApiTokens } from '$lib/server/auth/tokens';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { apiTokenSchema } from '$lib/schemas/auth';

export const GET = api(async ({ locals, url }) => {
	requireApiRole(locals, 'admin');
	parseQuery(url, z.object({}), []);
	const tokens = await listApiTokens(appDb());
	return json(tokens.map((t) => ({ id: t.id, name: t.name, role: t.role, unit: t.unit, createdAt: t.created_at, lastUsedAt: t.last_used_at, revokedAt: t.revoked_at })));
});

/** The token is in this response only; the database keeps its hash. */
export const POST = api(async ({ locals, request }) => {
	const viewer = requireApiRole(locals, 'admin');
	const input = await parseJsonBody(request, apiTokenSchema);
	const created = await inTransaction((tx) => issueApiToken(tx, viewer, input));
	return json({ id: created.id, name: input.name, role: input.role, token: created.token }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
