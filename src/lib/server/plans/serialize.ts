import type { z } from 'zod';
import type { PlanSpec } from '../../domain/meeting-plan.ts';
import { formatInstant } from '../../domain/day-range.ts';
import type { planSchema } from '../../schemas/calendar.ts';
import type { PlanPreview } from './repository.ts';

export const toPlanSpec = (v: z.output<typeof planSchema>): PlanSpec => ({
	rule: v.rule,
	startTime: v.start,
	durationMinutes: v.minutes,
	excludeMonths: v.excludeMonths,
	onDayOff: v.onDayOff,
	keepMorningOnHalfDay: v.keepMorningOnHalfDay
});

export const planPreviewJson = (p: PlanPreview) => ({
	slots: p.slots.map((s) => ({
		key: s.key,
		start: formatInstant(s.start.toInstant()),
		end: formatInstant(s.end.toInstant()),
		...(s.movedBecause === undefined ? {} : { movedBecause: s.movedBecause })
	})),
	monthsWithout: p.monthsWithout.map((m) => ({ year: m.year, month: m.month, message: m.message })),
	skipped: p.skipped.map((s) => ({ key: s.key, reason: s.reason })),
	create: p.merge.create.map((s) => s.key),
	update: p.merge.update.map((u) => ({ id: u.id, key: u.slot.key })),
	keep: p.merge.keep,
	remove: p.merge.remove
});
