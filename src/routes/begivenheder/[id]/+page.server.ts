import { error, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { canEditCalendar, canSeeInternal } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/audit/repository';
import { toEventInput } from '$lib/server/events/input';
import { inTransaction } from '$lib/server/db/transaction';
import { listBodies } from '$lib/server/bodies/repository';
import { deleteEvent, findEvent, updateEvent } from '$lib/server/events/service';
import { requirePageRole } from '$lib/server/http/guard';
import { eventUpdateSchema, version as versionSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { auditEntryView } from '$lib/server/audit/view';
import { eventFormValues, eventWhenText } from '$lib/server/events/form-values';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { eventInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Begivenheden er ændret af en anden siden du åbnede den – her er den nye udgave';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	const event = await findEvent(db, params.id);
	// An internal event does not exist for the public: 404, so not even its existence leaks.
	if (!event || (!event.is_public && !canSeeInternal(locals.viewer))) error(404, 'Begivenheden findes ikke');
	const body = event.body_id === null ? null : await db.selectFrom('body').select(['code', 'name', 'slug', 'is_public']).where('id', '=', event.body_id).executeTakeFirst();
	const visibleBody = body && (body.is_public || canSeeInternal(locals.viewer)) ? body : null;
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
		body: visibleBody ? { code: visibleBody.code, name: visibleBody.name, slug: visibleBody.slug } : null,
		history: canSeeInternal(locals.viewer) ? (await auditHistory(db, 'event', event.id)).map(auditEntryView) : null,
		edit: canEdit
			? { values: eventFormValues(event, body?.code ?? null), bodies: (await listBodies(db, { includeInternal: true })).map((b) => ({ code: b.code, name: b.name })) }
			: null
	};
};

export const actions: Actions = {
	update: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = eventUpdateSchema.safeParse(eventInput(values));
		if (!parsed.success) return invalidForm('update', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => updateEvent(tx, viewer, params.id, { ...toEventInput(parsed.data), version: parsed.data.version }));
		} catch (e) {
			return refusedWrite(e, { name: 'update', values, conflictMessage: CONFLICT });
		}
		return { form: 'update', saved: 'Begivenheden er gemt.' };
	},
	delete: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = versionSchema.safeParse(values.version);
		if (!parsed.success) return invalidForm('delete', values, { form: parsed.error.issues[0]?.message ?? 'Ugyldigt versionsnummer' });
		try {
			await inTransaction((tx) => deleteEvent(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'delete', values, conflictMessage: CONFLICT });
		}
		redirect(303, '/redigering/begivenheder');
	}
};
