import { redirect } from '@sveltejs/kit';
import { createBody } from '$lib/server/bodies/service';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { bodySchema } from '$lib/schemas/calendar';
import { bodyInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	return {};
};

export const actions: Actions = {
	default: formAction({
		role: 'secretariat',
		form: 'create',
		schema: bodySchema,
		input: bodyInput,
		run: (tx, input, { viewer }) => createBody(tx, viewer, input),
		done: (body) => redirect(303, `/redigering/organer/${encodeURIComponent(body.code)}`)
	})
};
