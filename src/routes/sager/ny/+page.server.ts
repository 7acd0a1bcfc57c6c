import { fail, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { inTransaction } from '$lib/server/api/writes';
import { createCase, proposePlan } from '$lib/server/cases/service';
import { listBodies } from '$lib/server/db/bodies';
import { listTemplates } from '$lib/server/db/cases';
import { toDate, toInstant } from '$lib/server/db/temporal';
import { invalidForm, refusedWrite } from '$lib/server/forms/failure';
import { requirePageRole } from '$lib/server/http/guard';
import { caseCreateSchema, planRequestSchema } from '$lib/schemas/cases';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { ZONE } from '$lib/domain/zone';
import { deadlineText, moment } from '$lib/components/cases/labels';
import { longDate, clock } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';

/** How many coming meetings of the deciding body the form offers. */
const MEETING_CHOICES = 12;

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'editor');
	const db = appDb();
	const now = new Date();
	const [templates, bodies, meetings] = await Promise.all([
		listTemplates(db),
		listBodies(db, { includeInternal: true }),
		db
			.selectFrom('meeting as m')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select(['m.id', 'b.code', 'm.starts_at'])
			.where('m.deleted_at', 'is', null)
			.where('m.status', '<>', 'cancelled')
			.where('m.starts_at', '>=', now)
			.where('m.starts_at', '<', toDate(Temporal.Now.instant().add({ hours: 24 * 800 })))
			.orderBy('m.starts_at')
			.execute()
	]);
	const upcoming: Record<string, { id: string; label: string }[]> = {};
	for (const m of meetings) {
		const list = (upcoming[m.code] ??= []);
		if (list.length >= MEETING_CHOICES) continue;
		const t = toInstant(m.starts_at).toZonedDateTimeISO(ZONE);
		list.push({ id: m.id, label: `${longDate(t.toPlainDate())} kl. ${clock(t)}` });
	}
	return {
		templates: templates.map((t) => ({ id: t.id, name: t.name, stages: t.stages.map((s) => ({ body: s.body_code ?? 'FAGUDVALG', role: s.role })) })),
		bodies: bodies.map((b) => ({ code: b.code, name: b.name })),
		committees: bodies.filter((b) => b.kind === 'standing-committee').map((b) => ({ code: b.code, name: b.name })),
		unit: viewer.unit,
		upcoming
	};
};

type Form = Record<string, string>;
const orNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** The ad hoc stages the form posts as stages.0.body, stages.0.role, … in order. */
function postedStages(f: Form) {
	const out: { body: string; role: string }[] = [];
	for (let i = 0; f[`stages.${i}.body`] !== undefined; i++) out.push({ body: f[`stages.${i}.body`]!, role: f[`stages.${i}.role`] ?? 'drøftelse' });
	return out;
}

function planTarget(f: Form) {
	if (f.target === 'by') return { decide: { by: f.by ?? '' } };
	if (f.target === 'start') return { start: f.start ?? '' };
	return { decide: { meeting: f.meeting ?? '' } };
}

const path = (f: Form) => (f.pathMode === 'adhoc' ? { path: postedStages(f) } : { template: f.template ?? '' });

/** The schemas name a target's fields by their API path; the form has one input for each. */
const FIELD_OF: Record<string, string> = { 'decide.meeting': 'meeting', 'decide.by': 'by', 'plan.decide.meeting': 'meeting', 'plan.decide.by': 'by', 'plan.start': 'start', stages: 'path', template: 'template' };
const onFields = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [FIELD_OF[k] ?? (k.startsWith('path') || k.startsWith('stages') ? 'path' : k), v]));

/** A refusal by the planning service, its messages moved onto the form's inputs. */
function refusedPlan(e: unknown, values: Form) {
	const refused = refusedWrite(e, { name: 'plan', values });
	return fail(refused.status, { ...refused.data, errors: onFields(refused.data.errors) });
}

export const actions: Actions = {
	plan: async ({ locals, url, request }) => {
		requirePageRole(locals, url, 'editor');
		const values = formObject(await request.formData());
		const parsed = planRequestSchema.safeParse({ ...path(values), committee: orNull(values.committee) ?? undefined, asOf: orNull(values.asOf) ?? undefined, ...planTarget(values) });
		if (!parsed.success) return invalidForm('plan', values, onFields(fieldErrors(parsed.error.issues)));
		try {
			const now = Temporal.Now.instant();
			const plan = await proposePlan(appDb(), parsed.data, now);
			const today = now.toZonedDateTimeISO(ZONE).toPlainDate();
			return {
				form: 'plan',
				values,
				plan: {
					stages: plan.stages.map((s) => ({
						position: s.position,
						body: s.body,
						role: s.role,
						meeting: s.meeting ? { id: s.meeting.id, ...moment(s.meeting.start) } : null,
						deadline: s.deadline ? deadlineText(s.deadline) : null,
						deadlinePassed: s.deadlinePassed,
						rul: s.rul?.name ?? null
					})),
					conflicts: plan.conflicts,
					asOf: parsed.data.asOf !== undefined && !parsed.data.asOf.equals(today) ? longDate(parsed.data.asOf) : null
				}
			};
		} catch (e) {
			return refusedPlan(e, values);
		}
	},
	create: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'editor');
		const values = formObject(await request.formData());
		const adhoc = values.pathMode === 'adhoc';
		const parsed = caseCreateSchema.safeParse({
			caseNumber: orNull(values.caseNumber),
			title: values.title ?? '',
			description: values.description ?? '',
			unit: values.unit ?? '',
			responsible: values.responsible ?? '',
			committee: orNull(values.committee),
			closed: values.closed === 'on',
			...(adhoc ? { stages: postedStages(values) } : { template: values.template ?? '' }),
			plan: planTarget(values)
		});
		if (!parsed.success) return invalidForm('plan', values, onFields(fieldErrors(parsed.error.issues)));
		let id: string;
		try {
			id = (await inTransaction((tx) => createCase(tx, viewer, parsed.data, Temporal.Now.instant()))).id;
		} catch (e) {
			return refusedPlan(e, values);
		}
		redirect(303, `/sager/${id}`);
	}
};
