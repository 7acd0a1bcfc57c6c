import { redirect } from '@sveltejs/kit';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { appDb } from '$lib/server/db/app-db';
import { toEventInput } from '$lib/server/events/input';
import { createEvent } from '$lib/server/events/service';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { eventCreateSchema } from '$lib/schemas/calendar';
import { eventInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	return { bodies: (await listVisibleBodies(appDb(), viewer)).map((b) => ({ code: b.code, name: b.name })) };
};

export const actions: Actions = {
	default: formAction({
		role: 'secretariat',
		form: 'create',
		schema: eventCreateSchema,
		input: eventInput,
		run: (tx, input, { viewer }) => createEvent(tx, viewer, toEventInput(input)),
		done: (created) => redirect(303, `/begivenheder/${created.id}`)
	})
};
