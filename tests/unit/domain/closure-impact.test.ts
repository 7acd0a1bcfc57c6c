import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { closureCalendarImpact, closureCaseImpact } from '../../../src/lib/domain/closure-impact.ts';
import type { CaseForCheck } from '../../../src/lib/domain/conflicts.ts';
import { createPlanningContext, withCalendar } from '../../../src/lib/domain/planning-context.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';
import { bodies, instant, spring2023, staffPath } from './planner-spring-2023.ts';

const ctx = createPlanningContext({ meetings: spring2023, bodies, calendar: createWorkingCalendar() });
const withClosure = (from: string, to: string, bodyCodes: string[] | null) =>
	withCalendar(ctx, createWorkingCalendar([{ from: Temporal.PlainDate.from(from), to: Temporal.PlainDate.from(to), name: 'Flytning', bodyCodes }]));

/** The equality report as saved: DIR 12 April → HU 27 April → ØK 16 May → KB 23 May, all planned. */
const report: CaseForCheck = {
	id: 'ligestilling',
	stages: staffPath.map((stage, i) => ({ ...stage, meetingId: ['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523'][i]!, status: 'planned' as const }))
};
const now = instant('2023-03-15T00:00');
/** The closure's whole impact, as the closures page shows it: the calendar's, then the cases'. */
const closureImpact = (closed: ReturnType<typeof withClosure>, cases: CaseForCheck[]) => ({ ...closureCalendarImpact(ctx, closed), cases: closureCaseImpact(ctx, closed, cases, now) });

describe('closureImpact', () => {
	it('names the meeting on a closed board day and the case it breaks, before anything is saved', () => {
		const impact = closureImpact(withClosure('2023-04-12', '2023-04-12', ['DIR']), [report]);
		expect(impact.meetings).toEqual([{ meetingId: 'dir-0412', description: 'DIR 12. april 2023 (Flytning)' }]);
		// DIR's own deadlines five working days later move a day back; no other body's do.
		expect(impact.deadlines.map((d) => [d.description, d.from.toPlainDate().toString(), d.to.toPlainDate().toString()])).toEqual([
			['DIR 19. april 2023', '2023-04-12', '2023-04-11']
		]);
		expect(impact.cases.map((c) => c.conflicts.map((x) => [x.code, x.stage, x.message]))).toEqual([
			[['meeting-on-day-off', 0, 'Trin 1: DIR 12. april 2023 ligger på en lukkedag (Flytning).']]
		]);
		expect(impact.cases[0]?.conflicts[0]?.repairs[0]).toMatchObject({ kind: 'reschedule', changes: [{ stage: 0, meetingId: 'dir-0405' }] });
	});

	it('lists the deadlines a closure moves without a meeting on it, and breaks nothing that still fits', () => {
		const impact = closureImpact(withClosure('2023-05-08', '2023-05-08', null), [report]);
		expect(impact.meetings).toEqual([]);
		// 5 May 2023 is Store bededag, so ØK's deadline goes back to 4 May.
		expect(impact.deadlines.map((d) => [d.description, d.from.toString(), d.to.toString()])).toEqual([
			['DIR 10. maj 2023', '2023-05-02T12:00:00+02:00[Europe/Copenhagen]', '2023-05-01T12:00:00+02:00[Europe/Copenhagen]'],
			['ØK 16. maj 2023', '2023-05-08T12:00:00+02:00[Europe/Copenhagen]', '2023-05-04T12:00:00+02:00[Europe/Copenhagen]']
		]);
		expect(impact.cases).toEqual([]);
	});
});
