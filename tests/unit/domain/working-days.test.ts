import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Closure } from '../../../src/lib/domain/closures.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

const summerForKB: Closure = {
	from: d('2024-07-01'),
	to: d('2024-07-31'),
	name: 'Sommerferie',
	bodyCodes: ['KB', 'ØK']
};
const christmasForAll: Closure = {
	from: d('2024-12-27'),
	to: d('2024-12-30'),
	name: 'Mellem jul og nytår',
	bodyCodes: null
};

describe('dayOffReason', () => {
	const cal = createWorkingCalendar();

	it('names weekends Lørdag and Søndag', () => {
		expect(cal.dayOffReason(d('2024-05-04'))).toBe('Lørdag');
		expect(cal.dayOffReason(d('2024-05-05'))).toBe('Søndag');
	});

	it('names a holiday that falls on a Sunday by the holiday', () => {
		expect(cal.dayOffReason(d('2024-03-31'))).toBe('Påskedag');
	});

	it('names holidays and closed days', () => {
		expect(cal.dayOffReason(d('2024-03-28'))).toBe('Skærtorsdag');
		expect(cal.dayOffReason(d('2024-12-24'))).toBe('Juleaftensdag');
		expect(cal.dayOffReason(d('2025-12-31'))).toBe('Nytårsaftensdag');
	});

	it('gives null for ordinary working days and half days', () => {
		expect(cal.dayOffReason(d('2024-04-02'))).toBeNull();
		expect(cal.dayOffReason(d('2024-05-01'))).toBeNull();
	});
});

describe('isWorkingDay and isHalfDay', () => {
	const cal = createWorkingCalendar();

	it('treats 1 May and Grundlovsdag on weekdays as working half days', () => {
		expect(cal.isWorkingDay(d('2024-05-01'))).toBe(true);
		expect(cal.isHalfDay(d('2024-05-01'))).toBe(true);
		expect(cal.isWorkingDay(d('2025-06-05'))).toBe(true);
		expect(cal.isHalfDay(d('2025-06-05'))).toBe(true);
	});

	it('does not call an ordinary day or a full holiday a half day', () => {
		expect(cal.isHalfDay(d('2024-05-02'))).toBe(false);
		expect(cal.isHalfDay(d('2022-06-05'))).toBe(false);
	});

	it('makes Store bededag a day off in 2023 and a working day in 2024', () => {
		expect(cal.isWorkingDay(d('2023-05-05'))).toBe(false);
		expect(cal.dayOffReason(d('2023-05-05'))).toBe('Store bededag');
		expect(cal.isWorkingDay(d('2024-04-26'))).toBe(true);
	});
});

describe('workingDaysBefore and workingDaysAfter', () => {
	const cal = createWorkingCalendar();

	it('skips Easter 2024 (28 March – 1 April)', () => {
		expect(cal.workingDaysBefore(d('2024-04-02'), 1).toString()).toBe('2024-03-27');
		expect(cal.workingDaysBefore(d('2024-04-04'), 3).toString()).toBe('2024-03-27');
		expect(cal.workingDaysAfter(d('2024-03-27'), 1).toString()).toBe('2024-04-02');
	});

	it('skips Easter 2025 (17–21 April)', () => {
		expect(cal.workingDaysBefore(d('2025-04-24'), 5).toString()).toBe('2025-04-14');
		expect(cal.workingDaysAfter(d('2025-04-16'), 1).toString()).toBe('2025-04-22');
	});

	it('skips Easter 2026 (2–6 April)', () => {
		expect(cal.workingDaysAfter(d('2026-04-01'), 2).toString()).toBe('2026-04-08');
		expect(cal.workingDaysBefore(d('2026-04-07'), 1).toString()).toBe('2026-04-01');
	});

	it('counts 23, 27 and 30 December as the only working days over Christmas 2024', () => {
		expect(cal.workingDaysBefore(d('2025-01-02'), 1).toString()).toBe('2024-12-30');
		expect(cal.workingDaysBefore(d('2025-01-02'), 2).toString()).toBe('2024-12-27');
		expect(cal.workingDaysBefore(d('2025-01-02'), 3).toString()).toBe('2024-12-23');
		expect(cal.workingDaysBefore(d('2025-01-02'), 4).toString()).toBe('2024-12-20');
		expect(cal.workingDaysAfter(d('2024-12-20'), 4).toString()).toBe('2025-01-02');
	});

	it('counts back over New Year 2026 into the last days of 2025', () => {
		expect(cal.workingDaysBefore(d('2026-01-05'), 3).toString()).toBe('2025-12-29');
	});

	it('counts Store bededag as a day off in 2023 only', () => {
		expect(cal.workingDaysBefore(d('2023-05-08'), 1).toString()).toBe('2023-05-04');
		expect(cal.workingDaysBefore(d('2024-04-29'), 1).toString()).toBe('2024-04-26');
	});

	it('counts a half day as a working day', () => {
		expect(cal.workingDaysBefore(d('2024-05-02'), 1).toString()).toBe('2024-05-01');
	});

	it('returns the date itself for n = 0, even on a day off', () => {
		expect(cal.workingDaysBefore(d('2024-12-25'), 0).toString()).toBe('2024-12-25');
		expect(cal.workingDaysAfter(d('2024-12-25'), 0).toString()).toBe('2024-12-25');
	});

	it('refuses negative and fractional counts', () => {
		expect(() => cal.workingDaysBefore(d('2024-05-02'), -1)).toThrow(RangeError);
		expect(() => cal.workingDaysAfter(d('2024-05-02'), 1.5)).toThrow(RangeError);
	});
});

describe('closures', () => {
	const cal = createWorkingCalendar([summerForKB, christmasForAll]);

	it('closes a body-scoped closure for its bodies only', () => {
		expect(cal.dayOffReason(d('2024-07-10'), 'KB')).toBe('Sommerferie');
		expect(cal.dayOffReason(d('2024-07-10'), 'ØK')).toBe('Sommerferie');
		expect(cal.isWorkingDay(d('2024-07-10'), 'DIR')).toBe(true);
	});

	it('does not apply a body-scoped closure when no body is given', () => {
		expect(cal.isWorkingDay(d('2024-07-10'))).toBe(true);
	});

	it('applies a closure for all bodies to every body and to no body', () => {
		expect(cal.dayOffReason(d('2024-12-27'), 'DIR')).toBe('Mellem jul og nytår');
		expect(cal.dayOffReason(d('2024-12-27'))).toBe('Mellem jul og nytår');
	});

	it('includes both ends of a closure and nothing beyond', () => {
		expect(cal.isWorkingDay(d('2024-06-28'), 'KB')).toBe(true);
		expect(cal.isWorkingDay(d('2024-07-01'), 'KB')).toBe(false);
		expect(cal.isWorkingDay(d('2024-07-31'), 'KB')).toBe(false);
		expect(cal.isWorkingDay(d('2024-08-01'), 'KB')).toBe(true);
	});

	it('names a weekend inside a closure by the weekday', () => {
		expect(cal.dayOffReason(d('2024-07-13'), 'KB')).toBe('Lørdag');
	});

	it('counts working days around closures', () => {
		expect(cal.workingDaysBefore(d('2025-01-02'), 1, 'DIR').toString()).toBe('2024-12-23');
		expect(cal.workingDaysBefore(d('2025-01-02'), 2, 'DIR').toString()).toBe('2024-12-20');
		expect(cal.workingDaysBefore(d('2024-08-01'), 1, 'KB').toString()).toBe('2024-06-28');
		expect(cal.workingDaysBefore(d('2024-08-01'), 1, 'DIR').toString()).toBe('2024-07-31');
	});
});

describe('daysOff', () => {
	it("returns the year's national days off", () => {
		const cal = createWorkingCalendar();
		expect(cal.daysOff(2024).map((dayOff) => dayOff.date.toString())).toEqual([
			'2024-01-01',
			'2024-03-28',
			'2024-03-29',
			'2024-03-31',
			'2024-04-01',
			'2024-05-01',
			'2024-05-09',
			'2024-05-19',
			'2024-05-20',
			'2024-06-05',
			'2024-12-24',
			'2024-12-25',
			'2024-12-26',
			'2024-12-31'
		]);
	});

	it('is not changed by a caller mutating the returned list', () => {
		const cal = createWorkingCalendar();
		cal.daysOff(2024).length = 0;
		expect(cal.daysOff(2024)).toHaveLength(14);
		expect(cal.isWorkingDay(d('2024-12-25'))).toBe(false);
	});
});
