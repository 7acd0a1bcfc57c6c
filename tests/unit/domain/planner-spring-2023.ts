import { Temporal } from 'temporal-polyfill';
import type { PathStage, PlannerBody } from '../../../src/lib/domain/case-path.ts';
import type { PlannerMeeting } from '../../../src/lib/domain/planning-context.ts';

/** A Copenhagen wall-clock time, e.g. at('2023-05-23T17:00'). */
export const at = (local: string) => Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`);
export const instant = (local: string) => at(local).toInstant();

export function meeting(id: string, bodyCode: string, local: string, cancelled = false): PlannerMeeting {
	return { id, bodyCode, start: at(local), cancelled };
}

const rule = (workingDays: number) => ({ workingDays, time: Temporal.PlainTime.from('12:00') });

/** The demo data's deadline rules. */
export const bodies: PlannerBody[] = [
	{ code: 'KB', kind: 'council', deadline: rule(6) },
	{ code: 'ØK', kind: 'finance-committee', deadline: rule(6) },
	{ code: 'MTU', kind: 'standing-committee', deadline: rule(8) },
	{ code: 'HU', kind: 'med-committee', deadline: rule(7) },
	{ code: 'DIR', kind: 'executive-board', deadline: rule(5) }
];

/** Every Wednesday 09:00 from 1 March to 21 June 2023: ids like dir-0412. */
const board = Array.from({ length: 17 }, (_, week) => {
	const date = Temporal.PlainDate.from('2023-03-01').add({ weeks: week });
	const id = `dir-${date.toString().slice(5).replace('-', '')}`;
	return meeting(id, 'DIR', `${date}T09:00`);
});

/**
 * Spring 2023 as in the minutes, built by hand: HU on the fourth Thursday, ØK the Tuesday before
 * KB, KB on the fourth Tuesday, MTU on the fourth Monday, DIR weekly.
 */
export const spring2023: PlannerMeeting[] = [
	...board,
	meeting('hu-0323', 'HU', '2023-03-23T13:00'),
	meeting('hu-0427', 'HU', '2023-04-27T13:00'),
	meeting('hu-0525', 'HU', '2023-05-25T13:00'),
	meeting('mtu-0327', 'MTU', '2023-03-27T15:00'),
	meeting('mtu-0424', 'MTU', '2023-04-24T15:00'),
	meeting('mtu-0522', 'MTU', '2023-05-22T15:00'),
	meeting('ok-0321', 'ØK', '2023-03-21T16:00'),
	meeting('ok-0411', 'ØK', '2023-04-11T16:00'),
	meeting('ok-0516', 'ØK', '2023-05-16T16:00'),
	meeting('ok-0613', 'ØK', '2023-06-13T16:00'),
	meeting('kb-0328', 'KB', '2023-03-28T17:00'),
	meeting('kb-0418', 'KB', '2023-04-18T17:00'),
	meeting('kb-0523', 'KB', '2023-05-23T17:00'),
	meeting('kb-0620', 'KB', '2023-06-20T17:00')
];

/** "Personalesag": DIR → HU → ØK → KB; the board clears the write-up before HU's deadline. */
export const staffPath: PathStage[] = [
	{ bodyCode: 'DIR', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: false },
	{ bodyCode: 'HU', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: true },
	{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false },
	{ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
];
