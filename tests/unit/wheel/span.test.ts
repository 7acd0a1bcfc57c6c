import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { makeSpan, monthSpan, quarterSpan, wheelSpan, type WheelSpan } from '../../../src/lib/wheel/span.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);
const bounds = (span: WheelSpan) => [span.start.toString(), span.end.toString(), span.days];

describe('wheelSpan', () => {
	it('covers a calendar year of 365 days with an exclusive end on 1 January next year', () => {
		const span = wheelSpan(2023);
		expect(span.start.toString()).toBe('2023-01-01');
		expect(span.end.toString()).toBe('2024-01-01');
		expect(span.days).toBe(365);
	});

	it('counts 366 days in the leap year 2024', () => {
		expect(wheelSpan(2024).days).toBe(366);
	});

	it('runs a September budget year from 1 Sep to 31 Aug of the following year', () => {
		const span = wheelSpan(2025, 9);
		expect(span.start.toString()).toBe('2025-09-01');
		expect(span.end.subtract({ days: 1 }).toString()).toBe('2026-08-31');
		expect(span.days).toBe(365);
	});

	it('counts 29 February in a September year that contains it', () => {
		expect(wheelSpan(2023, 9).days).toBe(366);
	});

	it('rejects a start month outside 1..12', () => {
		expect(() => wheelSpan(2025, 0)).toThrow(RangeError);
		expect(() => wheelSpan(2025, 13)).toThrow(RangeError);
		expect(() => wheelSpan(2025, 1.5)).toThrow(RangeError);
	});
});

describe('quarterSpan', () => {
	it('makes quarter 1 of a calendar year January–March, 91 days in a leap year', () => {
		expect(bounds(quarterSpan(2024, 1))).toEqual(['2024-01-01', '2024-04-01', 91]);
	});

	it('counts quarters from the start month: quarter 1 of a September year is Sep–Nov', () => {
		expect(bounds(quarterSpan(2025, 1, 9))).toEqual(['2025-09-01', '2025-12-01', 91]);
	});

	it('lets a quarter cross New Year: quarter 2 of the September year 2025 is December–February', () => {
		expect(bounds(quarterSpan(2025, 2, 9))).toEqual(['2025-12-01', '2026-03-01', 90]);
	});

	it('ends quarter 4 where the wheel year ends', () => {
		expect(quarterSpan(2025, 4, 9).end.toString()).toBe(wheelSpan(2025, 9).end.toString());
	});

	it('rejects quarters outside 1..4', () => {
		expect(() => quarterSpan(2025, 0)).toThrow(RangeError);
		expect(() => quarterSpan(2025, 5)).toThrow(RangeError);
	});
});

describe('monthSpan', () => {
	it('spans 29 days for February 2024 and 28 for February 2023', () => {
		expect(monthSpan(2024, 2).days).toBe(29);
		expect(monthSpan(2023, 2).days).toBe(28);
	});

	it('ends December on 1 January of the next year', () => {
		expect(monthSpan(2025, 12).end.toString()).toBe('2026-01-01');
	});
});

describe('makeSpan', () => {
	it('counts the days between any two dates', () => {
		expect(makeSpan(d('2024-01-15'), d('2024-02-15')).days).toBe(31);
	});

	it('rejects an end that is not after the start', () => {
		expect(() => makeSpan(d('2024-02-15'), d('2024-01-15'))).toThrow(RangeError);
		expect(() => makeSpan(d('2024-02-15'), d('2024-02-15'))).toThrow(RangeError);
	});
});
