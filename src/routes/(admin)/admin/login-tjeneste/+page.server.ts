import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { requirePageRole } from '$lib/server/http/guard';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { localLoginOff, ssoConfig } from '$lib/server/sso/config';
import { loadMapping } from '$lib/server/sso/repository';
import { addRoleRule, removeRoleRule, saveMappingSettings } from '$lib/server/sso/service';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { ssoRuleIdSchema, ssoRuleSchema, ssoSettingsSchema } from '$lib/schemas/sso';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	const sso = ssoConfig();
	const mapping = await loadMapping(appDb());
	return {
		configured: sso !== null,
		issuer: sso?.issuer.href ?? null,
		redirectUri: `${url.origin}/login/sso/callback`,
		localLoginOff: localLoginOff(),
		breakGlass: process.env.BREAK_GLASS_EMAIL?.trim() || null,
		mapping: {
			roleClaim: mapping.roleClaim,
			unitClaim: mapping.unitClaim,
			defaultRole: mapping.defaultRole,
			version: mapping.version,
			rules: mapping.rules.map((r, i) => ({ id: mapping.ruleIds[i]!, ...r }))
		}
	};
};

export const actions: Actions = {
	settings: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const parsed = ssoSettingsSchema.safeParse(values);
		if (!parsed.success) return invalidForm('settings', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => saveMappingSettings(tx, viewer, parsed.data));
			return { form: 'settings', saved: 'Indstillingerne er gemt. De gælder fra hver brugers næste login.' };
		} catch (e) {
			return refusedWrite(e, { name: 'settings', values });
		}
	},
	addRule: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const parsed = ssoRuleSchema.safeParse(values);
		if (!parsed.success) return invalidForm('addRule', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => addRoleRule(tx, viewer, parsed.data.claimValue, parsed.data.role));
			return { form: 'addRule', saved: `Reglen for ${parsed.data.claimValue} er gemt.` };
		} catch (e) {
			return refusedWrite(e, { name: 'addRule', values });
		}
	},
	deleteRule: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const parsed = ssoRuleIdSchema.safeParse(values);
		if (!parsed.success) return invalidForm('deleteRule', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => removeRoleRule(tx, viewer, parsed.data.id));
			return { form: 'deleteRule', saved: 'Reglen er slettet.' };
		} catch (e) {
			return refusedWrite(e, { name: 'deleteRule', values });
		}
	}
};
