import { redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { toEventInput } from '$lib/server/events/input';
import { inTransaction } from '$lib/server/db/transaction';
import { listBodies } from '$lib/server/bodies/repository';
import { createEvent } from '$lib/server/events/service';
import { requirePageRole } from '$lib/server/http/guard';
import { eventCreateSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { eventInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	return { bodies: (await listBodies(appDb(), { includeInternal: true })).map((b) => ({ code: b.code, name: b.name })) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = eventCreateSchema.safeParse(eventInput(values));
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		let id: string;
		try {
			id = (await inTransaction((tx) => createEvent(tx, viewer, toEventInput(parsed.data)))).id;
		} catch (e) {
			return refusedWrite(e, { name: 'create', values });
		}
		redirect(303, `/begivenheder/${id}`);
	}
};
