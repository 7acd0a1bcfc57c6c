import type { PlanSpec } from '../../domain/meeting-plan.ts';
import type { WorkingCalendar } from '../../domain/working-days.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import type { Db } from '../db/index.ts';
import { acceptPlan, meetingTimes, previewPlan, type PlanPreview } from './repository.ts';
import { bodyByCode } from '../bodies/repository.ts';
import { count } from '../../format.ts';

/** What accepting the plan would do, with the time and status of each existing meeting it would move, keep or remove. */
export async function previewBodyPlan(db: Db, code: string, year: number, spec: PlanSpec) {
	const preview: PlanPreview = await previewPlan(db, await loadWorkingCalendar(db), await bodyByCode(db, code), year, spec);
	const { update, keep, remove } = preview.merge;
	return { ...preview, existing: await meetingTimes(db, [...update.map((u) => u.id), ...keep.map((k) => k.id), ...remove]) };
}

/**
 * Accepts a generated year and records what it created, moved and removed. Run in a transaction.
 * `calendar`: the working calendar when the caller already has it (a rollover accepts many plans).
 */
export async function acceptBodyPlan(db: Db, viewer: Viewer, code: string, year: number, spec: PlanSpec, calendar?: WorkingCalendar) {
	const body = await bodyByCode(db, code);
	const result = await acceptPlan(db, calendar ?? (await loadWorkingCalendar(db)), body, year, spec);
	const { create, update, keep, remove } = result.merge;
	await recordAudit(db, viewer, {
		action: 'accept-plan',
		entity: 'meeting_plan',
		entityId: result.planId,
		summary: `Mødeplan ${year} for ${code}: ${count(create.length, 'nyt', 'nye')}, ${update.length} flyttet, ${remove.length} fjernet, ${keep.length} bevaret`,
		after: { rule: spec.rule, start: spec.startTime.toString({ smallestUnit: 'minute' }), minutes: spec.durationMinutes, excludeMonths: spec.excludeMonths, onDayOff: spec.onDayOff ?? 'skip', keepMorningOnHalfDay: spec.keepMorningOnHalfDay ?? true }
	});
	return result;
}
