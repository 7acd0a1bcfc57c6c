import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { ROLES } from '$lib/domain/roles';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { issueApiToken, listApiTokens, withdrawApiToken } from '$lib/server/auth/tokens';
import { requirePageRole } from '$lib/server/http/guard';
import { roleSchema } from '$lib/schemas/auth';
import { title } from '$lib/schemas/calendar';
import { auditTime } from '$lib/server/audit/view';
import { formAction } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const tokenSchema = z.object({ name: title('Navnet'), role: roleSchema, unit: z.string().trim().max(200, { error: 'Enheden må højst være 200 tegn' }) });

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	const tokens = await listApiTokens(appDb());
	return {
		roles: ROLES.map((value) => ({ value, label: ROLE_LABEL[value] })),
		tokens: tokens.map((t) => ({
			id: t.id,
			name: t.name,
			role: ROLE_LABEL[t.role],
			unit: t.unit,
			createdBy: t.created_by_name ?? '–',
			created: auditTime(t.created_at),
			lastUsed: t.last_used_at ? auditTime(t.last_used_at) : null,
			revoked: t.revoked_at ? auditTime(t.revoked_at) : null
		}))
	};
};

export const actions: Actions = {
	create: formAction({
		role: 'admin',
		form: 'create',
		schema: tokenSchema,
		run: (tx, input, { viewer }) => issueApiToken(tx, viewer, input),
		// The only time the token is shown: the database keeps just its hash.
		done: (created, { input }) => ({ saved: `API-nøglen »${input.name}« er oprettet.`, token: created.token })
	}),
	revoke: formAction({
		role: 'admin',
		form: (v) => `revoke-${v.id}`,
		schema: z.coerce.number().int().positive(),
		input: (v) => v.id,
		invalid: () => ({ form: 'Ukendt API-nøgle' }),
		run: (tx, id, { viewer }) => withdrawApiToken(tx, viewer, id),
		done: () => ({ saved: 'API-nøglen er tilbagekaldt. Kald med den afvises fra nu af.' })
	})
};
