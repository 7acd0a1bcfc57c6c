import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assignCycles, cycleRoles, type CycleInput, type CycleRoles } from '../../../src/lib/domain/cycles.ts';
import { agendaDeadline } from '../../../src/lib/domain/deadlines.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';

function meeting(id: string, bodyCode: string, local: string, cancelled?: boolean): CycleInput {
	const start = Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`).toInstant();
	return cancelled === undefined ? { id, bodyCode, start } : { id, bodyCode, start, cancelled };
}

/** Cycles with dates as ISO strings, so one assertion covers every field. */
function plainCycles(meetings: CycleInput[], given?: CycleRoles) {
	const { cycles, cycleOf } = assignCycles(meetings, given);
	return {
		cycles: cycles.map((c) => ({ ...c, councilDate: c.councilDate.toString() })),
		cycleOf: Object.fromEntries(cycleOf)
	};
}

const roles: CycleRoles = { council: 'KB', finance: 'ØK', board: 'DIR', feeders: new Set(['MTU', 'HU', 'BUU', 'SSU']) };
const calendar = createWorkingCalendar();

/** A committee meeting with its write-up deadline: `days` working days before, at 12:00. */
function feeder(id: string, bodyCode: string, local: string, days: number): CycleInput {
	const start = Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`);
	const deadline = agendaDeadline(calendar, start, { workingDays: days, time: Temporal.PlainTime.from('12:00') });
	return { id, bodyCode, start: start.toInstant(), deadline: deadline.toInstant() };
}

/**
 * Spring 2023 as in the minutes and the demo: KB on the fourth Tuesday, ØK a week before, MTU
 * on the fourth Monday (8 working days' deadline), HU on the fourth Thursday (7), BUU on the
 * first Tuesday (8), DIR every Wednesday.
 */
const spring2023 = [
	meeting('dir-0308', 'DIR', '2023-03-08T09:00'),
	meeting('dir-0315', 'DIR', '2023-03-15T09:00'),
	meeting('ok-0321', 'ØK', '2023-03-21T16:00'),
	feeder('hu-0323', 'HU', '2023-03-23T13:00', 7),
	meeting('dir-0322', 'DIR', '2023-03-22T09:00'),
	feeder('mtu-0327', 'MTU', '2023-03-27T15:00', 8),
	meeting('kb-0328', 'KB', '2023-03-28T17:00'),
	meeting('dir-0329', 'DIR', '2023-03-29T09:00'),
	feeder('buu-0404', 'BUU', '2023-04-04T15:00', 8),
	meeting('dir-0405', 'DIR', '2023-04-05T09:00'),
	meeting('dir-0412', 'DIR', '2023-04-12T09:00'),
	meeting('ok-0418', 'ØK', '2023-04-18T16:00'),
	meeting('dir-0419', 'DIR', '2023-04-19T09:00'),
	feeder('mtu-0424', 'MTU', '2023-04-24T15:00', 8),
	meeting('kb-0425', 'KB', '2023-04-25T17:00'),
	meeting('dir-0426', 'DIR', '2023-04-26T09:00'),
	feeder('hu-0427', 'HU', '2023-04-27T13:00', 7),
	feeder('buu-0502', 'BUU', '2023-05-02T15:00', 8),
	meeting('dir-0503', 'DIR', '2023-05-03T09:00'),
	meeting('dir-0510', 'DIR', '2023-05-10T09:00'),
	meeting('ok-0516', 'ØK', '2023-05-16T16:00'),
	meeting('dir-0517', 'DIR', '2023-05-17T09:00'),
	feeder('mtu-0522', 'MTU', '2023-05-22T15:00', 8),
	meeting('kb-0523', 'KB', '2023-05-23T17:00'),
	meeting('dir-0524', 'DIR', '2023-05-24T09:00')
];

describe('assignCycles', () => {
	it('puts committee meetings after a rul\'s ØK in the next rul and opens each rul with Månedsgrebet before its first deadline', () => {
		expect(plainCycles(spring2023, roles)).toEqual({
			cycles: [
				{
					councilMeetingId: 'kb-0328',
					councilDate: '2023-03-28',
					key: '2023-03-28',
					name: 'Rul marts 2023',
					financeMeetingId: 'ok-0321',
					// its committee meetings lie before the data: no board meeting before its ØK is known
					briefingMeetingId: null,
					briefingPinned: false
				},
				{
					councilMeetingId: 'kb-0425',
					councilDate: '2023-04-25',
					key: '2023-04-25',
					name: 'Rul april 2023',
					financeMeetingId: 'ok-0418',
					// HU 23 March is its first committee meeting; its deadline is 14 March at noon
					briefingMeetingId: 'dir-0308',
					briefingPinned: false
				},
				{
					councilMeetingId: 'kb-0523',
					councilDate: '2023-05-23',
					key: '2023-05-23',
					name: 'Rul maj 2023',
					financeMeetingId: 'ok-0516',
					// MTU 24 April is its first committee meeting; its deadline is 12 April at noon
					briefingMeetingId: 'dir-0412',
					briefingPinned: false
				}
			],
			cycleOf: {
				'ok-0321': '2023-03-28',
				'kb-0328': '2023-03-28',
				'dir-0308': '2023-04-25',
				'dir-0315': '2023-04-25',
				'dir-0322': '2023-04-25',
				'hu-0323': '2023-04-25',
				'mtu-0327': '2023-04-25',
				'dir-0329': '2023-04-25',
				'buu-0404': '2023-04-25',
				'dir-0405': '2023-04-25',
				'ok-0418': '2023-04-25',
				'kb-0425': '2023-04-25',
				'dir-0412': '2023-05-23',
				'dir-0419': '2023-05-23',
				'mtu-0424': '2023-05-23',
				'dir-0426': '2023-05-23',
				'hu-0427': '2023-05-23',
				'buu-0502': '2023-05-23',
				'ok-0516': '2023-05-23',
				'kb-0523': '2023-05-23'
			}
		});
	});

	it('leaves the board meetings that prepare the next, unknown rul without one', () => {
		// MTU 22 May feeds the June rul; its deadline is 9 May (Ascension Day 18 May is off), so
		// DIR 3 May opens that rul.
		const { cycleOf } = assignCycles(spring2023, roles);
		expect(['dir-0503', 'dir-0510', 'dir-0517', 'dir-0524', 'mtu-0522'].map((id) => cycleOf.get(id) ?? null)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('puts Månedsgrebet on the board meeting the secretariat pinned, and the rul\'s board meetings from there', () => {
		const { cycles, cycleOf } = assignCycles(spring2023, roles, new Map([['kb-0425', 'dir-0322']]));
		// the first rul's committee meetings lie before the data: it takes its first board meeting
		expect(cycles.map((c) => [c.key, c.briefingMeetingId, c.briefingPinned])).toEqual([
			['2023-03-28', 'dir-0308', false],
			['2023-04-25', 'dir-0322', true],
			['2023-05-23', 'dir-0412', false]
		]);
		expect(['dir-0308', 'dir-0315', 'dir-0322', 'dir-0405'].map((id) => cycleOf.get(id))).toEqual([
			'2023-03-28',
			'2023-03-28',
			'2023-04-25',
			'2023-04-25'
		]);
	});

	it('ignores a pin on a meeting that is not a board meeting, or is cancelled', () => {
		const cancelled = spring2023.map((m) => (m.id === 'dir-0322' ? { ...m, cancelled: true } : m));
		expect(assignCycles(cancelled, roles, new Map([['kb-0425', 'dir-0322']])).cycles[1]?.briefingMeetingId).toBe('dir-0308');
		expect(assignCycles(spring2023, roles, new Map([['kb-0425', 'hu-0323']])).cycles[1]?.briefingMeetingId).toBe('dir-0308');
	});

	it('gives the same result whatever the input order', () => {
		const byId = [...spring2023].sort((a, b) => a.id.localeCompare(b.id));
		expect(plainCycles(byId, roles)).toEqual(plainCycles(spring2023, roles));
		expect(plainCycles([...spring2023].reverse(), roles)).toEqual(plainCycles(spring2023, roles));
	});

	it('leaves meetings after the last council meeting without a cycle', () => {
		const { cycleOf } = assignCycles(spring2023, roles);
		expect(cycleOf.has('dir-0524')).toBe(false);
		expect(cycleOf.size).toBe(20);
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
		expect(cycles.map((c) => [c.councilMeetingId, c.name, c.briefingMeetingId])).toEqual([
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
		expect(cycles.map((c) => c.briefingMeetingId)).toEqual(['dir-next']);
		expect(cycleOf.get('dir-cancelled')).toBe('2023-05-23');
	});

	it('gives a rul without a board meeting no Månedsgrebet', () => {
		const { cycles } = assignCycles([
			meeting('ok', 'ØK', '2023-05-16T15:00'),
			meeting('kb', 'KB', '2023-05-23T17:00')
		]);
		expect(cycles.map((c) => c.briefingMeetingId)).toEqual([null]);
	});

	it('reads the parts from the bodies\' kinds', () => {
		expect(
			cycleRoles([
				{ code: 'KB', kind: 'council' },
				{ code: 'ØK', kind: 'finance-committee' },
				{ code: 'MTU', kind: 'standing-committee' },
				{ code: 'HU', kind: 'med-committee' },
				{ code: 'DIR', kind: 'executive-board' },
				{ code: 'CF', kind: 'other' }
			])
		).toEqual({ council: 'KB', finance: 'ØK', board: 'DIR', feeders: new Set(['MTU', 'HU']) });
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
			{ council: 'BR', finance: null, board: 'LED', feeders: new Set() }
		);
		expect(cycles.map((c) => [c.councilMeetingId, c.name, c.briefingMeetingId])).toEqual([
			['byraad', 'Rul november 2023', 'ledelse']
		]);
	});
});
