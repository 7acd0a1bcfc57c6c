import { describe, expect, it } from 'vitest';
import {
	affectedByMove,
	checkCasePath,
	type CaseForCheck,
	type SavedStage,
	type StageStatus
} from '../../../src/lib/domain/conflicts.ts';
import { createPlanningContext, withMeetingChange } from '../../../src/lib/domain/planning-context.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';
import { at, bodies, instant, spring2023, staffPath } from './planner-spring-2023.ts';

const ctx = createPlanningContext({ meetings: spring2023, bodies, calendar: createWorkingCalendar() });

/** The staff path saved with these meetings and statuses. */
function saved(meetingIds: (string | null)[], statuses: StageStatus[] = ['planned', 'planned', 'planned', 'planned']): SavedStage[] {
	return staffPath.map((stage, i) => ({ ...stage, meetingId: meetingIds[i] ?? null, status: statuses[i] ?? 'planned' }));
}

/** The equality report on 1 May 2023: DIR and HU have treated it, ØK and KB are ahead. */
const equalityReport: CaseForCheck = {
	id: 'ligestilling-2023',
	stages: saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523'], ['treated', 'treated', 'planned', 'planned'])
};
const budgetAnalysis: CaseForCheck = {
	id: 'budgetanalyse',
	stages: [
		{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false, meetingId: 'ok-0516', status: 'planned' },
		{ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false, meetingId: 'kb-0620', status: 'planned' }
	]
};
const unrelated: CaseForCheck = {
	id: 'seminar',
	stages: [{ bodyCode: 'KB', role: 'orientering', minGapDays: 1, afterPreviousBeforeDeadline: false, meetingId: 'kb-0620', status: 'planned' }]
};
const cases = [equalityReport, budgetAnalysis, unrelated];
const may1 = instant('2023-05-01T00:00');

describe('affectedByMove', () => {
	it('flags the case whose ØK meeting moves past its council meeting and proposes the next council meeting', () => {
		expect(affectedByMove(ctx, cases, 'ok-0516', at('2023-05-24T16:00'), may1)).toEqual([
			{
				caseId: 'ligestilling-2023',
				conflicts: [
					{
						code: 'stage-order',
						stage: 3,
						message: 'Trin 4: KB 23. maj 2023 ligger ikke mindst 1 dag efter ØK 24. maj 2023.',
						repairs: [{ kind: 'reschedule', changes: [{ stage: 3, meetingId: 'kb-0620' }], description: 'Flyt til KB 20. juni 2023.' }]
					}
				]
			},
			{ caseId: 'budgetanalyse', conflicts: [] }
		]);
	});

	it('flags a deadline the move puts in the past, moving the stages after it on', () => {
		const impact = affectedByMove(ctx, cases, 'ok-0516', at('2023-05-02T16:00'), may1);
		expect(impact).toEqual([
			{
				caseId: 'ligestilling-2023',
				conflicts: [
					{
						code: 'deadline-passed',
						stage: 2,
						message: 'Trin 3: fristen for ØK 2. maj 2023 var 24. april 2023 og er overskredet.',
						repairs: [
							{
								kind: 'reschedule',
								changes: [
									{ stage: 2, meetingId: 'ok-0613' },
									{ stage: 3, meetingId: 'kb-0620' }
								],
								description: 'Flyt til ØK 13. juni 2023, KB 20. juni 2023.'
							},
							{ kind: 'unschedule', stage: 2, description: 'Tag trin 3 (ØK) af mødet, så det afventer et nyt møde.' }
						]
					}
				]
			},
			{
				caseId: 'budgetanalyse',
				conflicts: [
					{
						code: 'deadline-passed',
						stage: 0,
						message: 'Trin 1: fristen for ØK 2. maj 2023 var 24. april 2023 og er overskredet.',
						repairs: [
							{ kind: 'reschedule', changes: [{ stage: 0, meetingId: 'ok-0613' }], description: 'Flyt til ØK 13. juni 2023.' },
							{ kind: 'unschedule', stage: 0, description: 'Tag trin 1 (ØK) af mødet, så det afventer et nyt møde.' }
						]
					}
				]
			}
		]);
	});

	it('flags a cancelled meeting with every repair that works', () => {
		expect(affectedByMove(ctx, [equalityReport], 'ok-0516', 'cancelled', may1)).toEqual([
			{
				caseId: 'ligestilling-2023',
				conflicts: [
					{
						code: 'meeting-cancelled',
						stage: 2,
						message: 'Trin 3: ØK 16. maj 2023 er aflyst.',
						repairs: [
							{
								kind: 'reschedule',
								changes: [
									{ stage: 2, meetingId: 'ok-0613' },
									{ stage: 3, meetingId: 'kb-0620' }
								],
								description: 'Flyt til ØK 13. juni 2023, KB 20. juni 2023.'
							},
							{ kind: 'unschedule', stage: 2, description: 'Tag trin 3 (ØK) af mødet, så det afventer et nyt møde.' }
						]
					}
				]
			}
		]);
	});

	it('lists nothing when no case uses the meeting, and no conflict for a move that still fits', () => {
		expect(affectedByMove(ctx, cases, 'hu-0525', 'cancelled', may1)).toEqual([]);
		expect(affectedByMove(ctx, cases, 'ok-0516', at('2023-05-22T16:00'), may1)).toEqual([
			{ caseId: 'ligestilling-2023', conflicts: [] },
			{ caseId: 'budgetanalyse', conflicts: [] }
		]);
	});

	it('reports only the conflicts the move adds', () => {
		const alreadyLate = { id: 'sen', stages: saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523']) };
		expect(checkCasePath(ctx, alreadyLate.stages, may1).map((c) => [c.code, c.stage])).toEqual([
			['deadline-passed', 0],
			['deadline-passed', 1]
		]);
		expect(affectedByMove(ctx, [alreadyLate], 'ok-0516', at('2023-05-24T16:00'), may1)[0]?.conflicts.map((c) => [c.code, c.stage])).toEqual([
			['stage-order', 3]
		]);
	});
});

describe('checkCasePath', () => {
	const march15 = instant('2023-03-15T00:00');
	const march1 = instant('2023-03-01T00:00');

	it('finds nothing wrong with the equality report as planned', () => {
		expect(checkCasePath(ctx, saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523']), march15)).toEqual([]);
	});

	it('repairs a broken order backward from the decision, or forward from the previous stage', () => {
		expect(checkCasePath(ctx, saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0418']), march1)).toEqual([
			{
				code: 'stage-order',
				stage: 3,
				message: 'Trin 4: KB 18. april 2023 ligger ikke mindst 1 dag efter ØK 16. maj 2023.',
				repairs: [
					{
						kind: 'reschedule',
						changes: [
							{ stage: 0, meetingId: 'dir-0308' },
							{ stage: 1, meetingId: 'hu-0323' },
							{ stage: 2, meetingId: 'ok-0411' }
						],
						description: 'Flyt til DIR 8. marts 2023, HU 23. marts 2023, ØK 11. april 2023.'
					},
					{ kind: 'reschedule', changes: [{ stage: 3, meetingId: 'kb-0523' }], description: 'Flyt til KB 23. maj 2023.' }
				]
			}
		]);
	});

	it('never moves a treated stage to repair another', () => {
		const stages = saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0418'], ['treated', 'planned', 'planned', 'planned']);
		expect(checkCasePath(ctx, stages, march1)[0]?.repairs).toEqual([
			{ kind: 'reschedule', changes: [{ stage: 3, meetingId: 'kb-0523' }], description: 'Flyt til KB 23. maj 2023.' }
		]);
	});

	it('drops a backward repair whose meetings have deadlines in the past', () => {
		expect(checkCasePath(ctx, saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0418']), march15)[0]?.repairs.map((r) => r.description)).toEqual([
			'Flyt til KB 23. maj 2023.'
		]);
	});

	it("flags a board meeting after HU's write-up deadline", () => {
		expect(checkCasePath(ctx, saved(['dir-0419', 'hu-0427', 'ok-0516', 'kb-0523']), march15)).toEqual([
			{
				code: 'previous-after-deadline',
				stage: 1,
				message: 'Trin 2: DIR 19. april 2023 ligger efter fristen for HU 27. april 2023 (18. april 2023).',
				repairs: [
					{ kind: 'reschedule', changes: [{ stage: 0, meetingId: 'dir-0412' }], description: 'Flyt til DIR 12. april 2023.' },
					{
						kind: 'reschedule',
						changes: [
							{ stage: 1, meetingId: 'hu-0525' },
							{ stage: 2, meetingId: 'ok-0613' },
							{ stage: 3, meetingId: 'kb-0620' }
						],
						description: 'Flyt til HU 25. maj 2023, ØK 13. juni 2023, KB 20. juni 2023.'
					}
				]
			}
		]);
	});

	it('flags a meeting that no longer exists or belongs to another body', () => {
		const repairs = [
			{ kind: 'reschedule', changes: [{ stage: 1, meetingId: 'hu-0427' }], description: 'Flyt til HU 27. april 2023.' },
			{ kind: 'unschedule', stage: 1, description: 'Tag trin 2 (HU) af mødet, så det afventer et nyt møde.' }
		];
		expect(checkCasePath(ctx, saved(['dir-0412', 'hu-gone', 'ok-0516', 'kb-0523']), march15)).toEqual([
			{ code: 'meeting-missing', stage: 1, message: 'Trin 2: mødet findes ikke længere.', repairs }
		]);
		expect(checkCasePath(ctx, saved(['dir-0412', 'mtu-0424', 'ok-0516', 'kb-0523']), march15)).toEqual([
			{ code: 'meeting-wrong-body', stage: 1, message: 'Trin 2: MTU 24. april 2023 er ikke et møde i HU.', repairs }
		]);
	});

	it('flags an unscheduled stage only when its neighbours leave it no meeting', () => {
		const noHu = withMeetingChange(ctx, 'hu-0427', 'cancelled');
		expect(checkCasePath(noHu, saved(['dir-0412', null, 'ok-0516', 'kb-0523']), march15)).toEqual([
			{
				code: 'no-meeting-in-window',
				stage: 1,
				message: 'Trin 2: der er intet møde i HU efter DIR 12. april 2023 og før ØK 16. maj 2023, der holder afstanden og fristen.',
				repairs: [
					{
						kind: 'reschedule',
						changes: [
							{ stage: 1, meetingId: 'hu-0525' },
							{ stage: 2, meetingId: 'ok-0613' },
							{ stage: 3, meetingId: 'kb-0620' }
						],
						description: 'Flyt til HU 25. maj 2023, ØK 13. juni 2023, KB 20. juni 2023.'
					}
				]
			}
		]);
		expect(checkCasePath(ctx, saved(['dir-0412', null, 'ok-0516', 'kb-0523']), march15)).toEqual([]);
		expect(checkCasePath(noHu, saved(['dir-0412', null, null, null]), march15)).toEqual([]);
	});

	it('checks order across an unscheduled stage with the gaps added up', () => {
		const moved = withMeetingChange(ctx, 'ok-0516', at('2023-05-11T16:00'));
		expect(checkCasePath(moved, saved(['dir-0510', null, 'ok-0516']), march15).map((c) => [c.code, c.stage, c.message])).toEqual([
			['no-meeting-in-window', 1, 'Trin 2: der er intet møde i HU efter DIR 10. maj 2023 og før ØK 11. maj 2023, der holder afstanden og fristen.'],
			['stage-order', 2, 'Trin 3: ØK 11. maj 2023 ligger ikke mindst 2 dage efter DIR 10. maj 2023.']
		]);
		expect(checkCasePath(moved, saved(['dir-0503', null, 'ok-0516']), march15).map((c) => c.code)).toEqual(['no-meeting-in-window']);
	});

	it('ignores past deadlines of stages on the agenda or treated', () => {
		const stages = saved(['dir-0412', 'hu-0427', 'ok-0516', 'kb-0523'], ['treated', 'on-agenda', 'postponed', 'planned']);
		expect(checkCasePath(ctx, stages, instant('2023-05-10T00:00')).map((c) => [c.code, c.stage])).toEqual([['deadline-passed', 2]]);
	});
});
