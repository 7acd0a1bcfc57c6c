import { Temporal } from 'temporal-polyfill';
import type { Conflict } from '../../domain/conflict-types.ts';
import { checkCasePath } from '../../domain/conflicts.ts';
import { formatInstant } from '../../domain/day-range.ts';
import { cycleName as nameOfCycle } from '../../domain/cycles.ts';
import type { Plan } from '../../domain/planner.ts';
import { meetingDeadline, type PlannerMeeting, type PlanningContext } from '../../domain/planning-context.ts';
import { canSeeInternal, maySeeStage, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import { json } from '../http/api.ts';
import { toSavedStage } from './context.ts';
import { calendarContext } from '../calendar/model.ts';
import type { CaseWithStages, FixedItemListItem, TemplateWithStages } from './repository.ts';
import { RESPONSIBLE_COMMITTEE } from '../../domain/case-path.ts';
import type { FixedItemRule } from '../../domain/fixed-items.ts';

/** The JSON shapes of cases, plans and conflicts: one place, so pages, feeds and API agree. */

/** A rul by its key, as the context's ruls name it: "2023-05-23" → "Rul maj 2023". */
const rul = (ctx: PlanningContext, key: string) => ({ key, name: ctx.cycleByKey.get(key)?.name ?? nameOfCycle(Temporal.PlainDate.from(key)) });

export const conflictJson = (c: Conflict) => ({
	code: c.code,
	stage: c.stage,
	message: c.message,
	repairs: c.repairs.map((r) =>
		r.kind === 'reschedule'
			? { kind: r.kind, description: r.description, changes: r.changes.map((ch) => ({ stage: ch.stage, meeting: ch.meetingId })) }
			: { kind: r.kind, description: r.description, changes: [{ stage: r.stage, meeting: null }] }
	)
});

export function planJson(ctx: PlanningContext, plan: Plan) {
	return {
		stages: plan.stages.map((s, position) => ({
			position,
			body: s.bodyCode,
			role: s.role,
			meeting: s.meetingId && s.start ? { id: s.meetingId, start: formatInstant(s.start.toInstant()) } : null,
			deadline: s.deadline ? formatInstant(s.deadline.toInstant()) : null,
			deadlinePassed: s.deadlinePassed,
			rul: s.cycleKey ? rul(ctx, s.cycleKey) : null
		})),
		conflicts: plan.conflicts.map(conflictJson)
	};
}

// A context now lives as long as the data (calendar/model.ts): each meeting's start and deadline
// are written out once for it, not once per stage per request.
const written = new WeakMap<PlanningContext, Map<string, { start: string; deadline: string }>>();

function meetingTimes(ctx: PlanningContext, meeting: PlannerMeeting): { start: string; deadline: string } {
	let byId = written.get(ctx);
	if (!byId) written.set(ctx, (byId = new Map()));
	let times = byId.get(meeting.id);
	if (!times) byId.set(meeting.id, (times = { start: formatInstant(meeting.start.toInstant()), deadline: formatInstant(meetingDeadline(ctx, meeting).toInstant()) }));
	return times;
}

/**
 * A case with its stages' meetings, deadlines and cycles, and the conflicts it has now. For a
 * viewer who may not see internal bodies (the public) a stage in an internal body keeps its
 * place in the path but names neither the body nor its meeting, and conflicts (staff work) are
 * left out. Read the case with findVisibleCase or listVisibleCases first.
 */
export function caseJson(ctx: PlanningContext, c: CaseWithStages, now: Temporal.Instant, viewer: Viewer | null = null) {
	const staff = canSeeInternal(viewer);
	const conflicts = staff ? checkCasePath(ctx, c.stages.map(toSavedStage), now) : [];
	return {
		id: c.id,
		caseNumber: c.case_number,
		title: c.title,
		description: c.description,
		unit: c.unit,
		responsible: c.responsible_name,
		committee: c.committee_code,
		closed: c.is_closed,
		keyCase: c.is_key_case,
		legalKind: c.legal_kind,
		template: c.template_name,
		version: c.version,
		stages: c.stages.map((s) => {
			if (!maySeeStage(viewer, s)) {
				return { position: s.position, body: null, bodyName: 'Internt forum', role: s.role, minGapDays: s.min_gap_days, afterPreviousBeforeDeadline: s.after_previous_before_deadline, status: s.status, meeting: null, deadline: null, rul: null };
			}
			const m = s.meeting_id ? ctx.byId.get(s.meeting_id) : undefined;
			const times = m ? meetingTimes(ctx, m.meeting) : undefined;
			return {
				position: s.position,
				body: s.body_code,
				bodyName: s.body_name,
				role: s.role,
				minGapDays: s.min_gap_days,
				afterPreviousBeforeDeadline: s.after_previous_before_deadline,
				status: s.status,
				meeting: s.meeting_id
					? m
						? { id: s.meeting_id, start: times!.start, cancelled: m.meeting.cancelled }
						: { id: s.meeting_id, start: null, cancelled: false }
					: null,
				deadline: times ? times.deadline : null,
				rul: m?.cycleKey ? rul(ctx, m.cycleKey) : null
			};
		}),
		conflicts: conflicts.map(conflictJson)
	};
}

export type CaseJson = ReturnType<typeof caseJson>;

// For the public a case's JSON depends on the case and the calendar alone (no conflicts, which
// depend on the time): written once per case while the data is unchanged. The case store and the
// calendar's context both live as long as the data (memoByData), so the text is keyed by both.
const publicText = new WeakMap<PlanningContext, WeakMap<CaseWithStages, string>>();

/** A list of cases as the API's JSON, with each stage against the whole calendar. Not inside a transaction. */
export async function casesResponse(db: Db, cases: readonly CaseWithStages[], viewer: Viewer | null): Promise<Response> {
	const now = Temporal.Now.instant();
	const ctx = await calendarContext(db);
	if (canSeeInternal(viewer)) return json(cases.map((c) => caseJson(ctx, c, now, viewer)));
	let texts = publicText.get(ctx);
	if (!texts) publicText.set(ctx, (texts = new WeakMap()));
	const parts = cases.map((c) => {
		let text = texts.get(c);
		if (text === undefined) texts.set(c, (text = JSON.stringify(caseJson(ctx, c, now, viewer))));
		return text;
	});
	return new Response(`[${parts.join(',')}]`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The case with its stages, deadlines and conflicts, planned against the whole calendar. Not inside a transaction. */
export async function caseResponse(db: Db, c: CaseWithStages, viewer: Viewer | null, status = 200): Promise<Response> {
	const now = Temporal.Now.instant();
	const ctx = await calendarContext(db);
	return json(caseJson(ctx, c, now, viewer), { status, ...(status === 201 ? { headers: { location: `/api/v1/cases/${c.id}` } } : {}) });
}

export const fixedItemJson = (f: FixedItemListItem) => ({
	id: f.id,
	body: f.body_code,
	title: f.title,
	description: f.description,
	rule: f.rule,
	closed: f.is_closed,
	sortOrder: f.sort_order,
	version: f.version
});

/** A fixed item as the strings its edit form shows (the names the form posts). */
export function fixedItemFormValues(f: FixedItemListItem): Record<string, string> {
	const rule = f.rule as FixedItemRule;
	const months = 'months' in rule && rule.months ? rule.months : [];
	return {
		body: f.body_code,
		title: f.title,
		description: f.description,
		kind: rule.kind,
		...Object.fromEntries(months.map((m) => [`month-${m}`, 'on'])),
		firstOnly: 'firstOnly' in rule && rule.firstOnly ? 'on' : '',
		every: rule.kind === 'every-n-years' ? String(rule.every) : '',
		fromYear: rule.kind === 'every-n-years' ? String(rule.fromYear) : '',
		closed: f.is_closed ? 'on' : '',
		sortOrder: String(f.sort_order),
		version: String(f.version)
	};
}

/** A path template as the strings its edit form shows: one row per stage, named stage-0-body, … */
/** A template's path in words, "DIR → HU → fagudvalget → ØK → KB": the responsible committee is "fagudvalget". */
export const templatePathText = (t: TemplateWithStages) =>
	t.stages.map((s) => ((s.body_code ?? RESPONSIBLE_COMMITTEE) === RESPONSIBLE_COMMITTEE ? 'fagudvalget' : s.body_code)).join(' → ');

export function templateFormValues(t: TemplateWithStages): Record<string, string> {
	const out: Record<string, string> = { name: t.name, description: t.description, version: String(t.version) };
	for (const [i, s] of t.stages.entries()) {
		out[`stage-${i}-body`] = s.body_code ?? RESPONSIBLE_COMMITTEE;
		out[`stage-${i}-role`] = s.role;
		out[`stage-${i}-minGapDays`] = String(s.min_gap_days);
		out[`stage-${i}-afterPrevious`] = s.after_previous_before_deadline ? 'on' : '';
	}
	return out;
}
