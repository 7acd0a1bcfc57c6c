import { error, redirect } from '@sveltejs/kit';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { findVisibleBody } from '$lib/server/bodies/repository';
import { bodyFormValues } from '$lib/server/bodies/serialize';
import { updateBody } from '$lib/server/bodies/service';
import { appDb } from '$lib/server/db/app-db';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { bodyUpdateSchema } from '$lib/schemas/calendar';
import { bodyInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const b = await findVisibleBody(db, viewer, { code: params.code });
	if (!b) error(404, 'Organet findes ikke');
	return {
		code: b.code,
		name: b.name,
		slug: b.slug,
		values: bodyFormValues(b),
		history: (await auditHistory(db, 'body', b.code)).map(auditEntryView)
	};
};

export const actions: Actions = {
	default: formAction({
		role: 'secretariat',
		form: 'update',
		schema: bodyUpdateSchema,
		input: bodyInput,
		conflictMessage: 'Organet er ændret af en anden siden du åbnede det – her er den nye udgave',
		run: (tx, input, { viewer, params }) => updateBody(tx, viewer, params.code!, input),
		done: (body, { params }) => {
			// The code may have changed, and with it this page's address.
			if (body.code !== params.code) redirect(303, `/redigering/organer/${encodeURIComponent(body.code)}`);
			return { saved: 'Organet er gemt.' };
		}
	})
};
