import { redirect } from '@sveltejs/kit';
import { inTransaction } from '$lib/server/db/transaction';
import { createBody } from '$lib/server/bodies/service';
import { requirePageRole } from '$lib/server/http/guard';
import { bodySchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { bodyInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = bodySchema.safeParse(bodyInput(values));
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		let code: string;
		try {
			code = (await inTransaction((tx) => createBody(tx, viewer, parsed.data))).code;
		} catch (e) {
			return refusedWrite(e, { name: 'create', values });
		}
		redirect(303, `/redigering/organer/${encodeURIComponent(code)}`);
	}
};
