import { redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { listVisibleTemplates } from '$lib/server/cases/repository';
import { createCase, proposePlan } from '$lib/server/cases/service';
import { appDb } from '$lib/server/db/app-db';
import { toInstant } from '$lib/server/db/temporal';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { listVisibleMeetings } from '$lib/server/meetings/repository';
import { caseCreateSchema, planRequestSchema } from '$lib/schemas/cases';
import { RESPONSIBLE_COMMITTEE } from '$lib/domain/case-path';
import { ZONE } from '$lib/domain/zone';
import { clock, deadlineText, longDate, moment } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';

/** How many coming meetings of the deciding body the form offers. */
const MEETING_CHOICES = 12;

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'editor');
	const db = appDb();
	const now = Temporal.Now.instant();
	const [templates, bodies, meetings] = await Promise.all([
		listVisibleTemplates(db, viewer),
		listVisibleBodies(db, viewer),
		listVisibleMeetings(db, viewer, { from: now, to: now.add({ hours: 24 * 800 }), includeCancelled: false })
	]);
	const upcoming: Record<string, { id: string; label: string }[]> = {};
	for (const m of meetings) {
		if (m.starts_at.getTime() < now.epochMilliseconds) continue;
		const list = (upcoming[m.body_code] ??= []);
		if (list.length >= MEETING_CHOICES) continue;
		const t = toInstant(m.starts_at).toZonedDateTimeISO(ZONE);
		list.push({ id: m.id, label: `${longDate(t.toPlainDate())} kl. ${clock(t)}` });
	}
	return {
		templates: templates.map((t) => ({ id: t.id, name: t.name, stages: t.stages.map((s) => ({ body: s.body_code ?? RESPONSIBLE_COMMITTEE, role: s.role })) })),
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

export const actions: Actions = {
	/** The proposed plan, before anything is saved. */
	plan: formAction({
		role: 'editor',
		form: 'plan',
		schema: planRequestSchema,
		input: (v) => ({ ...path(v), committee: orNull(v.committee) ?? undefined, asOf: orNull(v.asOf) ?? undefined, ...planTarget(v) }),
		fields: onFields,
		write: false,
		run: (db, input) => proposePlan(db, input, Temporal.Now.instant()),
		done: (plan, { values, input }) => ({
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
				// "As of" another day than today is said on the page, so a past plan is not read as today's.
				asOf: input.asOf !== undefined && !input.asOf.equals(Temporal.Now.plainDateISO(ZONE)) ? longDate(input.asOf) : null
			}
		})
	}),
	create: formAction({
		role: 'editor',
		form: 'plan',
		schema: caseCreateSchema,
		input: (v) => ({
			caseNumber: orNull(v.caseNumber),
			title: v.title ?? '',
			description: v.description ?? '',
			unit: v.unit ?? '',
			responsible: v.responsible ?? '',
			committee: orNull(v.committee),
			closed: v.closed === 'on',
			keyCase: v.keyCase === 'on',
			...(v.pathMode === 'adhoc' ? { stages: postedStages(v) } : { template: v.template ?? '' }),
			plan: planTarget(v)
		}),
		fields: onFields,
		run: (tx, input, { viewer }) => createCase(tx, viewer, input, Temporal.Now.instant()),
		done: (created) => redirect(303, `/sager/${created.id}`)
	})
};
