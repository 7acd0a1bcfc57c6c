import { error, redirect } from '@sveltejs/kit';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { deleteTemplate, updateTemplate } from '$lib/server/cases/definitions';
import { listVisibleTemplates } from '$lib/server/cases/repository';
import { templateFormValues } from '$lib/server/cases/serialize';
import { appDb } from '$lib/server/db/app-db';
import { deleteAction, formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { templateUpdateSchema } from '$lib/schemas/cases';
import { templateFields, templateInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Skabelonen er ændret af en anden siden du åbnede den – her er den nye udgave';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const id = Number(params.id);
	const template = (await listVisibleTemplates(db, viewer)).find((t) => t.id === id);
	if (!template) error(404, 'Skabelonen findes ikke');
	return {
		id,
		name: template.name,
		created: url.searchParams.has('oprettet'),
		values: templateFormValues(template),
		bodies: (await listVisibleBodies(db, viewer)).map((b) => ({ code: b.code, name: b.name })),
		history: (await auditHistory(db, 'path_template', id)).map(auditEntryView)
	};
};

export const actions: Actions = {
	save: formAction({
		role: 'secretariat',
		form: 'update',
		schema: templateUpdateSchema,
		input: templateInput,
		fields: templateFields,
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => updateTemplate(tx, viewer, Number(params.id), input),
		done: () => ({ saved: 'Skabelonen er gemt.' })
	}),
	delete: deleteAction({
		role: 'secretariat',
		conflictMessage: CONFLICT,
		run: (tx, version, { viewer, params }) => deleteTemplate(tx, viewer, Number(params.id), version),
		done: () => redirect(303, '/redigering/sagsskabeloner')
	})
};
