import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { makeSpan, monthSpan, quarterSpan, wheelSpan } from '../../../src/lib/wheel/span.ts';
import {
	MONTH_NAMES,
	dayTicks,
	monthName,
	monthShort,
	monthTicks,
	weekTicks
} from '../../../src/lib/wheel/ticks.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

describe('month names', () => {
	it('names the months in Danish, lower case', () => {
		expect([monthName(1), monthName(3), monthName(5), monthName(10)]).toEqual([
			'januar',
			'marts',
			'maj',
			'oktober'
		]);
		expect([monthShort(3), monthShort(5), monthShort(10), monthShort(12)]).toEqual([
			'mar',
			'maj',
			'okt',
			'dec'
		]);
	});

	it('rejects month 0 and 13', () => {
		expect(() => monthName(0)).toThrow(RangeError);
		expect(() => monthShort(13)).toThrow(RangeError);
	});
});

describe('monthTicks', () => {
	it('gives a calendar year twelve sectors from januar to december', () => {
		const ticks = monthTicks(wheelSpan(2023));
		expect(ticks.map((t) => t.name)).toEqual([...MONTH_NAMES]);
		expect(ticks[0]).toMatchObject({ year: 2023, month: 1, name: 'januar', short: 'jan', startAngle: 0 });
		expect(ticks[0]?.endAngle).toBeCloseTo(30.575342, 6);
		expect(ticks[3]?.startAngle).toBeCloseTo(88.767123, 6);
		expect(ticks[11]?.endAngle).toBe(360);
	});

	it('starts a September wheel with september at 0° and puts januar at 122/365', () => {
		const ticks = monthTicks(wheelSpan(2025, 9));
		expect(ticks.map((t) => `${t.short} ${t.year}`)).toEqual([
			'sep 2025',
			'okt 2025',
			'nov 2025',
			'dec 2025',
			'jan 2026',
			'feb 2026',
			'mar 2026',
			'apr 2026',
			'maj 2026',
			'jun 2026',
			'jul 2026',
			'aug 2026'
		]);
		expect(ticks[0]?.startAngle).toBe(0);
		expect(ticks[4]?.startAngle).toBeCloseTo(120.328767, 6);
	});

	it('stretches the three months of a quarter zoom over the whole turn', () => {
		const ticks = monthTicks(quarterSpan(2025, 2, 9));
		expect(ticks.map((t) => [t.short, t.startAngle, t.endAngle])).toEqual([
			['dec', 0, 124],
			['jan', 124, 248],
			['feb', 248, 360]
		]);
	});

	it('cuts months that begin before or end after a span at its edges', () => {
		const ticks = monthTicks(makeSpan(d('2024-01-15'), d('2024-02-15')));
		expect(ticks.map((t) => t.short)).toEqual(['jan', 'feb']);
		expect(ticks[0]?.startAngle).toBe(0);
		expect(ticks[0]?.endAngle).toBeCloseTo(197.419355, 6);
		expect(ticks[1]?.endAngle).toBe(360);
	});
});

describe('weekTicks', () => {
	it('puts week 1 of 2026 on Monday 29 December 2025, at the end of the 2025 wheel', () => {
		const last = weekTicks(wheelSpan(2025)).at(-1);
		expect([last?.week, last?.weekYear, last?.monday.toString(), last?.partial]).toEqual([1, 2026, '2025-12-29', false]);
		expect(last?.angle).toBeCloseTo(357.041096, 6);
		expect(last?.endAngle).toBe(360);
	});

	it('labels the partial week 1 at the start of 2026, whose Monday lies in December 2025', () => {
		const ticks = weekTicks(wheelSpan(2026));
		expect(ticks).toHaveLength(53);
		const first = ticks[0];
		expect([first?.week, first?.weekYear, first?.monday.toString(), first?.partial, first?.startAngle]).toEqual([
			1,
			2026,
			'2025-12-29',
			true,
			0
		]);
		expect(first?.angle).toBeCloseTo(-2.958904, 6);
		expect(first?.endAngle).toBeCloseTo(3.945205, 6);
		expect([ticks[1]?.week, ticks[1]?.monday.toString(), ticks[1]?.partial]).toEqual([2, '2026-01-05', false]);
		expect(ticks[1]?.angle).toBeCloseTo(3.945205, 6);
		const last = ticks.at(-1);
		expect([last?.week, last?.weekYear, last?.monday.toString()]).toEqual([53, 2026, '2026-12-28']);
		expect(last?.angle).toBeCloseTo(356.054795, 6);
	});

	it('labels the three days of week 53 of 2026 at the start of the 2027 wheel', () => {
		const first = weekTicks(wheelSpan(2027))[0];
		expect([first?.week, first?.weekYear, first?.partial]).toEqual([53, 2026, true]);
		expect(first?.endAngle).toBeCloseTo((3 / 365) * 360, 9);
	});

	it('ticks a Monday that is the first day of the span at 0° and has no partial week', () => {
		const ticks = weekTicks(wheelSpan(2024));
		expect(ticks).toHaveLength(53);
		expect([ticks[0]?.week, ticks[0]?.weekYear, ticks[0]?.angle, ticks[0]?.partial]).toEqual([1, 2024, 0, false]);
		expect([ticks.at(-1)?.week, ticks.at(-1)?.weekYear]).toEqual([1, 2025]);
	});

	it('ticks the four Mondays of February 2026 on a month zoom, after Sunday 1 February of week 5', () => {
		const ticks = weekTicks(monthSpan(2026, 2));
		expect(ticks.map((t) => t.week)).toEqual([5, 6, 7, 8, 9]);
		expect(ticks[0]?.partial).toBe(true);
		expect(ticks[0]?.endAngle).toBeCloseTo(12.857143, 6);
		const expected = [12.857143, 102.857143, 192.857143, 282.857143];
		ticks.slice(1).forEach((t, i) => expect(t.angle).toBeCloseTo(expected[i] ?? NaN, 6));
	});
});

describe('dayTicks', () => {
	it('ticks every day of a month zoom, 15 February 2024 at 14/29 of a turn', () => {
		const ticks = dayTicks(monthSpan(2024, 2));
		expect(ticks).toHaveLength(29);
		expect(ticks[0]?.angle).toBe(0);
		expect(ticks[14]?.date.toString()).toBe('2024-02-15');
		expect(ticks[14]?.angle).toBeCloseTo(173.793103, 6);
	});
});
