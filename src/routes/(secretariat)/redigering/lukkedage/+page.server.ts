import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { appDb } from '$lib/server/app-db';
import { inTransaction } from '$lib/server/api/writes';
import { listBodies } from '$lib/server/db/bodies';
import { listClosures } from '$lib/server/db/closures';
import { closureChangeImpact } from '$lib/server/cases/closure-impact';
import { createClosure, deleteClosure } from '$lib/server/editing/closures';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/pages';
import { danishDaysOff } from '$lib/domain/holidays';
import { longDate } from '$lib/format';
import { closureSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { invalidForm, refusedWrite } from '$lib/server/forms/failure';
import { closureInput } from '$lib/components/forms/mapping';
import type { Actions, PageServerLoad } from './$types';

const KIND: Record<string, string> = { holiday: 'Helligdag', closed: 'Lukkedag', 'half-day': 'Fri fra kl. 12' };

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	const year = yearParam(url);
	const db = appDb();
	const closures = (await listClosures(db)).filter((c) => c.from_date <= `${year}-12-31` && c.to_date >= `${year}-01-01`);
	return {
		year,
		closures: closures.map((c) => ({ id: c.id, name: c.name, from: c.from_date, to: c.to_date, body: c.body_code })),
		holidays: danishDaysOff(year).map((d) => ({ date: longDate(d.date), name: d.name, kind: KIND[d.kind] ?? d.kind })),
		bodies: (await listBodies(db, { includeInternal: true })).map((b) => ({ code: b.code, name: b.name }))
	};
};

export const actions: Actions = {
	/** "Vis konsekvenser": the meetings on the closure, the deadlines it moves and the cases it breaks; saves nothing. */
	impact: async ({ locals, url, request }) => {
		requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = closureSchema.safeParse(closureInput(values));
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		const { name, from, to, body } = parsed.data;
		const impact = await closureChangeImpact(appDb(), { name, from, to, bodyCodes: body ? [body] : null }, Temporal.Now.instant(), true);
		return { form: 'create', values, impact };
	},
	create: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = closureSchema.safeParse(closureInput(values));
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		try {
			const row = await inTransaction((tx) => createClosure(tx, viewer, parsed.data));
			return { form: 'create', saved: `Lukkeperioden »${row.name}« er oprettet.` };
		} catch (e) {
			return refusedWrite(e, { name: 'create', values });
		}
	},
	delete: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const id = z.coerce.number().int().positive().safeParse(values.id);
		const name = `delete-${values.id}`;
		if (!id.success) return invalidForm(name, values, { form: 'Ukendt lukkeperiode' });
		try {
			await inTransaction((tx) => deleteClosure(tx, viewer, id.data));
		} catch (e) {
			return refusedWrite(e, { name, values });
		}
		return { form: name, saved: 'Lukkeperioden er slettet.' };
	}
};
