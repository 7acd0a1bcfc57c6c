import { redirect } from '@sveltejs/kit';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { createFixedItem } from '$lib/server/cases/definitions';
import { appDb } from '$lib/server/db/app-db';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { fixedItemSchema } from '$lib/schemas/cases';
import { fixedItemFields, fixedItemInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	return { bodies: (await listVisibleBodies(appDb(), viewer)).map((b) => ({ code: b.code, name: b.name })) };
};

export const actions: Actions = {
	save: formAction({
		role: 'secretariat',
		form: 'create',
		schema: fixedItemSchema,
		input: fixedItemInput,
		fields: fixedItemFields,
		run: (tx, input, { viewer }) => createFixedItem(tx, viewer, input),
		done: (id) => redirect(303, `/redigering/faste-punkter/${id}?oprettet`)
	})
};
