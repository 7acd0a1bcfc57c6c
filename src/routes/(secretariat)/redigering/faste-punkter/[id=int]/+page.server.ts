import { error, redirect } from '@sveltejs/kit';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { deleteFixedItem, updateFixedItem } from '$lib/server/cases/definitions';
import { listVisibleFixedItems } from '$lib/server/cases/repository';
import { fixedItemFormValues } from '$lib/server/cases/serialize';
import { appDb } from '$lib/server/db/app-db';
import { deleteAction, formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { fixedItemUpdateSchema } from '$lib/schemas/cases';
import { fixedItemFields, fixedItemInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Det faste punkt er ændret af en anden siden du åbnede det – her er den nye udgave';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const id = Number(params.id);
	const item = (await listVisibleFixedItems(db, viewer)).find((f) => f.id === id);
	if (!item) error(404, 'Det faste punkt findes ikke');
	return {
		id,
		title: item.title,
		created: url.searchParams.has('oprettet'),
		values: fixedItemFormValues(item),
		bodies: (await listVisibleBodies(db, viewer)).map((b) => ({ code: b.code, name: b.name })),
		history: (await auditHistory(db, 'fixed_item', id)).map(auditEntryView)
	};
};

export const actions: Actions = {
	save: formAction({
		role: 'secretariat',
		form: 'update',
		schema: fixedItemUpdateSchema,
		input: fixedItemInput,
		fields: fixedItemFields,
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => updateFixedItem(tx, viewer, Number(params.id), input),
		done: () => ({ saved: 'Det faste punkt er gemt.' })
	}),
	delete: deleteAction({
		role: 'secretariat',
		conflictMessage: CONFLICT,
		run: (tx, version, { viewer, params }) => deleteFixedItem(tx, viewer, Number(params.id), version),
		done: () => redirect(303, '/redigering/faste-punkter')
	})
};
