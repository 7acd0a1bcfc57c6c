import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import {
	angleToDate,
	dateToAngle,
	dayOffset,
	intervalAngles,
	normalizeAngle,
	polar
} from '../../../src/lib/wheel/angles.ts';
import { monthSpan, wheelSpan } from '../../../src/lib/wheel/span.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

describe('dateToAngle', () => {
	it('puts 1 January at 0°, 12 o\'clock', () => {
		expect(dateToAngle(wheelSpan(2023), d('2023-01-01'))).toBe(0);
	});

	it('puts 1 April 2023 at 90/365 of a turn', () => {
		expect(dateToAngle(wheelSpan(2023), d('2023-04-01'))).toBeCloseTo(88.767123, 6);
	});

	it('counts 29 February, putting 1 July 2024 at 182/366 of a turn', () => {
		expect(dateToAngle(wheelSpan(2024), d('2024-07-01'))).toBeCloseTo(179.016393, 6);
		expect(dateToAngle(wheelSpan(2023), d('2023-07-01'))).toBeCloseTo(178.520548, 6);
	});

	it('puts 1 September at 0° and 1 January next year at 122/365 on a September wheel', () => {
		const span = wheelSpan(2025, 9);
		expect(dateToAngle(span, d('2025-09-01'))).toBe(0);
		expect(dateToAngle(span, d('2026-01-01'))).toBeCloseTo(120.328767, 6);
	});

	it('places a time of day within its day, noon halfway through it', () => {
		expect(dateToAngle(wheelSpan(2023), { date: d('2023-01-01'), minutes: 720 })).toBeCloseTo(0.493151, 6);
		expect(dateToAngle(wheelSpan(2024), { date: d('2024-07-01'), minutes: 720 })).toBeCloseTo(179.508197, 6);
	});

	it('extrapolates outside the span instead of wrapping', () => {
		const span = wheelSpan(2023);
		expect(dateToAngle(span, d('2022-12-31'))).toBeCloseTo(-0.986301, 6);
		expect(dateToAngle(span, d('2024-01-01'))).toBe(360);
	});

	it('stretches a month zoom over the whole turn', () => {
		expect(dateToAngle(monthSpan(2024, 2), d('2024-02-15'))).toBeCloseTo(173.793103, 6);
	});
});

describe('dayOffset', () => {
	it('counts whole days plus the fraction of a time of day', () => {
		expect(dayOffset(wheelSpan(2024), { date: d('2024-03-01'), minutes: 6 * 60 })).toBe(60.25);
	});
});

describe('angleToDate', () => {
	it('returns the day whose slice holds the angle: 90° on 2023 is 2 April', () => {
		expect(angleToDate(wheelSpan(2023), 90).toString()).toBe('2023-04-02');
	});

	it('wraps negative angles and a full turn', () => {
		const span = wheelSpan(2023);
		expect(angleToDate(span, -90).toString()).toBe('2023-10-01');
		expect(angleToDate(span, 360).toString()).toBe('2023-01-01');
		expect(angleToDate(span, 359.9999).toString()).toBe('2023-12-31');
	});

	it('turns the angle of every day back into that day, in both leap and common years', () => {
		for (const span of [wheelSpan(2023), wheelSpan(2024), wheelSpan(2025, 9), monthSpan(2024, 2)]) {
			const mismatches: string[] = [];
			for (let i = 0; i < span.days; i++) {
				const date = span.start.add({ days: i });
				if (!angleToDate(span, dateToAngle(span, date)).equals(date)) mismatches.push(date.toString());
				const evening = dateToAngle(span, { date, minutes: 23 * 60 + 59 });
				if (!angleToDate(span, evening).equals(date)) mismatches.push(`${date}T23:59`);
			}
			expect(mismatches).toEqual([]);
		}
	});
});

describe('intervalAngles', () => {
	it('spans a two-day seminar from its first day to the day after its last', () => {
		const arc = intervalAngles(wheelSpan(2024), d('2024-01-22'), d('2024-01-24'));
		expect(arc?.start).toBeCloseTo(20.655738, 6);
		expect(arc?.end).toBeCloseTo(22.622951, 6);
	});

	it('cuts an event over New Year at the seam', () => {
		const arc = intervalAngles(wheelSpan(2024), d('2023-12-30'), d('2024-01-02'));
		expect(arc?.start).toBe(0);
		expect(arc?.end).toBeCloseTo(0.983607, 6);
	});

	it('cuts an event that runs past the end of a zoom at 360°', () => {
		const arc = intervalAngles(monthSpan(2024, 2), d('2024-02-15'), d('2024-03-10'));
		expect(arc?.start).toBeCloseTo(173.793103, 6);
		expect(arc?.end).toBe(360);
	});

	it('returns null for an event wholly outside the span', () => {
		expect(intervalAngles(monthSpan(2024, 2), d('2024-03-01'), d('2024-03-05'))).toBeNull();
		expect(intervalAngles(monthSpan(2024, 2), d('2024-01-20'), d('2024-02-01'))).toBeNull();
	});
});

describe('normalizeAngle', () => {
	it('wraps into 0 ≤ angle < 360', () => {
		expect(normalizeAngle(370)).toBe(10);
		expect(normalizeAngle(-10)).toBe(350);
		expect(normalizeAngle(720)).toBe(0);
	});
});

describe('polar', () => {
	it('puts 0° straight up, where SVG y is smaller', () => {
		const p = polar(100, 100, 50, 0);
		expect(p.x).toBeCloseTo(100, 10);
		expect(p.y).toBeCloseTo(50, 10);
	});

	it('puts 90° at 3 o\'clock', () => {
		const p = polar(100, 100, 50, 90);
		expect(p.x).toBeCloseTo(150, 10);
		expect(p.y).toBeCloseTo(100, 10);
	});

	it('puts 180° straight down', () => {
		const p = polar(100, 100, 50, 180);
		expect(p.x).toBeCloseTo(100, 10);
		expect(p.y).toBeCloseTo(150, 10);
	});

	it('puts 270° at 9 o\'clock', () => {
		const p = polar(100, 100, 50, 270);
		expect(p.x).toBeCloseTo(50, 10);
		expect(p.y).toBeCloseTo(100, 10);
	});

	it('puts 45° up and to the right on the diagonal', () => {
		const p = polar(0, 0, 100, 45);
		expect(p.x).toBeCloseTo(70.710678, 6);
		expect(p.y).toBeCloseTo(-70.710678, 6);
	});
});
