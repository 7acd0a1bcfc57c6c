import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assignCycles } from '../../../src/lib/domain/cycles.ts';
import {
	fixedItemContext,
	fixedItemsOnMeeting,
	isDueYear,
	meetingsForFixedItem,
	reportingPeriod,
	type FixedItemDefinition,
	type FixedItemRule
} from '../../../src/lib/domain/fixed-items.ts';
import type { PlannerMeeting } from '../../../src/lib/domain/planning-context.ts';
import { meeting, spring2023 } from './planner-spring-2023.ts';

function cyclesOf(meetings: PlannerMeeting[]) {
	return assignCycles(meetings.map((m) => ({ id: m.id, bodyCode: m.bodyCode, start: m.start.toInstant(), cancelled: m.cancelled })));
}

/** DIR every Wednesday and ØK on the 10th of every month, 2023–2027: ids like dir-2023-04-05. */
const years: PlannerMeeting[] = [];
for (let date = Temporal.PlainDate.from('2023-01-04'); date.year <= 2027; date = date.add({ weeks: 1 })) {
	years.push(meeting(`dir-${date}`, 'DIR', `${date}T09:00`));
}
for (let month = 0; month < 60; month++) {
	const date = Temporal.PlainDate.from('2023-01-10').add({ months: month });
	years.push(meeting(`ok-${date}`, 'ØK', `${date}T16:00`));
}
const noCycles = new Map<string, string>();
const ids = (meetings: PlannerMeeting[]) => meetings.map((m) => m.id);
const item = (id: string, bodyCode: string, rule: FixedItemRule): FixedItemDefinition => ({ id, bodyCode, rule });

/** The equality report (ligestillingsredegørelsen): every third year from 2020, in April. */
const everyThirdYear: Extract<FixedItemRule, { kind: 'every-n-years' }> = {
	kind: 'every-n-years',
	every: 3,
	fromYear: 2020,
	months: [4],
	firstOnly: true,
	periodEnds: { month: 5, day: 31 }
};
const equalityReport = item('ligestilling', 'DIR', everyThirdYear);

describe('every-meeting', () => {
	it('falls on every meeting of its body that is not cancelled', () => {
		const meetings = [...spring2023.slice(0, 3), { ...spring2023[3]!, cancelled: true }, meeting('kb-x', 'KB', '2023-03-07T17:00')];
		expect(ids(meetingsForFixedItem(item('årsplan', 'DIR', { kind: 'every-meeting' }), meetings, noCycles))).toEqual([
			'dir-0301',
			'dir-0308',
			'dir-0315'
		]);
	});
});

describe('first-in-cycle', () => {
	const { cycles, cycleOf } = cyclesOf(spring2023);
	const monthly = item('maanedsgrebet', 'DIR', { kind: 'first-in-cycle' });

	it('puts Månedsgrebet on the first board meeting of each rul, as the cycles name it', () => {
		expect(ids(meetingsForFixedItem(monthly, spring2023, cycleOf))).toEqual(['dir-0301', 'dir-0329', 'dir-0419', 'dir-0524']);
		expect(cycles.map((c) => c.briefingMeetingId)).toEqual(['dir-0301', 'dir-0329', 'dir-0419', 'dir-0524']);
	});

	it('works for any body: HU has no meeting in the April rul', () => {
		expect(ids(meetingsForFixedItem(item('hu-start', 'HU', { kind: 'first-in-cycle' }), spring2023, cycleOf))).toEqual([
			'hu-0323',
			'hu-0427',
			'hu-0525'
		]);
	});

	it('moves to the next board meeting when the first is cancelled', () => {
		const meetings = spring2023.map((m) => (m.id === 'dir-0419' ? { ...m, cancelled: true } : m));
		expect(ids(meetingsForFixedItem(monthly, meetings, cyclesOf(meetings).cycleOf))).toEqual([
			'dir-0301',
			'dir-0329',
			'dir-0426',
			'dir-0524'
		]);
	});
});

describe('months', () => {
	it('puts the budget item on ØK in August–October of every year', () => {
		const found = ids(meetingsForFixedItem(item('budget', 'ØK', { kind: 'months', months: [8, 9, 10] }), years, noCycles));
		expect(found).toHaveLength(15);
		expect(found.slice(0, 4)).toEqual(['ok-2023-08-10', 'ok-2023-09-10', 'ok-2023-10-10', 'ok-2024-08-10']);
		expect(found.at(-1)).toBe('ok-2027-10-10');
	});

	it('with firstOnly, takes the first matching meeting of each year', () => {
		const rule: FixedItemRule = { kind: 'months', months: [8, 9, 10], firstOnly: true };
		expect(ids(meetingsForFixedItem(item('budget', 'ØK', rule), years, noCycles))).toEqual([
			'ok-2023-08-10',
			'ok-2024-08-10',
			'ok-2025-08-10',
			'ok-2026-08-10',
			'ok-2027-08-10'
		]);
	});

	it('takes the month in Copenhagen, not in the zone the start is given in', () => {
		const start = Temporal.ZonedDateTime.from('2023-07-31T22:30:00+00:00[UTC]');
		const late: PlannerMeeting = { id: 'late', bodyCode: 'ØK', start, cancelled: false };
		expect(ids(meetingsForFixedItem(item('budget', 'ØK', { kind: 'months', months: [8] }), [late], noCycles))).toEqual(['late']);
	});
});

describe('every-n-years', () => {
	it('is due every third year from 2020', () => {
		expect([2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2029].filter((y) => isDueYear({ every: 3, fromYear: 2020 }, y))).toEqual([
			2020, 2023, 2026, 2029
		]);
		expect(() => isDueYear({ every: 0, fromYear: 2020 }, 2020)).toThrow('every must be a whole number >= 1: 0');
	});

	it('puts the equality report on the first April board meeting of 2023 and 2026', () => {
		expect(ids(meetingsForFixedItem(equalityReport, years, noCycles))).toEqual(['dir-2023-04-05', 'dir-2026-04-01']);
	});

	it('without months, falls on every meeting of a due year', () => {
		const rule: FixedItemRule = { kind: 'every-n-years', every: 4, fromYear: 2025 };
		const found = ids(meetingsForFixedItem(item('valg', 'ØK', rule), years, noCycles));
		expect(found).toHaveLength(12);
		expect([found[0], found.at(-1)]).toEqual(['ok-2025-01-10', 'ok-2025-12-10']);
	});

	it('names the period the report covers: 1 June 2020 – 31 May 2023', () => {
		const period = (year: number) => {
			const p = reportingPeriod(everyThirdYear, year);
			return p === null ? null : [p.from.toString(), p.to.toString()];
		};
		expect(period(2023)).toEqual(['2020-06-01', '2023-05-31']);
		expect(period(2026)).toEqual(['2023-06-01', '2026-05-31']);
		expect(period(2024)).toBeNull();
		expect(reportingPeriod({ kind: 'every-n-years', every: 3, fromYear: 2020 }, 2023)).toBeNull();
	});
});

describe('fixedItemsOnMeeting', () => {
	const items = [
		item('årsplan', 'DIR', { kind: 'every-meeting' }),
		item('maanedsgrebet', 'DIR', { kind: 'first-in-cycle' }),
		equalityReport,
		item('budget', 'ØK', { kind: 'months', months: [8, 9, 10] })
	];
	const meetings = [...years, meeting('kb-2023-04-18', 'KB', '2023-04-18T17:00'), meeting('kb-2023-03-28', 'KB', '2023-03-28T17:00')];
	const ctx = fixedItemContext(meetings, cyclesOf(meetings).cycleOf);
	const on = (id: string) => fixedItemsOnMeeting(meetings.find((m) => m.id === id)!, items, ctx).map((i) => i.id);

	it('lists the items of a meeting in the order given', () => {
		expect(on('dir-2023-03-29')).toEqual(['årsplan', 'maanedsgrebet']);
		expect(on('dir-2023-04-05')).toEqual(['årsplan', 'ligestilling']);
		expect(on('dir-2023-04-12')).toEqual(['årsplan']);
		expect(on('ok-2023-09-10')).toEqual(['budget']);
		expect(on('kb-2023-04-18')).toEqual([]);
	});

	it('gives a cancelled meeting no items', () => {
		const cancelled = { ...meetings.find((m) => m.id === 'dir-2023-03-29')!, cancelled: true };
		expect(fixedItemsOnMeeting(cancelled, items, ctx)).toEqual([]);
	});
});
