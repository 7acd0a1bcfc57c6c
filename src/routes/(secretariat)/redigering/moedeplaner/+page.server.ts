import { error } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { toPlanSpec } from '$lib/server/plans/serialize';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { findMeetingPlan } from '$lib/server/plans/repository';
import { toInstant } from '$lib/server/db/temporal';
import { acceptBodyPlan, previewBodyPlan } from '$lib/server/plans/service';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import { ZONE } from '$lib/domain/zone';
import { clock, count, longDate } from '$lib/format';
import { planSchema } from '$lib/schemas/calendar';
import type { FormErrors } from '$lib/schemas/form';
import { formAction } from '$lib/server/http/forms';
import { planInput } from '$lib/schemas/form-mapping';
import { Temporal } from 'temporal-polyfill';
import type { Actions, PageServerLoad } from './$types';

/** The form names its rule fields flat ('weekday'); the schema nests them ('rule.weekday', 'rule.weeks.0'). */
const flatErrors = (errors: FormErrors): FormErrors =>
	Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^rule\./, '').replace(/\.\d+$/, ''), v]));

const day = (z: Temporal.ZonedDateTime) => ({ date: longDate(z.toPlainDate()), week: z.weekOfYear, time: `${clock(z)}` });

function previewView(p: Awaited<ReturnType<typeof previewBodyPlan>>) {
	const existing = new Map([...p.existing].map(([id, m]) => [id, { ...day(toInstant(m.starts_at).toZonedDateTimeISO(ZONE)), cancelled: m.status === 'cancelled' }]));
	return {
		create: p.merge.create.map((s) => day(s.start)),
		update: p.merge.update.map((u) => ({ id: u.id, from: existing.get(u.id)!, to: day(u.slot.start) })),
		kept: p.merge.keep.filter((k) => k.reason === 'changed-by-hand').map((k) => ({ id: k.id, ...existing.get(k.id)! })),
		remove: p.merge.remove.map((id) => ({ id, ...existing.get(id)! })),
		skipped: p.skipped.map((s) => ({ date: longDate(s.date), week: s.date.weekOfYear, reason: s.reason })),
		moved: p.slots.flatMap((s) => (s.movedBecause === undefined ? [] : [{ from: longDate(Temporal.PlainDate.from(s.key)), to: day(s.start), reason: s.movedBecause }])),
		monthsWithout: p.monthsWithout.map((m) => m.message),
		total: p.slots.length
	};
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const year = yearParam(url);
	const bodies = await listVisibleBodies(db, viewer);
	const code = url.searchParams.get('body');
	const body = code === null ? null : bodies.find((b) => b.code === code);
	if (body === undefined) error(404, 'Organet findes ikke');
	const options = { year, bodies: bodies.map((b) => ({ code: b.code, name: b.name })) };
	if (!body) return { ...options, body: null, values: null, existing: false };
	const plan = await findMeetingPlan(db, body.id, year);
	const rule = plan?.rule ?? { kind: 'weekly', weekday: 1 };
	const values: Record<string, string> = {
		body: body.code,
		year: String(year),
		kind: rule.kind,
		weekday: 'weekday' in rule ? String(rule.weekday) : '1',
		everyWeeks: rule.kind === 'weekly' && rule.everyWeeks ? String(rule.everyWeeks) : '',
		nth: rule.kind === 'monthly' ? String(rule.nth) : '1',
		anchorBody: rule.kind === 'relative' ? rule.anchorBody : '',
		offsetDays: rule.kind === 'relative' ? String(rule.offsetDays) : '-7',
		weeks: rule.kind === 'iso-weeks' ? rule.weeks.join(', ') : '',
		start: plan?.startTime ?? body.default_start_time.slice(0, 5),
		minutes: String(plan?.durationMinutes ?? body.default_duration_minutes),
		...Object.fromEntries((plan?.excludeMonths ?? []).map((m) => [`month-${m}`, 'on'])),
		onDayOff: plan?.onDayOff ?? 'skip',
		...(plan?.keepMorningOnHalfDay === false ? {} : { keepMorningOnHalfDay: 'on' })
	};
	return { ...options, body: { code: body.code, name: body.name }, values, existing: plan !== undefined };
};

export const actions: Actions = {
	preview: formAction({
		role: 'secretariat',
		form: 'plan',
		schema: planSchema,
		input: planInput,
		fields: flatErrors,
		write: false,
		run: (db, input) => previewBodyPlan(db, input.body, input.year, toPlanSpec(input)),
		done: (preview, { values }) => ({ values, preview: previewView(preview) })
	}),
	accept: formAction({
		role: 'secretariat',
		form: 'plan',
		schema: planSchema,
		input: planInput,
		fields: flatErrors,
		run: (tx, input, { viewer }) => acceptBodyPlan(tx, viewer, input.body, input.year, toPlanSpec(input)),
		done: ({ merge: { create, update, remove, keep } }, { input: { body, year }, values }) => ({
			values,
			saved: `Mødeplanen for ${body} ${year} er godkendt: ${count(create.length, 'nyt', 'nye')}, ${update.length} flyttet, ${remove.length} fjernet, ${keep.length} bevaret.`
		})
	})
};
