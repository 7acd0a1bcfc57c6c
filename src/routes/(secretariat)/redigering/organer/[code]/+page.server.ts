import { error, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { auditHistory } from '$lib/server/audit/repository';
import { inTransaction } from '$lib/server/db/transaction';
import { findBody } from '$lib/server/bodies/repository';
import { updateBody } from '$lib/server/bodies/service';
import { requirePageRole } from '$lib/server/http/guard';
import { bodyUpdateSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { auditEntryView } from '$lib/server/audit/view';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { bodyInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const b = await findBody(db, { code: params.code }, { includeInternal: true });
	if (!b) error(404, 'Organet findes ikke');
	return {
		code: b.code,
		name: b.name,
		slug: b.slug,
		values: {
			code: b.code,
			slug: b.slug,
			name: b.name,
			kind: b.kind,
			color: b.color,
			public: b.is_public ? 'on' : '',
			defaultStart: b.default_start_time.slice(0, 5),
			defaultMinutes: String(b.default_duration_minutes),
			defaultLocation: b.default_location,
			deadlineDays: String(b.deadline_working_days),
			deadlineTime: b.deadline_time.slice(0, 5),
			version: String(b.version)
		},
		history: (await auditHistory(db, 'body', b.code)).map(auditEntryView)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = bodyUpdateSchema.safeParse(bodyInput(values));
		if (!parsed.success) return invalidForm('update', values, fieldErrors(parsed.error.issues));
		let code: string;
		try {
			code = (await inTransaction((tx) => updateBody(tx, viewer, params.code, parsed.data))).code;
		} catch (e) {
			return refusedWrite(e, { name: 'update', values, conflictMessage: 'Organet er ændret af en anden siden du åbnede det – her er den nye udgave' });
		}
		// The code may have changed, and with it this page's address.
		if (code !== params.code) redirect(303, `/redigering/organer/${encodeURIComponent(code)}`);
		return { form: 'update', saved: 'Organet er gemt.' };
	}
};
