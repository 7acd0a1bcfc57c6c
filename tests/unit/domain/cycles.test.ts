import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assignCycles, type CycleInput } from '../../../src/lib/domain/cycles.ts';

function meeting(id: string, bodyCode: string, local: string, cancelled?: boolean): CycleInput {
	const start = Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`).toInstant();
	return cancelled === undefined ? { id, bodyCode, start } : { id, bodyCode, start, cancelled };
}

/** Cycles with dates as ISO strings, so one assertion covers every field. */
function plainCycles(meetings: CycleInput[], councilCode?: string, boardCode?: string) {
	const { cycles, cycleOf } = assignCycles(meetings, councilCode, boardCode);
	return {
		cycles: cycles.map((c) => ({ ...c, councilDate: c.councilDate.toString() })),
		cycleOf: Object.fromEntries(cycleOf)
	};
}

/** Spring 2023 as in the minutes: cases run DIR → fagudvalg/HU → ØK → KB. */
const spring2023 = [
	meeting('dir-0412', 'DIR', '2023-04-12T09:00'),
	meeting('kb-0418', 'KB', '2023-04-18T17:00'),
	meeting('dir-0419', 'DIR', '2023-04-19T09:00'),
	meeting('mtu-0424', 'MTU', '2023-04-24T14:00'),
	meeting('dir-0426', 'DIR', '2023-04-26T09:00'),
	meeting('hu-0427', 'HU', '2023-04-27T13:00'),
	meeting('ok-0516', 'ØK', '2023-05-16T15:00'),
	meeting('kb-0523', 'KB', '2023-05-23T17:00'),
	meeting('dir-0524', 'DIR', '2023-05-24T09:00')
];

describe('assignCycles', () => {
	it('assigns each meeting to the next council meeting and names the rul by it', () => {
		expect(plainCycles(spring2023)).toEqual({
			cycles: [
				{
					councilMeetingId: 'kb-0418',
					councilDate: '2023-04-18',
					key: '2023-04-18',
					name: 'Rul april 2023',
					firstBoardMeetingId: 'dir-0412'
				},
				{
					councilMeetingId: 'kb-0523',
					councilDate: '2023-05-23',
					key: '2023-05-23',
					name: 'Rul maj 2023',
					firstBoardMeetingId: 'dir-0419'
				}
			],
			cycleOf: {
				'dir-0412': '2023-04-18',
				'kb-0418': '2023-04-18',
				'dir-0419': '2023-05-23',
				'mtu-0424': '2023-05-23',
				'dir-0426': '2023-05-23',
				'hu-0427': '2023-05-23',
				'ok-0516': '2023-05-23',
				'kb-0523': '2023-05-23'
			}
		});
	});

	it('gives the same result whatever the input order', () => {
		const byId = [...spring2023].sort((a, b) => a.id.localeCompare(b.id));
		expect(plainCycles(byId)).toEqual(plainCycles(spring2023));
		expect(plainCycles([...spring2023].reverse())).toEqual(plainCycles(spring2023));
	});

	it('leaves meetings after the last council meeting without a cycle', () => {
		const { cycleOf } = assignCycles(spring2023);
		expect(cycleOf.has('dir-0524')).toBe(false);
		expect(cycleOf.size).toBe(8);
	});

	it('puts a meeting at the same instant as the council meeting in its rul', () => {
		const { cycleOf } = assignCycles([
			meeting('kb', 'KB', '2023-05-23T17:00'),
			meeting('group', 'Gruppemøde', '2023-05-23T17:00'),
			meeting('kb-next', 'KB', '2023-06-20T17:00')
		]);
		expect(cycleOf.get('group')).toBe('2023-05-23');
	});

	it('rolls a cancelled council meeting and its rul into the next council meeting', () => {
		const { cycles, cycleOf } = assignCycles([
			meeting('dir', 'DIR', '2023-06-07T09:00'),
			meeting('kb-cancelled', 'KB', '2023-06-20T17:00', true),
			meeting('kb-aug', 'KB', '2023-08-22T17:00')
		]);
		expect(cycles.map((c) => [c.councilMeetingId, c.name, c.firstBoardMeetingId])).toEqual([
			['kb-aug', 'Rul august 2023', 'dir']
		]);
		expect(Object.fromEntries(cycleOf)).toEqual({
			dir: '2023-08-22',
			'kb-cancelled': '2023-08-22',
			'kb-aug': '2023-08-22'
		});
	});

	it('skips a cancelled board meeting when choosing where Månedsgrebet goes', () => {
		const { cycles, cycleOf } = assignCycles([
			meeting('dir-cancelled', 'DIR', '2023-05-03T09:00', true),
			meeting('dir-next', 'DIR', '2023-05-10T09:00'),
			meeting('kb', 'KB', '2023-05-23T17:00')
		]);
		expect(cycles.map((c) => c.firstBoardMeetingId)).toEqual(['dir-next']);
		expect(cycleOf.get('dir-cancelled')).toBe('2023-05-23');
	});

	it('gives a rul without a board meeting no first board meeting', () => {
		const { cycles } = assignCycles([
			meeting('ok', 'ØK', '2023-05-16T15:00'),
			meeting('kb', 'KB', '2023-05-23T17:00')
		]);
		expect(cycles.map((c) => c.firstBoardMeetingId)).toEqual([null]);
	});

	it('dates the council meeting in Copenhagen, not in UTC', () => {
		const lateNight = Temporal.Instant.from('2023-05-23T22:30:00Z');
		const { cycles } = assignCycles([{ id: 'kb', bodyCode: 'KB', start: lateNight }]);
		expect(cycles.map((c) => [c.key, c.name])).toEqual([['2023-05-24', 'Rul maj 2023']]);
	});

	it('uses the given council and board codes', () => {
		const { cycles } = assignCycles(
			[
				meeting('dir', 'DIR', '2023-11-01T09:00'),
				meeting('ledelse', 'LED', '2023-11-02T09:00'),
				meeting('kb', 'KB', '2023-11-20T17:00'),
				meeting('byraad', 'BR', '2023-11-28T17:00')
			],
			'BR',
			'LED'
		);
		expect(cycles.map((c) => [c.councilMeetingId, c.name, c.firstBoardMeetingId])).toEqual([
			['byraad', 'Rul november 2023', 'ledelse']
		]);
	});
});
