import { Temporal } from 'temporal-polyfill';
import { isDueYear, type FixedItemRule } from '../../domain/fixed-items.ts';
import { describePlanRule } from '../../domain/plan-dates.ts';
import { ZONE } from '../../domain/zone.ts';
import { caseCreateSchema, planRequestSchema } from '../../schemas/cases.ts';
import type { Viewer } from '../auth/access.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { listAllTemplates, listVisibleCases, listVisibleFixedItems } from '../cases/repository.ts';
import { createCase, proposePlan } from '../cases/service.ts';
import { templatePathText } from '../cases/serialize.ts';
import { listVisibleClosures, loadWorkingCalendar } from '../closures/repository.ts';
import type { Db } from '../db/index.ts';
import type { BodyRow } from '../db/schema.ts';
import { invalidField } from '../http/problem.ts';
import { longDate } from '../../format.ts';
import { listMeetingPlans, previewPlan, type PlanPreview, type StoredPlan } from './repository.ts';
import { acceptBodyPlan } from './service.ts';

/**
 * The year rollover: next year's meeting calendar started from this year's plans in one go. The
 * fixed items and case templates are rules without a year and carry over as they are; the
 * preview says which of them fall due next year. The calendar itself is then a case of its own,
 * on its way through ØK to the council for approval.
 */
export interface RolloverPlan {
	body: string;
	bodyName: string;
	rule: string;
	start: string;
	minutes: number;
	/** 'new': carried over and generated; 'exists': next year has its own plan already, left alone */
	status: 'new' | 'exists';
	meetings: number;
	moved: { from: string; to: string; reason: string }[];
	skipped: number;
	monthsWithout: string[];
}

export interface RolloverPreview {
	from: number;
	to: number;
	plans: RolloverPlan[];
	fixedItems: { body: string; title: string; dueNextYear: boolean }[];
	templates: { name: string; path: string }[];
	approvalCase: { title: string; exists: boolean; path: string };
	/** this year's local closures: dated, so not carried over; next year's are made on their own page */
	closures: { name: string; from: string; to: string; body: string | null }[];
}

const title = (year: number) => `Mødekalender ${year}`;

/** Relative plans after the plans they are anchored on, so the anchors exist when they are generated. */
function inAnchorOrder(plans: StoredPlan[]): StoredPlan[] {
	const rank = (p: StoredPlan) => (p.spec.rule.kind === 'relative' ? 1 : 0);
	return [...plans].sort((a, b) => rank(a) - rank(b));
}

/** The council's approval path: ØK recommends, the council decides, each by its kind. */
function approvalPath(bodies: readonly BodyRow[]) {
	const finance = bodies.find((b) => b.kind === 'finance-committee');
	const council = bodies.find((b) => b.kind === 'council');
	if (!council) throw invalidField('from', 'Der er ingen kommunalbestyrelse at godkende mødekalenderen');
	return [...(finance ? [{ body: finance.code, role: 'indstilling' as const }] : []), { body: council.code, role: 'beslutning' as const }];
}

async function planned(db: Db, viewer: Viewer, from: number) {
	if (!Number.isInteger(from) || from < 1982 || from > 2199) throw invalidField('from', 'Året skal være mellem 1982 og 2199');
	const to = from + 1;
	const [carried, existing, bodies] = await Promise.all([listMeetingPlans(db, from), listMeetingPlans(db, to), listVisibleBodies(db, viewer)]);
	if (carried.length === 0) throw invalidField('from', `Der er ingen mødeplaner for ${from} at bygge ${to} på`);
	const taken = new Set(existing.map((p) => p.bodyCode));
	return { to, carried: inAnchorOrder(carried), taken, bodies };
}

/** What starting `from + 1` from `from`'s plans would create; saves nothing. */
export async function rolloverPreview(db: Db, viewer: Viewer, from: number, now: Temporal.Instant): Promise<RolloverPreview> {
	const { to, carried, taken, bodies } = await planned(db, viewer, from);
	const cal = await loadWorkingCalendar(db);
	const byCode = new Map(bodies.map((b) => [b.code, b]));
	// Next year's days of each body generated here, for the plans anchored on them.
	const generated = new Map<string, Temporal.PlainDate[]>();
	const plans: RolloverPlan[] = [];
	for (const p of carried) {
		const body = byCode.get(p.bodyCode)!;
		const base = { body: body.code, bodyName: body.name, rule: describePlanRule(p.spec.rule), start: p.spec.startTime.toString({ smallestUnit: 'minute' }), minutes: p.spec.durationMinutes };
		if (taken.has(p.bodyCode)) {
			plans.push({ ...base, status: 'exists', meetings: 0, moved: [], skipped: 0, monthsWithout: [] });
			continue;
		}
		const anchors = p.spec.rule.kind === 'relative' ? (generated.get(p.spec.rule.anchorBody) ?? []) : [];
		const preview: PlanPreview = await previewPlan(db, cal, body, to, p.spec, anchors);
		generated.set(body.code, preview.slots.map((s) => s.start.toPlainDate()));
		plans.push({
			...base,
			status: 'new',
			meetings: preview.slots.length,
			moved: preview.slots.flatMap((s) => (s.movedBecause === undefined ? [] : [{ from: longDate(Temporal.PlainDate.from(s.key)), to: longDate(s.start.toPlainDate()), reason: s.movedBecause }])),
			skipped: preview.skipped.length,
			monthsWithout: preview.monthsWithout.map((m) => m.message)
		});
	}
	const [fixed, templates, cases, closures] = await Promise.all([listVisibleFixedItems(db, viewer), listAllTemplates(db), listVisibleCases(db, viewer, { query: title(to) }), listVisibleClosures(db, viewer)]);
	const path = approvalPath(bodies);
	return {
		from,
		to,
		plans,
		fixedItems: fixed.map((f) => {
			const rule = f.rule as FixedItemRule;
			return { body: f.body_code, title: f.title, dueNextYear: rule.kind !== 'every-n-years' || isDueYear(rule, to) };
		}),
		templates: templates.map((t) => ({ name: t.name, path: templatePathText(t) })),
		approvalCase: { title: title(to), exists: cases.some((c) => c.title === title(to)), path: (await proposePlanFor(db, path, now)).join(' → ') },
		closures: closures
			.filter((c) => c.from_date <= `${from}-12-31` && c.to_date >= `${from}-01-01`)
			.map((c) => ({ name: c.name, from: longDate(Temporal.PlainDate.from(c.from_date)), to: longDate(Temporal.PlainDate.from(c.to_date)), body: c.body_code }))
	};
}

/** The approval path as it would be planned from today: 'ØK 12. januar 2027' … */
async function proposePlanFor(db: Db, path: ReturnType<typeof approvalPath>, now: Temporal.Instant): Promise<string[]> {
	const start = now.toZonedDateTimeISO(ZONE).toPlainDate();
	const plan = await proposePlan(db, planRequestSchema.parse({ path, start: start.toString() }), now);
	return plan.stages.map((s) => `${s.body} ${s.meeting ? longDate(Temporal.PlainDate.from(s.meeting.start.slice(0, 10))) : '(intet møde)'}`);
}

/**
 * Starts `from + 1`: each carried plan accepted (its meetings created, with its audit row), and
 * the approval case created and planned from today. One transaction: call inside one.
 */
export async function acceptRollover(db: Db, viewer: Viewer, from: number, now: Temporal.Instant) {
	const { to, carried, taken, bodies } = await planned(db, viewer, from);
	const started = carried.filter((p) => !taken.has(p.bodyCode));
	if (started.length === 0) throw invalidField('from', `Alle organer har allerede en mødeplan for ${to}`);
	// The closures are the same for every plan: the working calendar is read once.
	const calendar = await loadWorkingCalendar(db);
	const plans: { body: string; meetings: number }[] = [];
	for (const p of started) {
		const result = await acceptBodyPlan(db, viewer, p.bodyCode, to, p.spec, calendar);
		plans.push({ body: p.bodyCode, meetings: result.slots.length });
	}
	const existing = (await listVisibleCases(db, viewer, { query: title(to) })).find((c) => c.title === title(to));
	const approval =
		existing ??
		(await createCase(
			db,
			viewer,
			caseCreateSchema.parse({
				title: title(to),
				description: `Kommunalbestyrelsens, udvalgenes og direktionens møder i ${to}, bygget på mødeplanerne for ${from}.`,
				stages: approvalPath(bodies),
				plan: { start: now.toZonedDateTimeISO(ZONE).toPlainDate().toString() }
			}),
			now
		));
	return { from, to, plans, approvalCase: { id: approval.id, title: approval.title, created: existing === undefined } };
}
