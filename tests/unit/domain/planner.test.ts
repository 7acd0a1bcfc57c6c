import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { PathStage } from '../../../src/lib/domain/case-path.ts';
import { planBackward, planForward, type Plan } from '../../../src/lib/domain/planner.ts';
import { createPlanningContext, withMeetingChange, type PlannerMeeting } from '../../../src/lib/domain/planning-context.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';
import { at, bodies, instant, meeting, spring2023, staffPath } from './planner-spring-2023.ts';

const cal = createWorkingCalendar();
const ctx = createPlanningContext({ meetings: spring2023, bodies, calendar: cal });

/** A plan as plain strings, so one assertion covers every stage. */
function plain(plan: Plan) {
	return plan.stages.map((s) => ({
		body: s.bodyCode,
		meeting: s.meetingId,
		deadline: s.deadline?.toString() ?? null,
		cycle: s.cycleKey
	}));
}
const ids = (plan: Plan) => plan.stages.map((s) => s.meetingId);
const withoutLink = staffPath.map((s) => ({ ...s, afterPreviousBeforeDeadline: false }));

describe('planBackward', () => {
	it('plans the equality report 2023 as in the minutes: DIR 12 April → HU 27 April → ØK 16 May → KB 23 May', () => {
		const plan = planBackward(ctx, staffPath, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(plain(plan)).toEqual([
			{ body: 'DIR', meeting: 'dir-0412', deadline: '2023-03-31T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' },
			{ body: 'HU', meeting: 'hu-0427', deadline: '2023-04-18T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' },
			{ body: 'ØK', meeting: 'ok-0516', deadline: '2023-05-08T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' },
			{ body: 'KB', meeting: 'kb-0523', deadline: '2023-05-12T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' }
		]);
		expect(plan.conflicts).toEqual([]);
		expect(plan.stages.map((s) => s.role)).toEqual(['drøftelse', 'drøftelse', 'indstilling', 'beslutning']);
		expect(plan.stages[2]?.start?.toString()).toBe('2023-05-16T16:00:00+02:00[Europe/Copenhagen]');
	});

	it('takes the latest board meeting before HU when the write-up does not wait for the board', () => {
		const plan = planBackward(ctx, withoutLink, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(ids(plan)).toEqual(['dir-0426', 'hu-0427', 'ok-0516', 'kb-0523']);
	});

	it('keeps a least gap of 14 days from DIR to HU', () => {
		const path = withoutLink.map((s, i) => (i === 1 ? { ...s, minGapDays: 14 } : s));
		expect(ids(planBackward(ctx, path, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00')))).toEqual([
			'dir-0412',
			'hu-0427',
			'ok-0516',
			'kb-0523'
		]);
	});

	it('allows the same day with a gap of 0, but never the same or a later hour', () => {
		const sameDay = createPlanningContext({
			meetings: [
				meeting('ok-0516', 'ØK', '2023-05-16T16:00'),
				meeting('ok-0523-morning', 'ØK', '2023-05-23T09:00'),
				meeting('ok-0523-evening', 'ØK', '2023-05-23T18:00'),
				meeting('kb-0523', 'KB', '2023-05-23T17:00')
			],
			bodies,
			calendar: cal
		});
		const path = (minGapDays: number): PathStage[] => [
			{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false },
			{ bodyCode: 'KB', role: 'beslutning', minGapDays, afterPreviousBeforeDeadline: false }
		];
		const now = instant('2023-05-01T00:00');
		expect(ids(planBackward(sameDay, path(0), { meetingId: 'kb-0523' }, now))).toEqual(['ok-0523-morning', 'kb-0523']);
		expect(ids(planBackward(sameDay, path(1), { meetingId: 'kb-0523' }, now))).toEqual(['ok-0516', 'kb-0523']);
	});

	it('decides on the last council meeting on or before a date', () => {
		const now = instant('2023-03-15T00:00');
		expect(ids(planBackward(ctx, staffPath, { by: Temporal.PlainDate.from('2023-06-19') }, now))).toEqual([
			'dir-0412',
			'hu-0427',
			'ok-0516',
			'kb-0523'
		]);
		expect(ids(planBackward(ctx, staffPath, { by: Temporal.PlainDate.from('2023-05-23') }, now))).toEqual([
			'dir-0412',
			'hu-0427',
			'ok-0516',
			'kb-0523'
		]);
	});

	it('falls back to the earlier cycle when the decision is in April, in winter time', () => {
		const plan = planBackward(ctx, staffPath, { by: Temporal.PlainDate.from('2023-05-22') }, instant('2023-03-01T00:00'));
		expect(plain(plan)).toEqual([
			{ body: 'DIR', meeting: 'dir-0308', deadline: '2023-03-01T12:00:00+01:00[Europe/Copenhagen]', cycle: '2023-04-18' },
			{ body: 'HU', meeting: 'hu-0323', deadline: '2023-03-14T12:00:00+01:00[Europe/Copenhagen]', cycle: '2023-04-18' },
			{ body: 'ØK', meeting: 'ok-0411', deadline: '2023-03-29T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-04-18' },
			{ body: 'KB', meeting: 'kb-0418', deadline: '2023-04-05T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-04-18' }
		]);
	});

	it('skips a board meeting whose deadline is past and reports that the case cannot make it', () => {
		const plan = planBackward(ctx, staffPath, { meetingId: 'kb-0523' }, instant('2023-04-01T00:00'));
		expect(ids(plan)).toEqual([null, 'hu-0427', 'ok-0516', 'kb-0523']);
		expect(plan.conflicts).toEqual([
			{
				code: 'no-meeting-in-window',
				stage: 0,
				message: 'Der er intet møde i DIR før HU 27. april 2023, der holder afstanden og fristen.',
				repairs: [
					{
						kind: 'reschedule',
						changes: [
							{ stage: 0, meetingId: 'dir-0419' },
							{ stage: 1, meetingId: 'hu-0525' },
							{ stage: 2, meetingId: 'ok-0613' },
							{ stage: 3, meetingId: 'kb-0620' }
						],
						description: 'Planlæg i stedet tidligst muligt: sagen når KB 20. juni 2023.'
					}
				]
			}
		]);
	});

	it('never chooses a cancelled meeting', () => {
		const cancelled = withMeetingChange(ctx, 'dir-0412', 'cancelled');
		const plan = planBackward(cancelled, staffPath, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(plain(plan)[0]).toEqual({
			body: 'DIR',
			meeting: 'dir-0405',
			deadline: '2023-03-29T12:00:00+02:00[Europe/Copenhagen]',
			// with DIR 12 April cancelled, DIR 5 April opens the May rul
			cycle: '2023-05-23'
		});
	});

	it('reports a path that cannot fit: no HU meeting between DIR and ØK', () => {
		const noHu = withMeetingChange(ctx, 'hu-0427', 'cancelled');
		const plan = planBackward(noHu, staffPath, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(ids(plan)).toEqual([null, null, 'ok-0516', 'kb-0523']);
		expect(plan.conflicts).toEqual([
			{
				code: 'no-meeting-in-window',
				stage: 1,
				message: 'Der er intet møde i HU før ØK 16. maj 2023, der holder afstanden og fristen.',
				repairs: [
					{
						kind: 'reschedule',
						changes: [
							{ stage: 0, meetingId: 'dir-0322' },
							{ stage: 1, meetingId: 'hu-0525' },
							{ stage: 2, meetingId: 'ok-0613' },
							{ stage: 3, meetingId: 'kb-0620' }
						],
						description: 'Planlæg i stedet tidligst muligt: sagen når KB 20. juni 2023.'
					}
				]
			}
		]);
	});

	it('honours local closures in the deadlines it plans against', () => {
		const closed = createPlanningContext({
			meetings: spring2023,
			bodies,
			calendar: createWorkingCalendar([
				{ from: Temporal.PlainDate.from('2023-04-12'), to: Temporal.PlainDate.from('2023-04-18'), name: 'Flytning', bodyCodes: null }
			])
		});
		const plan = planBackward(closed, staffPath, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(plain(plan).slice(0, 2)).toEqual([
			{ body: 'DIR', meeting: 'dir-0405', deadline: '2023-03-29T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' },
			{ body: 'HU', meeting: 'hu-0427', deadline: '2023-04-11T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' }
		]);
	});

	it('refuses a target that is cancelled, unknown or of another body', () => {
		const now = instant('2023-03-15T00:00');
		const codes = (plan: Plan) => plan.conflicts.map((c) => [c.code, c.stage, c.message]);
		expect(codes(planBackward(withMeetingChange(ctx, 'kb-0523', 'cancelled'), staffPath, { meetingId: 'kb-0523' }, now))).toEqual([
			['meeting-cancelled', 3, 'KB 23. maj 2023 er aflyst.']
		]);
		expect(codes(planBackward(ctx, staffPath, { meetingId: 'kb-1999' }, now))).toEqual([
			['meeting-missing', 3, 'Beslutningsmødet findes ikke.']
		]);
		expect(codes(planBackward(ctx, staffPath, { meetingId: 'ok-0516' }, now))).toEqual([
			['meeting-wrong-body', 3, 'ØK 16. maj 2023 er ikke et møde i KB, hvor sagen skal besluttes.']
		]);
	});

	it('keeps a target whose deadline is past, but says so', () => {
		const plan = planBackward(ctx, staffPath, { meetingId: 'kb-0523' }, instant('2023-05-12T12:01'));
		expect(ids(plan)).toEqual([null, null, null, 'kb-0523']);
		expect(plan.conflicts.map((c) => [c.code, c.stage, c.message])).toEqual([
			['deadline-passed', 3, 'Fristen for KB 23. maj 2023 var 12. maj 2023 og er overskredet.'],
			['no-meeting-in-window', 2, 'Der er intet møde i ØK før KB 23. maj 2023, der holder afstanden og fristen.']
		]);
	});

	it('reports no council meeting by the date', () => {
		const plan = planBackward(ctx, staffPath, { by: Temporal.PlainDate.from('2023-03-27') }, instant('2023-03-15T00:00'));
		expect(ids(plan)).toEqual([null, null, null, null]);
		expect(plan.conflicts[0]?.message).toBe(
			'Der er intet møde i KB senest 27. marts 2023 med en frist, der ikke er overskredet.'
		);
	});
});

describe('planForward', () => {
	const now = instant('2023-03-15T00:00');

	it('chooses the earliest meetings whose deadlines are not before the start', () => {
		// DIR 5 and 12 April have their deadlines on 29 and 31 March, before a start on 3 April.
		const plan = planForward(ctx, withoutLink, Temporal.PlainDate.from('2023-04-03'), now);
		expect(ids(plan)).toEqual(['dir-0419', 'hu-0427', 'ok-0516', 'kb-0523']);
		expect(plan.conflicts).toEqual([]);
		expect(plan.stages.map((s) => s.deadlinePassed)).toEqual([false, false, false, false]);
	});

	it('counts a deadline on the start date itself', () => {
		expect(ids(planForward(ctx, withoutLink, Temporal.PlainDate.from('2023-03-29'), now))[0]).toBe('dir-0405');
		expect(ids(planForward(ctx, withoutLink, Temporal.PlainDate.from('2023-03-30'), now))[0]).toBe('dir-0412');
	});

	it('waits for the next HU when the board meets after its deadline', () => {
		const plan = planForward(ctx, staffPath, Temporal.PlainDate.from('2023-04-13'), now);
		expect(plain(plan)).toEqual([
			{ body: 'DIR', meeting: 'dir-0426', deadline: '2023-04-19T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-05-23' },
			{ body: 'HU', meeting: 'hu-0525', deadline: '2023-05-15T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-06-20' },
			{ body: 'ØK', meeting: 'ok-0613', deadline: '2023-06-05T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-06-20' },
			{ body: 'KB', meeting: 'kb-0620', deadline: '2023-06-12T12:00:00+02:00[Europe/Copenhagen]', cycle: '2023-06-20' }
		]);
	});

	it('starts from now, skipping meetings whose deadline is past', () => {
		const later = instant('2023-04-13T10:00');
		expect(ids(planForward(ctx, staffPath, later, later))).toEqual(['dir-0426', 'hu-0525', 'ok-0613', 'kb-0620']);
	});

	it('leaves the rest unscheduled when a body has no later meeting', () => {
		const plan = planForward(ctx, staffPath, Temporal.PlainDate.from('2023-05-26'), now);
		expect(ids(plan)).toEqual(['dir-0607', null, null, null]);
		expect(plan.conflicts).toEqual([
			{
				code: 'no-meeting-in-window',
				stage: 1,
				message: 'Der er intet møde i HU efter DIR 7. juni 2023 med en frist, der ikke er overskredet.',
				repairs: []
			}
		]);
	});
});

describe('createPlanningContext', () => {
	it('refuses meetings of unknown bodies and duplicate ids', () => {
		expect(() => createPlanningContext({ meetings: [meeting('x', 'XYZ', '2023-05-01T10:00')], bodies, calendar: cal })).toThrow(
			'meeting x belongs to unknown body XYZ'
		);
		expect(() =>
			createPlanningContext({
				meetings: [meeting('x', 'KB', '2023-05-01T10:00'), meeting('x', 'KB', '2023-05-02T10:00')],
				bodies,
				calendar: cal
			})
		).toThrow('meeting x is given twice');
	});

	it('moves a meeting in a derived context and leaves the original alone', () => {
		const moved = withMeetingChange(ctx, 'ok-0516', at('2023-05-24T16:00'));
		expect(moved.byId.get('ok-0516')?.meeting.start.toString()).toBe('2023-05-24T16:00:00+02:00[Europe/Copenhagen]');
		expect(ctx.byId.get('ok-0516')?.meeting.start.toString()).toBe('2023-05-16T16:00:00+02:00[Europe/Copenhagen]');
		expect(moved.byId.get('ok-0516')?.cycleKey).toBe('2023-06-20');
	});

	// Speed is measured by `npm run bench`, not asserted here: this proves a large plan is complete.
	it('plans 1,000 cases against 5,000 meetings without a conflict', () => {
		const codes = Array.from({ length: 20 }, (_, i) => `B${i}`);
		const manyBodies = [...bodies, ...codes.map((code) => ({ code, kind: 'other' as const, deadline: { workingDays: 5, time: Temporal.PlainTime.from('12:00') } }))];
		const meetings: PlannerMeeting[] = [];
		const first = Temporal.PlainDate.from('2024-01-01');
		for (const [b, code] of codes.entries()) {
			for (let week = 0; week < 240; week++) {
				const date = first.add({ days: week * 7 + (b % 5) });
				meetings.push(meeting(`${code}-${week}`, code, `${date}T10:00`));
			}
		}
		for (let month = 0; month < 56; month++) {
			meetings.push(meeting(`kb-${month}`, 'KB', `${first.add({ months: month, days: 20 })}T17:00`));
		}
		const big = createPlanningContext({ meetings, bodies: manyBodies, calendar: cal });
		let planned = 0;
		for (let c = 0; c < 1000; c++) {
			const path: PathStage[] = [0, 1, 2].map((k) => ({
				bodyCode: codes[(c + k * 7) % 20] as string,
				role: 'drøftelse' as const,
				minGapDays: 1,
				afterPreviousBeforeDeadline: k === 1
			}));
			path.push({ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false });
			const plan = planBackward(big, path, { meetingId: `kb-${10 + (c % 40)}` }, instant('2024-01-01T00:00'));
			if (plan.conflicts.length === 0) planned++;
		}
		expect(planned).toBe(1000);
	});
});

describe('plans for any date', () => {
	const deadlines = (plan: Plan) => plan.stages.map((s) => [s.meetingId, s.deadline?.toPlainDate().toString() ?? null, s.deadlinePassed]);

	it('plans the equality report decided at KB 23 May 2023 as the minutes have it, seen from 2026, its deadlines flagged as past', () => {
		const plan = planBackward(ctx, staffPath, { meetingId: 'kb-0523' }, instant('2026-12-01T12:00'));
		expect(deadlines(plan)).toEqual([
			['dir-0412', '2023-03-31', true],
			['hu-0427', '2023-04-18', true],
			['ok-0516', '2023-05-08', true],
			['kb-0523', '2023-05-12', true]
		]);
		expect(plan.conflicts).toEqual([]);
	});

	it('plans a past decision by a date the same way', () => {
		const plan = planBackward(ctx, staffPath, { by: Temporal.PlainDate.from('2023-05-31') }, instant('2026-12-01T12:00'));
		expect(ids(plan)).toEqual(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523']);
	});

	it('as of a date before the deadlines, the same plan has none passed', () => {
		const plan = planBackward(ctx, staffPath, { meetingId: 'kb-0523' }, instant('2023-03-15T00:00'));
		expect(plan.stages.map((s) => s.deadlinePassed)).toEqual([false, false, false, false]);
	});

	it('forward from a start before today gives the plan from then and names the start that can no longer be met', () => {
		const plan = planForward(ctx, staffPath, Temporal.PlainDate.from('2023-03-01'), instant('2023-04-13T10:00'));
		expect(deadlines(plan)).toEqual([
			['dir-0308', '2023-03-01', true],
			['hu-0323', '2023-03-14', true],
			['ok-0411', '2023-03-29', true],
			['kb-0418', '2023-04-05', true]
		]);
		expect(plan.conflicts).toEqual([
			{
				code: 'start-passed',
				stage: 0,
				message: 'Sagen kan ikke længere starte 1. marts 2023: fristen for DIR 8. marts 2023 var 1. marts 2023.',
				repairs: [
					{
						kind: 'reschedule',
						changes: [
							{ stage: 0, meetingId: 'dir-0426' },
							{ stage: 1, meetingId: 'hu-0525' },
							{ stage: 2, meetingId: 'ok-0613' },
							{ stage: 3, meetingId: 'kb-0620' }
						],
						description: 'Planlæg i stedet tidligst muligt: sagen når KB 20. juni 2023.'
					}
				]
			}
		]);
	});
});
