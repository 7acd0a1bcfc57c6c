import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { ROLES } from '$lib/domain/roles';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { recordAudit } from '$lib/server/audit/repository';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/auth/tokens';
import { inTransaction } from '$lib/server/db/transaction';
import { requirePageRole } from '$lib/server/http/guard';
import { roleSchema } from '$lib/schemas/auth';
import { title } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { auditTime } from '$lib/server/audit/view';
import { invalidForm } from '$lib/server/http/forms';
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
	create: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const parsed = tokenSchema.safeParse(values);
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		const created = await inTransaction(async (tx) => {
			const t = await createApiToken(tx, { ...parsed.data, createdBy: viewer.userId });
			await recordAudit(tx, viewer, { action: 'create', entity: 'api_token', entityId: t.id, summary: `API-nøgle oprettet: ${parsed.data.name} (${parsed.data.role})` });
			return t;
		});
		// The only time the token is shown: the database keeps just its hash.
		return { form: 'create', saved: `API-nøglen »${parsed.data.name}« er oprettet.`, token: created.token };
	},
	revoke: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const id = z.coerce.number().int().positive().safeParse(values.id);
		const name = `revoke-${values.id}`;
		if (!id.success) return invalidForm(name, values, { form: 'Ukendt API-nøgle' });
		const revoked = await inTransaction(async (tx) => {
			const ok = await revokeApiToken(tx, id.data);
			if (ok) await recordAudit(tx, viewer, { action: 'revoke', entity: 'api_token', entityId: id.data, summary: 'API-nøgle tilbagekaldt' });
			return ok;
		});
		if (!revoked) return invalidForm(name, values, { form: 'API-nøglen findes ikke eller er allerede tilbagekaldt.' });
		return { form: name, saved: 'API-nøglen er tilbagekaldt. Kald med den afvises fra nu af.' };
	}
};
