import type { PlanSpec } from '../../domain/meeting-plan.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../auth/audit.ts';
import { loadWorkingCalendar } from '../calendar.ts';
import type { Db } from '../db/index.ts';
import { acceptPlan, previewPlan, type PlanPreview } from '../plans.ts';
import { bodyByCode } from './lookup.ts';

export async function previewBodyPlan(db: Db, code: string, year: number, spec: PlanSpec): Promise<PlanPreview> {
	return previewPlan(db, await loadWorkingCalendar(db), await bodyByCode(db, code), year, spec);
}

/** Accepts a generated year and records what it created, moved and removed. Run in a transaction. */
export async function acceptBodyPlan(db: Db, viewer: Viewer, code: string, year: number, spec: PlanSpec) {
	const body = await bodyByCode(db, code);
	const result = await acceptPlan(db, await loadWorkingCalendar(db), body, year, spec);
	const { create, update, keep, remove } = result.merge;
	await recordAudit(db, viewer, {
		action: 'accept-plan',
		entity: 'meeting_plan',
		entityId: result.planId,
		summary: `Mødeplan ${year} for ${code}: ${create.length} nye, ${update.length} flyttet, ${remove.length} fjernet, ${keep.length} bevaret`,
		after: { rule: spec.rule, start: spec.startTime.toString({ smallestUnit: 'minute' }), minutes: spec.durationMinutes, excludeMonths: spec.excludeMonths, onDayOff: spec.onDayOff ?? 'skip', keepMorningOnHalfDay: spec.keepMorningOnHalfDay ?? true }
	});
	return result;
}
