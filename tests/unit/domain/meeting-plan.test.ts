import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
	generatePlan,
	mergePlan,
	type ExistingPlanMeeting,
	type PlanRule,
	type PlanSpec
} from '../../../src/lib/domain/meeting-plan.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);
const cal = createWorkingCalendar();

function spec(rule: PlanRule, startTime = '09:00', excludeMonths: number[] = []): PlanSpec {
	const time = Temporal.PlainTime.from(startTime);
	return { rule, startTime: time, durationMinutes: 120, excludeMonths };
}

/** Slot keys and 'key reason' lines: the whole outcome of a plan in two plain lists. */
function outcome(plan: ReturnType<typeof generatePlan>) {
	return {
		slots: plan.slots.map((slot) => slot.key),
		skipped: plan.skipped.map((skip) => `${skip.key} ${skip.reason}`)
	};
}

describe('generatePlan, weekly', () => {
	it('skips Skærtorsdag and Kristi himmelfartsdag on Thursdays 2023', () => {
		const plan = generatePlan(spec({ kind: 'weekly', weekday: 4 }), 2023, cal, 'HU');
		const { slots, skipped } = outcome(plan);
		expect(skipped).toEqual(['2023-04-06 Skærtorsdag', '2023-05-18 Kristi himmelfartsdag']);
		expect(slots).toHaveLength(50);
		expect([slots[0], slots.at(-1)]).toEqual(['2023-01-05', '2023-12-28']);
	});

	it('skips July for a board meeting on Wednesdays 2023', () => {
		const plan = generatePlan(spec({ kind: 'weekly', weekday: 3 }, '09:00', [7]), 2023, cal, 'DIR');
		expect(outcome(plan).skipped).toEqual([
			'2023-07-05 Juli er undtaget',
			'2023-07-12 Juli er undtaget',
			'2023-07-19 Juli er undtaget',
			'2023-07-26 Juli er undtaget'
		]);
		expect(plan.slots).toHaveLength(48);
	});

	it('skips holiday Mondays and a closure for all bodies in 2024', () => {
		const withChristmas = createWorkingCalendar([
			{ from: d('2024-12-27'), to: d('2024-12-30'), name: 'Mellem jul og nytår', bodyCodes: null }
		]);
		const plan = generatePlan(spec({ kind: 'weekly', weekday: 1 }), 2024, withChristmas, 'MTU');
		expect(outcome(plan).skipped).toEqual([
			'2024-01-01 Nytårsdag',
			'2024-04-01 2. påskedag',
			'2024-05-20 2. pinsedag',
			'2024-12-30 Mellem jul og nytår'
		]);
		expect(plan.slots).toHaveLength(49);
	});

	it('skips a closure only for the bodies it applies to', () => {
		const summerForKB = createWorkingCalendar([
			{ from: d('2024-07-01'), to: d('2024-07-31'), name: 'Sommerferie', bodyCodes: ['KB'] }
		]);
		const rule: PlanRule = { kind: 'weekly', weekday: 2 };
		const july = (bodyCode: string) =>
			generatePlan(spec(rule), 2024, summerForKB, bodyCode).skipped.filter(
				(skip) => skip.date.month === 7
			);
		expect(july('KB').map((skip) => `${skip.key} ${skip.reason}`)).toEqual([
			'2024-07-02 Sommerferie',
			'2024-07-09 Sommerferie',
			'2024-07-16 Sommerferie',
			'2024-07-23 Sommerferie',
			'2024-07-30 Sommerferie'
		]);
		expect(july('DIR')).toEqual([]);
	});

	it('skips half days only for meetings starting at or after noon', () => {
		const rule: PlanRule = { kind: 'weekly', weekday: 3 };
		const afternoon = generatePlan(spec(rule, '12:00'), 2024, cal, 'HU');
		expect(outcome(afternoon).skipped).toEqual([
			'2024-05-01 1. maj – fri fra kl. 12',
			'2024-06-05 Grundlovsdag – fri fra kl. 12',
			'2024-12-25 Juledag'
		]);
		const morning = generatePlan(spec(rule, '11:00'), 2024, cal, 'HU');
		expect(outcome(morning).skipped).toEqual(['2024-12-25 Juledag']);
		expect(outcome(morning).slots).toContain('2024-05-01');
	});

	it('counts every second week from the first such weekday of the year', () => {
		const plan = generatePlan(spec({ kind: 'weekly', weekday: 3, everyWeeks: 2 }), 2025, cal, 'HU');
		const { slots, skipped } = outcome(plan);
		expect(skipped).toEqual(['2025-01-01 Nytårsdag', '2025-12-31 Nytårsaftensdag']);
		expect(slots.slice(0, 3)).toEqual(['2025-01-15', '2025-01-29', '2025-02-12']);
		expect(slots.at(-1)).toBe('2025-12-17');
		expect(slots).toHaveLength(25);
	});

	it('keeps wall-clock time across the switches to and from summer time', () => {
		const plan = generatePlan(spec({ kind: 'weekly', weekday: 2 }, '17:00'), 2026, cal, 'KB');
		const around = ['2026-03-24', '2026-03-31', '2026-10-20', '2026-10-27'];
		const times = plan.slots
			.filter((slot) => around.includes(slot.key))
			.map((slot) => `${slot.start} – ${slot.end.toPlainTime()}`);
		expect(times).toEqual([
			'2026-03-24T17:00:00+01:00[Europe/Copenhagen] – 19:00:00',
			'2026-03-31T17:00:00+02:00[Europe/Copenhagen] – 19:00:00',
			'2026-10-20T17:00:00+02:00[Europe/Copenhagen] – 19:00:00',
			'2026-10-27T17:00:00+01:00[Europe/Copenhagen] – 19:00:00'
		]);
	});

	it('refuses an invalid weekday, interval or duration', () => {
		expect(() => generatePlan(spec({ kind: 'weekly', weekday: 0 }), 2024, cal, 'HU')).toThrow(
			RangeError
		);
		expect(() =>
			generatePlan(spec({ kind: 'weekly', weekday: 1, everyWeeks: 0 }), 2024, cal, 'HU')
		).toThrow(RangeError);
		expect(() =>
			generatePlan({ ...spec({ kind: 'weekly', weekday: 1 }), durationMinutes: 0 }, 2024, cal, 'HU')
		).toThrow(RangeError);
	});
});

describe('generatePlan, monthly', () => {
	it('gives the fourth Tuesday of each month 2024 except July, skipping Juleaftensdag', () => {
		const rule: PlanRule = { kind: 'monthly', weekday: 2, nth: 4 };
		const plan = generatePlan(spec(rule, '17:00', [7]), 2024, cal, 'KB');
		expect(outcome(plan)).toEqual({
			slots: [
				'2024-01-23',
				'2024-02-27',
				'2024-03-26',
				'2024-04-23',
				'2024-05-28',
				'2024-06-25',
				'2024-08-27',
				'2024-09-24',
				'2024-10-22',
				'2024-11-26'
			],
			skipped: ['2024-07-23 Juli er undtaget', '2024-12-24 Juleaftensdag']
		});
	});

	it("names the plan's excluded month before a day off in it", () => {
		const rule: PlanRule = { kind: 'monthly', weekday: 2, nth: 4 };
		const plan = generatePlan(spec(rule, '17:00', [7, 12]), 2024, cal, 'KB');
		expect(outcome(plan).skipped).toEqual([
			'2024-07-23 Juli er undtaget',
			'2024-12-24 December er undtaget'
		]);
	});

	it('skips the first Monday when it is Nytårsdag or 2. påskedag', () => {
		const plan = generatePlan(spec({ kind: 'monthly', weekday: 1, nth: 1 }), 2024, cal, 'MTU');
		expect(outcome(plan)).toEqual({
			slots: [
				'2024-02-05',
				'2024-03-04',
				'2024-05-06',
				'2024-06-03',
				'2024-07-01',
				'2024-08-05',
				'2024-09-02',
				'2024-10-07',
				'2024-11-04',
				'2024-12-02'
			],
			skipped: ['2024-01-01 Nytårsdag', '2024-04-01 2. påskedag']
		});
	});

	it('gives the last Thursday of each month with nth = -1', () => {
		const plan = generatePlan(spec({ kind: 'monthly', weekday: 4, nth: -1 }), 2024, cal, 'HU');
		expect(outcome(plan)).toEqual({
			slots: [
				'2024-01-25',
				'2024-02-29',
				'2024-04-25',
				'2024-05-30',
				'2024-06-27',
				'2024-07-25',
				'2024-08-29',
				'2024-09-26',
				'2024-10-31',
				'2024-11-28'
			],
			skipped: ['2024-03-28 Skærtorsdag', '2024-12-26 2. juledag']
		});
	});

	it('refuses an nth other than 1..4 or -1', () => {
		for (const nth of [0, 5, -2]) {
			expect(() =>
				generatePlan(spec({ kind: 'monthly', weekday: 2, nth }), 2024, cal, 'KB')
			).toThrow(RangeError);
		}
	});
});

describe('generatePlan, relative', () => {
	const rule: PlanRule = { kind: 'relative', anchorBody: 'KB', offsetDays: -7 };
	const kbDates = ['2024-01-02', '2024-01-30', '2024-04-08', '2024-05-28', '2025-01-07'].map(d);

	it('puts ØK one week before each KB meeting that lands in the year', () => {
		const plan = generatePlan(spec(rule, '15:00'), 2024, cal, 'ØK', kbDates);
		expect(outcome(plan)).toEqual({
			slots: ['2024-01-23', '2024-05-21'],
			skipped: ['2024-04-01 2. påskedag', '2024-12-31 Nytårsaftensdag']
		});
	});

	it('gives one slot for anchors on the same date', () => {
		const plan = generatePlan(spec(rule), 2024, cal, 'ØK', [d('2024-01-30'), d('2024-01-30')]);
		expect(outcome(plan).slots).toEqual(['2024-01-23']);
	});

	it('needs the anchor dates', () => {
		expect(() => generatePlan(spec(rule), 2024, cal, 'ØK')).toThrow(TypeError);
	});
});

describe('generatePlan, ISO weeks', () => {
	it('takes the weekday of each ISO week of the week-year, even in the previous December', () => {
		const rule: PlanRule = { kind: 'iso-weeks', weekday: 3, weeks: [17, 1, 53] };
		const plan = generatePlan(spec(rule), 2026, cal, 'DIR');
		expect(outcome(plan)).toEqual({
			slots: ['2026-04-22', '2026-12-30'],
			skipped: ['2025-12-31 Nytårsaftensdag']
		});
	});

	it('refuses a week the year does not have', () => {
		const rule: PlanRule = { kind: 'iso-weeks', weekday: 3, weeks: [53] };
		expect(() => generatePlan(spec(rule), 2025, cal, 'DIR')).toThrow(RangeError);
	});
});

describe('mergePlan', () => {
	const slots = generatePlan(
		spec({ kind: 'monthly', weekday: 2, nth: 4 }, '17:00', [7, 8, 9, 10, 11, 12]),
		2024,
		cal,
		'KB'
	).slots;
	const instant = (local: string) =>
		Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`).toInstant();
	function existing(
		id: string,
		planKey: string,
		start: string,
		end: string,
		status: ExistingPlanMeeting['status'] = 'planned',
		changedByHand = false
	): ExistingPlanMeeting {
		return { id, planKey, start: instant(start), end: instant(end), status, changedByHand };
	}

	it('keeps hand-changed, updates untouched, creates new and removes vanished meetings', () => {
		expect(slots.map((slot) => slot.key)).toEqual([
			'2024-01-23',
			'2024-02-27',
			'2024-03-26',
			'2024-04-23',
			'2024-05-28',
			'2024-06-25'
		]);
		const merge = mergePlan(
			[
				existing('same', '2024-01-23', '2024-01-23T17:00', '2024-01-23T19:00', 'confirmed'),
				existing('old-time', '2024-02-27', '2024-02-27T16:00', '2024-02-27T18:00'),
				existing('moved', '2024-03-26', '2024-03-27T17:00', '2024-03-27T19:00', 'planned', true),
				existing('off', '2024-04-23', '2024-04-23T17:00', '2024-04-23T19:00', 'cancelled', true),
				existing('vanished', '2024-07-23', '2024-07-23T17:00', '2024-07-23T19:00'),
				existing('gone', '2024-08-27', '2024-08-29T17:00', '2024-08-29T19:00', 'planned', true)
			],
			slots
		);
		expect({
			create: merge.create.map((slot) => slot.key),
			update: merge.update.map((u) => [u.id, u.slot.start.toString(), u.slot.end.toString()]),
			keep: merge.keep.map((k) => `${k.id} ${k.reason}`),
			remove: merge.remove
		}).toEqual({
			create: ['2024-05-28', '2024-06-25'],
			update: [
				[
					'old-time',
					'2024-02-27T17:00:00+01:00[Europe/Copenhagen]',
					'2024-02-27T19:00:00+01:00[Europe/Copenhagen]'
				]
			],
			keep: [
				'same unchanged',
				'moved changed-by-hand',
				'off changed-by-hand',
				'gone changed-by-hand'
			],
			remove: ['vanished']
		});
	});

	it('updates a meeting whose length alone differs', () => {
		const merge = mergePlan(
			[existing('short', '2024-01-23', '2024-01-23T17:00', '2024-01-23T18:00')],
			slots
		);
		expect(merge.update.map((u) => u.id)).toEqual(['short']);
	});

	it('never touches a cancelled meeting, even without the hand-changed flag', () => {
		const merge = mergePlan(
			[
				existing('off', '2024-02-27', '2024-02-27T16:00', '2024-02-27T18:00', 'cancelled'),
				existing('off-gone', '2024-07-23', '2024-07-23T17:00', '2024-07-23T19:00', 'cancelled')
			],
			slots
		);
		expect(merge.keep).toEqual([
			{ id: 'off', reason: 'changed-by-hand' },
			{ id: 'off-gone', reason: 'changed-by-hand' }
		]);
		expect([merge.update, merge.remove]).toEqual([[], []]);
		expect(merge.create.map((slot) => slot.key)).not.toContain('2024-02-27');
	});

	it('refuses two meetings from the same slot', () => {
		expect(() =>
			mergePlan(
				[
					existing('a', '2024-01-23', '2024-01-23T17:00', '2024-01-23T19:00'),
					existing('b', '2024-01-23', '2024-01-23T17:00', '2024-01-23T19:00')
				],
				slots
			)
		).toThrow(RangeError);
	});
});

describe('generatePlan, keeping the month', () => {
	const monthly = (weekday: number, nth: number, onDayOff: PlanSpec['onDayOff'], startTime = '15:00'): PlanSpec => ({
		...spec({ kind: 'monthly', weekday, nth }, startTime),
		onDayOff
	});
	/** The moved slots as 'rule date → held date (why)'. */
	const moves = (plan: ReturnType<typeof generatePlan>) =>
		plan.slots.filter((s) => s.movedBecause !== undefined).map((s) => `${s.key} → ${s.start.toPlainDate()} (${s.movedBecause})`);

	it('skipping leaves whole months without a meeting, and the preview names them', () => {
		const plan = generatePlan(monthly(1, 2, 'skip', '16:00'), 2023, cal, 'KFU');
		expect(outcome(plan).skipped).toEqual(['2023-04-10 2. påskedag']);
		expect(plan.monthsWithout).toEqual([{ year: 2023, month: 4, message: 'Ingen møde i april 2023: 2. påskedag' }]);
		// A month the plan excludes is its own choice, not one left without a meeting.
		const noSummer = generatePlan({ ...monthly(1, 2, 'skip', '16:00'), excludeMonths: [4, 7] }, 2023, cal, 'KFU');
		expect(outcome(noSummer).skipped).toEqual(['2023-04-10 April er undtaget', '2023-07-10 Juli er undtaget']);
		expect(noSummer.monthsWithout).toEqual([]);
	});

	it('moves a meeting after Easter, Whitsun, 1 May and New Year to the next working day of the same week', () => {
		expect(moves(generatePlan(monthly(1, 2, 'move-after', '16:00'), 2023, cal, 'KFU'))).toEqual(['2023-04-10 → 2023-04-11 (2. påskedag)']);
		expect(moves(generatePlan(monthly(1, 2, 'move-after', '16:00'), 2025, cal, 'KFU'))).toEqual(['2025-06-09 → 2025-06-10 (2. pinsedag)']);
		expect(moves(generatePlan(monthly(1, 4, 'move-after'), 2026, cal, 'MTU'))).toEqual(['2026-05-25 → 2026-05-26 (2. pinsedag)']);
		expect(moves(generatePlan(monthly(3, 1, 'move-after'), 2024, cal, 'SSU'))).toEqual([
			'2024-05-01 → 2024-05-02 (1. maj – fri fra kl. 12)',
			'2024-06-05 → 2024-06-06 (Grundlovsdag – fri fra kl. 12)'
		]);
		const january = generatePlan(monthly(3, 1, 'move-after'), 2025, cal, 'SSU');
		expect(moves(january)).toEqual(['2025-01-01 → 2025-01-02 (Nytårsdag)']);
		expect(january.monthsWithout).toEqual([]);
		expect(january.slots).toHaveLength(12);
	});

	it('goes back within the week when the days after it are off: HU on Maundy Thursday', () => {
		expect(moves(generatePlan(monthly(4, 4, 'move-after', '13:00'), 2024, cal, 'HU'))).toEqual([
			'2024-03-28 → 2024-03-27 (Skærtorsdag)',
			'2024-12-26 → 2024-12-27 (2. juledag)'
		]);
		expect(moves(generatePlan(monthly(4, 4, 'move-after', '13:00'), 2027, cal, 'HU'))).toEqual(['2027-03-25 → 2027-03-24 (Skærtorsdag)']);
	});

	it('moves before when the plan says so, and never out of the month', () => {
		expect(moves(generatePlan(monthly(3, 1, 'move-before'), 2024, cal, 'SSU'))).toEqual([
			// 30 April is in the week but in another month: the same week's Thursday instead
			'2024-05-01 → 2024-05-02 (1. maj – fri fra kl. 12)',
			'2024-06-05 → 2024-06-04 (Grundlovsdag – fri fra kl. 12)'
		]);
	});

	it('keeps a morning meeting on a half day unless the plan says otherwise', () => {
		const morning = { ...monthly(3, 1, 'skip', '09:00') };
		expect(outcome(generatePlan(morning, 2024, cal, 'SSU')).slots).toContain('2024-05-01');
		const notKept = generatePlan({ ...morning, keepMorningOnHalfDay: false }, 2024, cal, 'SSU');
		expect(outcome(notKept).skipped).toEqual(['2024-05-01 1. maj – fri fra kl. 12', '2024-06-05 Grundlovsdag – fri fra kl. 12']);
	});

	it('goes to the week before when the rest of its week is Christmas and closed: MTU 25 December 2023', () => {
		const christmas = createWorkingCalendar([{ from: d('2023-12-27'), to: d('2023-12-30'), name: 'Mellem jul og nytår', bodyCodes: null }]);
		expect(moves(generatePlan(monthly(1, 4, 'move-after'), 2023, christmas, 'MTU'))).toEqual(['2023-12-25 → 2023-12-22 (Juledag)']);
	});

	it('skips a meeting with nowhere to go in its month, and says so', () => {
		const closed = createWorkingCalendar([{ from: d('2024-12-02'), to: d('2024-12-31'), name: 'Lukket', bodyCodes: null }]);
		const plan = generatePlan(monthly(1, 1, 'move-after'), 2024, closed, 'MTU');
		expect(outcome(plan).skipped).toEqual(['2024-12-02 Lukket']);
		expect(plan.monthsWithout).toEqual([{ year: 2024, month: 12, message: 'Ingen møde i december 2024: Lukket' }]);
	});
});
