import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { listVisibleClosures } from '$lib/server/closures/repository';
import { createClosure, deleteClosure } from '$lib/server/closures/service';
import { closureChangeImpact } from '$lib/server/cases/closure-impact';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import { danishDaysOff } from '$lib/domain/holidays';
import { longDate, textDate } from '$lib/format';
import { DAY_OFF_KIND_LABEL } from '$lib/labels';
import { closureSchema } from '$lib/schemas/calendar';
import { formAction } from '$lib/server/http/forms';
import { closureInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const year = yearParam(url);
	const db = appDb();
	const closures = (await listVisibleClosures(db, viewer)).filter((c) => c.from_date <= `${year}-12-31` && c.to_date >= `${year}-01-01`);
	return {
		year,
		closures: closures.map((c) => ({ id: c.id, name: c.name, from: textDate(Temporal.PlainDate.from(c.from_date)), to: textDate(Temporal.PlainDate.from(c.to_date)), body: c.body_code })),
		holidays: danishDaysOff(year).map((d) => ({ date: longDate(d.date), name: d.name, kind: DAY_OFF_KIND_LABEL[d.kind] })),
		bodies: (await listVisibleBodies(db, viewer)).map((b) => ({ code: b.code, name: b.name }))
	};
};

export const actions: Actions = {
	/** "Vis konsekvenser": the meetings on the closure, the deadlines it moves and the cases it breaks; saves nothing. */
	impact: formAction({
		role: 'secretariat',
		form: 'create',
		schema: closureSchema,
		input: closureInput,
		write: false,
		run: (db, { name, from, to, body }, { viewer }) => closureChangeImpact(db, { name, from, to, bodyCodes: body ? [body] : null }, Temporal.Now.instant(), viewer),
		done: (impact, { values }) => ({ values, impact })
	}),
	create: formAction({
		role: 'secretariat',
		form: 'create',
		schema: closureSchema,
		input: closureInput,
		run: (tx, input, { viewer }) => createClosure(tx, viewer, input),
		done: (row) => ({ saved: `Lukkeperioden »${row.name}« er oprettet.` })
	}),
	delete: formAction({
		role: 'secretariat',
		form: (v) => `delete-${v.id}`,
		schema: z.coerce.number().int().positive(),
		input: (v) => v.id,
		invalid: () => ({ form: 'Ukendt lukkeperiode' }),
		run: (tx, id, { viewer }) => deleteClosure(tx, viewer, id),
		done: () => ({ saved: 'Lukkeperioden er slettet.' })
	})
};
