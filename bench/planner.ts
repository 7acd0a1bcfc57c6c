import { Temporal } from 'temporal-polyfill';
import type { PathStage, PlannerBody } from '../src/lib/domain/case-path.ts';
import { generatePlan, type PlanRule } from '../src/lib/domain/meeting-plan.ts';
import { planBackward, planForward } from '../src/lib/domain/planner.ts';
import { createPlanningContext, type PlannerMeeting } from '../src/lib/domain/planning-context.ts';
import { createWorkingCalendar } from '../src/lib/domain/working-days.ts';

/**
 * The planner on its own: 1,000 cases planned against a calendar of 1, 2, 5 and 10 years, as
 * the server does it (build the context once, then plan every case on it).
 */
const BODIES: { code: string; kind: PlannerBody['kind']; rule: PlanRule; excludeMonths: number[] }[] = [
	{ code: 'KB', kind: 'council', rule: { kind: 'monthly', weekday: 2, nth: 4 }, excludeMonths: [7] },
	{ code: 'ØK', kind: 'finance-committee', rule: { kind: 'relative', anchorBody: 'KB', offsetDays: -7 }, excludeMonths: [] },
	{ code: 'DIR', kind: 'executive-board', rule: { kind: 'weekly', weekday: 3 }, excludeMonths: [] },
	{ code: 'HU', kind: 'med-committee', rule: { kind: 'monthly', weekday: 4, nth: 4 }, excludeMonths: [7] },
	...['MTU', 'BUU', 'SSU', 'KFU', 'EAU', 'SOU', 'TEU', 'KLU', 'BEU', 'SUU', 'ØKU'].map((code, i) => ({
		code,
		kind: 'standing-committee' as const,
		rule: { kind: 'weekly' as const, weekday: 1 + (i % 4), everyWeeks: 2 },
		excludeMonths: [7]
	}))
];

function calendarOf(years: number): PlannerMeeting[] {
	const cal = createWorkingCalendar();
	const meetings: PlannerMeeting[] = [];
	for (let year = 2020; year < 2020 + years; year++) {
		const kbDates: Temporal.PlainDate[] = [];
		for (const b of BODIES) {
			const { slots } = generatePlan({ rule: b.rule, startTime: Temporal.PlainTime.from('10:00'), durationMinutes: 120, excludeMonths: b.excludeMonths }, year, cal, b.code, kbDates);
			for (const s of slots) {
				if (b.code === 'KB') kbDates.push(s.start.toPlainDate());
				meetings.push({ id: `${b.code}-${s.key}`, bodyCode: b.code, start: s.start, cancelled: false });
			}
		}
	}
	return meetings;
}

const path = (committee: string): PathStage[] => [
	{ bodyCode: 'DIR', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: false },
	{ bodyCode: committee, role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: true },
	{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: true },
	{ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
];

export interface PlannerFigures {
	years: number;
	meetings: number;
	contextMs: number;
	backward1000Ms: number;
	forward1000Ms: number;
	planned: number;
}

export function plannerBench(): PlannerFigures[] {
	const bodies: PlannerBody[] = BODIES.map((b) => ({ code: b.code, kind: b.kind, deadline: { workingDays: 5, time: Temporal.PlainTime.from('12:00') } }));
	const committees = BODIES.filter((b) => b.kind === 'standing-committee').map((b) => b.code);
	const now = Temporal.Instant.from('2020-01-01T00:00:00Z');
	return [1, 2, 5, 10].map((years) => {
		const meetings = calendarOf(years);
		const t0 = performance.now();
		const ctx = createPlanningContext({ meetings, bodies, calendar: createWorkingCalendar() });
		const t1 = performance.now();
		const kb = meetings.filter((m) => m.bodyCode === 'KB' && m.start.month !== 1);
		let planned = 0;
		for (let c = 0; c < 1000; c++) {
			const plan = planBackward(ctx, path(committees[c % committees.length]!), { meetingId: kb[(c * 7) % kb.length]!.id }, now);
			if (plan.conflicts.length === 0) planned++;
		}
		const t2 = performance.now();
		for (let c = 0; c < 1000; c++) {
			planForward(ctx, path(committees[c % committees.length]!), Temporal.PlainDate.from({ year: 2020, month: 1 + (c % 12), day: 1 + (c % 28) }), now);
		}
		const t3 = performance.now();
		const ms = (x: number) => Math.round(x * 10) / 10;
		return { years, meetings: meetings.length, contextMs: ms(t1 - t0), backward1000Ms: ms(t2 - t1), forward1000Ms: ms(t3 - t2), planned };
	});
}
