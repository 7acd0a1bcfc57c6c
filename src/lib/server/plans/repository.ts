import { Temporal } from 'temporal-polyfill';
import { generatePlan, mergePlan, type DayOffPolicy, type MonthWithout, type PlanMerge, type PlanSpec, type PlannedSlot, type SkippedSlot } from '../../domain/meeting-plan.ts';
import type { PlanRule } from '../../domain/plan-dates.ts';
import type { WorkingCalendar } from '../../domain/working-days.ts';
import { ZONE } from '../../domain/zone.ts';
import type { Db } from '../db/index.ts';
import type { BodyRow, MeetingStatus } from '../db/schema.ts';
import { localDay, toDate, toInstant } from '../db/temporal.ts';

export interface PlanPreview {
	slots: PlannedSlot[];
	skipped: SkippedSlot[];
	monthsWithout: MonthWithout[];
	merge: PlanMerge;
}

async function anchorDates(db: Db, spec: PlanSpec, year: number): Promise<Temporal.PlainDate[]> {
	if (spec.rule.kind !== 'relative') return [];
	// Anchors a little into the neighbouring years, so an offset may cross New Year.
	const from = Temporal.PlainDate.from({ year: year - 1, month: 12, day: 1 }).toZonedDateTime(ZONE).toInstant();
	const to = Temporal.PlainDate.from({ year: year + 1, month: 2, day: 1 }).toZonedDateTime(ZONE).toInstant();
	const rows = await db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.select('m.starts_at')
		.where('b.code', '=', spec.rule.anchorBody)
		.where('m.status', '!=', 'cancelled')
		.where('m.starts_at', '>=', toDate(from))
		.where('m.starts_at', '<', toDate(to))
		.orderBy('m.starts_at')
		.execute();
	return rows.map((r) => localDay(r.starts_at));
}

async function existingPlanMeetings(db: Db, planId: number | undefined) {
	if (planId === undefined) return [];
	const rows = await db
		.selectFrom('meeting')
		.select(['id', 'plan_key', 'starts_at', 'ends_at', 'status', 'changed_by_hand', 'deleted_at'])
		.select((eb) => eb.exists(eb.selectFrom('case_stage').select('case_stage.case_id').whereRef('case_stage.meeting_id', '=', 'meeting.id')).as('has_cases'))
		.where('plan_id', '=', planId)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		planKey: r.plan_key ?? '',
		start: toInstant(r.starts_at),
		end: toInstant(r.ends_at),
		status: r.status,
		// A meeting deleted by hand must not come back when the year is regenerated, and one that
		// cases are planned on is moved only by hand, where the secretariat sees what it breaks.
		changedByHand: r.changed_by_hand || r.deleted_at !== null || Boolean(r.has_cases)
	}));
}

/**
 * What generating `spec` for `year` would create, change and keep; saves nothing. `moreAnchors`:
 * for a relative plan, anchor days not yet saved (the anchor body's own plan in the same preview).
 */
export async function previewPlan(db: Db, cal: WorkingCalendar, body: BodyRow, year: number, spec: PlanSpec, moreAnchors: readonly Temporal.PlainDate[] = []): Promise<PlanPreview> {
	const plan = await db.selectFrom('meeting_plan').select('id').where('body_id', '=', body.id).where('year', '=', year).executeTakeFirst();
	const anchors = [...(await anchorDates(db, spec, year)), ...moreAnchors].sort(Temporal.PlainDate.compare);
	const { slots, skipped, monthsWithout } = generatePlan(spec, year, cal, body.code, anchors);
	const yearSlots = slots.filter((s) => s.start.year === year);
	return { slots: yearSlots, skipped, monthsWithout: monthsWithout.filter((m) => m.year === year), merge: mergePlan(await existingPlanMeetings(db, plan?.id), yearSlots) };
}

/**
 * Accepts a generated year: stores the plan and applies the merge. Meetings moved or cancelled
 * by hand are never touched. Call inside a transaction.
 */
export async function acceptPlan(
	db: Db,
	cal: WorkingCalendar,
	body: BodyRow,
	year: number,
	spec: PlanSpec,
	opts: { isDemo?: boolean } = {}
): Promise<PlanPreview & { planId: number }> {
	const preview = await previewPlan(db, cal, body, year, spec);
	const values = {
		body_id: body.id,
		year,
		rule: JSON.stringify(spec.rule),
		start_time: spec.startTime.toString(),
		duration_minutes: spec.durationMinutes,
		exclude_months: spec.excludeMonths,
		on_day_off: spec.onDayOff ?? 'skip',
		keep_morning_on_half_day: spec.keepMorningOnHalfDay ?? true,
		location: body.default_location,
		is_demo: opts.isDemo ?? false
	};
	const { id: planId } = await db
		.insertInto('meeting_plan')
		.values(values)
		.onConflict((oc) =>
			oc.columns(['body_id', 'year']).doUpdateSet((eb) => ({
				rule: eb.ref('excluded.rule'),
				start_time: eb.ref('excluded.start_time'),
				duration_minutes: eb.ref('excluded.duration_minutes'),
				exclude_months: eb.ref('excluded.exclude_months'),
				on_day_off: eb.ref('excluded.on_day_off'),
				keep_morning_on_half_day: eb.ref('excluded.keep_morning_on_half_day'),
				version: eb(eb.ref('meeting_plan.version'), '+', 1),
				updated_at: new Date()
			}))
		)
		.returning('id')
		.executeTakeFirstOrThrow();

	const { create, update, remove } = preview.merge;
	if (create.length) {
		await db
			.insertInto('meeting')
			.values(
				create.map((s) => ({
					body_id: body.id,
					starts_at: toDate(s.start.toInstant()),
					ends_at: toDate(s.end.toInstant()),
					location: body.default_location,
					plan_id: planId,
					plan_key: s.key,
					is_demo: opts.isDemo ?? false
				}))
			)
			.execute();
	}
	for (const { id, slot } of update) {
		await db
			.updateTable('meeting')
			.set((eb) => ({
				starts_at: toDate(slot.start.toInstant()),
				ends_at: toDate(slot.end.toInstant()),
				sequence: eb(eb.ref('sequence'), '+', 1),
				version: eb(eb.ref('version'), '+', 1),
				updated_at: new Date()
			}))
			.where('id', '=', id)
			.execute();
	}
	if (remove.length) await db.deleteFrom('meeting').where('id', 'in', remove).execute();
	return { ...preview, planId };
}

export interface StoredPlan {
	bodyId: number;
	bodyCode: string;
	spec: PlanSpec;
}

/** Every body's stored meeting plan for a year, by the bodies' order. */
export async function listMeetingPlans(db: Db, year: number): Promise<StoredPlan[]> {
	const rows = await db
		.selectFrom('meeting_plan as p')
		.innerJoin('body as b', 'b.id', 'p.body_id')
		.select(['p.body_id', 'b.code', 'p.rule', 'p.start_time', 'p.duration_minutes', 'p.exclude_months', 'p.on_day_off', 'p.keep_morning_on_half_day'])
		.where('p.year', '=', year)
		.orderBy('b.sort_order')
		.orderBy('b.code')
		.execute();
	return rows.map((r) => ({
		bodyId: r.body_id,
		bodyCode: r.code,
		spec: {
			rule: r.rule as PlanRule,
			startTime: Temporal.PlainTime.from(r.start_time),
			durationMinutes: r.duration_minutes,
			excludeMonths: r.exclude_months,
			onDayOff: r.on_day_off,
			keepMorningOnHalfDay: r.keep_morning_on_half_day
		}
	}));
}

/** A body's stored meeting plan (mødeplan) for one year, to pre-fill the form that regenerates it. */
export async function findMeetingPlan(
	db: Db,
	bodyId: number,
	year: number
): Promise<{ rule: PlanRule; startTime: string; durationMinutes: number; excludeMonths: number[]; onDayOff: DayOffPolicy; keepMorningOnHalfDay: boolean } | undefined> {
	const row = await db
		.selectFrom('meeting_plan')
		.select(['rule', 'start_time', 'duration_minutes', 'exclude_months', 'on_day_off', 'keep_morning_on_half_day'])
		.where('body_id', '=', bodyId)
		.where('year', '=', year)
		.executeTakeFirst();
	if (!row) return undefined;
	return { rule: row.rule as PlanRule, startTime: row.start_time.slice(0, 5), durationMinutes: row.duration_minutes, excludeMonths: row.exclude_months, onDayOff: row.on_day_off, keepMorningOnHalfDay: row.keep_morning_on_half_day };
}

/** When and whether the given meetings are held, for a preview that shows what it would move or keep. */
export async function meetingTimes(db: Db, ids: string[]): Promise<Map<string, { starts_at: Date; status: MeetingStatus }>> {
	if (ids.length === 0) return new Map();
	const rows = await db.selectFrom('meeting').select(['id', 'starts_at', 'status']).where('id', 'in', ids).execute();
	return new Map(rows.map((r) => [r.id, { starts_at: r.starts_at, status: r.status }]));
}
