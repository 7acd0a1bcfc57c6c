import { error, redirect } from '@sveltejs/kit';
import { canEditCalendar, hasRole } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { appDb } from '$lib/server/db/app-db';
import { eventFormValues, eventWhenText } from '$lib/server/events/form-values';
import { toEventInput } from '$lib/server/events/input';
import { findVisibleEvent } from '$lib/server/events/repository';
import { deleteEvent, updateEvent } from '$lib/server/events/service';
import { deleteAction, formAction } from '$lib/server/http/forms';
import { eventUpdateSchema } from '$lib/schemas/calendar';
import { eventInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Begivenheden er ændret af en anden siden du åbnede den – her er den nye udgave';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	// An internal event does not exist for the public: 404, so not even its existence leaks.
	const event = await findVisibleEvent(db, locals.viewer, params.id);
	if (!event) error(404, 'Begivenheden findes ikke');
	const canEdit = canEditCalendar(locals.viewer);
	return {
		event: {
			id: event.id,
			title: event.title,
			description: event.description,
			category: event.category,
			location: event.location,
			public: event.is_public,
			when: eventWhenText(event)
		},
		body: event.body,
		history: hasRole(locals.viewer, 'reader') ? (await auditHistory(db, 'event', event.id)).map(auditEntryView) : null,
		edit: canEdit
			? { values: eventFormValues(event, event.body?.code ?? null), bodies: (await listVisibleBodies(db, locals.viewer)).map((b) => ({ code: b.code, name: b.name })) }
			: null
	};
};

export const actions: Actions = {
	update: formAction({
		role: 'secretariat',
		form: 'update',
		schema: eventUpdateSchema,
		input: eventInput,
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => updateEvent(tx, viewer, params.id!, { ...toEventInput(input), version: input.version }),
		done: () => ({ saved: 'Begivenheden er gemt.' })
	}),
	delete: deleteAction({
		role: 'secretariat',
		conflictMessage: CONFLICT,
		run: (tx, version, { viewer, params }) => deleteEvent(tx, viewer, params.id!, version),
		done: () => redirect(303, '/redigering/begivenheder')
	})
};
