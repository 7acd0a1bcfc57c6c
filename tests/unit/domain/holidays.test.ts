import { describe, expect, it } from 'vitest';
import { danishDaysOff, easterSunday } from '../../../src/lib/domain/holidays.ts';

/** 'YYYY-MM-DD kind name', one string per day off, so a whole year compares at once. */
function listing(year: number): string[] {
	return danishDaysOff(year).map((d) => `${d.date} ${d.kind} ${d.name}`);
}

describe('easterSunday', () => {
	it.each([
		[1583, '1583-04-10'],
		[1818, '1818-03-22'],
		[1943, '1943-04-25'],
		[1954, '1954-04-18'],
		[1981, '1981-04-19'],
		[2008, '2008-03-23'],
		[2019, '2019-04-21'],
		[2022, '2022-04-17'],
		[2023, '2023-04-09'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2030, '2030-04-21'],
		[2038, '2038-04-25'],
		[2049, '2049-04-18'],
		[2285, '2285-03-22'],
		[4099, '4099-04-19']
	])('puts Easter %i on %s', (year, expected) => {
		expect(easterSunday(year).toString()).toBe(expected);
	});

	it('refuses years outside the Gregorian computus range', () => {
		expect(() => easterSunday(1582)).toThrow(RangeError);
		expect(() => easterSunday(4100)).toThrow(RangeError);
	});
});

describe('danishDaysOff', () => {
	it('lists 2019 with Store bededag', () => {
		expect(listing(2019)).toEqual([
			'2019-01-01 holiday Nytårsdag',
			'2019-04-18 holiday Skærtorsdag',
			'2019-04-19 holiday Langfredag',
			'2019-04-21 holiday Påskedag',
			'2019-04-22 holiday 2. påskedag',
			'2019-05-01 half-day 1. maj',
			'2019-05-17 holiday Store bededag',
			'2019-05-30 holiday Kristi himmelfartsdag',
			'2019-06-05 half-day Grundlovsdag',
			'2019-06-09 holiday Pinsedag',
			'2019-06-10 holiday 2. pinsedag',
			'2019-12-24 closed Juleaftensdag',
			'2019-12-25 holiday Juledag',
			'2019-12-26 holiday 2. juledag',
			'2019-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists Pinsedag, not Grundlovsdag, on 5 June 2022', () => {
		expect(listing(2022)).toEqual([
			'2022-01-01 holiday Nytårsdag',
			'2022-04-14 holiday Skærtorsdag',
			'2022-04-15 holiday Langfredag',
			'2022-04-17 holiday Påskedag',
			'2022-04-18 holiday 2. påskedag',
			'2022-05-01 half-day 1. maj',
			'2022-05-13 holiday Store bededag',
			'2022-05-26 holiday Kristi himmelfartsdag',
			'2022-06-05 holiday Pinsedag',
			'2022-06-06 holiday 2. pinsedag',
			'2022-12-24 closed Juleaftensdag',
			'2022-12-25 holiday Juledag',
			'2022-12-26 holiday 2. juledag',
			'2022-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2023, the last year with Store bededag', () => {
		expect(listing(2023)).toEqual([
			'2023-01-01 holiday Nytårsdag',
			'2023-04-06 holiday Skærtorsdag',
			'2023-04-07 holiday Langfredag',
			'2023-04-09 holiday Påskedag',
			'2023-04-10 holiday 2. påskedag',
			'2023-05-01 half-day 1. maj',
			'2023-05-05 holiday Store bededag',
			'2023-05-18 holiday Kristi himmelfartsdag',
			'2023-05-28 holiday Pinsedag',
			'2023-05-29 holiday 2. pinsedag',
			'2023-06-05 half-day Grundlovsdag',
			'2023-12-24 closed Juleaftensdag',
			'2023-12-25 holiday Juledag',
			'2023-12-26 holiday 2. juledag',
			'2023-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2024 without Store bededag', () => {
		expect(listing(2024)).toEqual([
			'2024-01-01 holiday Nytårsdag',
			'2024-03-28 holiday Skærtorsdag',
			'2024-03-29 holiday Langfredag',
			'2024-03-31 holiday Påskedag',
			'2024-04-01 holiday 2. påskedag',
			'2024-05-01 half-day 1. maj',
			'2024-05-09 holiday Kristi himmelfartsdag',
			'2024-05-19 holiday Pinsedag',
			'2024-05-20 holiday 2. pinsedag',
			'2024-06-05 half-day Grundlovsdag',
			'2024-12-24 closed Juleaftensdag',
			'2024-12-25 holiday Juledag',
			'2024-12-26 holiday 2. juledag',
			'2024-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2025', () => {
		expect(listing(2025)).toEqual([
			'2025-01-01 holiday Nytårsdag',
			'2025-04-17 holiday Skærtorsdag',
			'2025-04-18 holiday Langfredag',
			'2025-04-20 holiday Påskedag',
			'2025-04-21 holiday 2. påskedag',
			'2025-05-01 half-day 1. maj',
			'2025-05-29 holiday Kristi himmelfartsdag',
			'2025-06-05 half-day Grundlovsdag',
			'2025-06-08 holiday Pinsedag',
			'2025-06-09 holiday 2. pinsedag',
			'2025-12-24 closed Juleaftensdag',
			'2025-12-25 holiday Juledag',
			'2025-12-26 holiday 2. juledag',
			'2025-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2026', () => {
		expect(listing(2026)).toEqual([
			'2026-01-01 holiday Nytårsdag',
			'2026-04-02 holiday Skærtorsdag',
			'2026-04-03 holiday Langfredag',
			'2026-04-05 holiday Påskedag',
			'2026-04-06 holiday 2. påskedag',
			'2026-05-01 half-day 1. maj',
			'2026-05-14 holiday Kristi himmelfartsdag',
			'2026-05-24 holiday Pinsedag',
			'2026-05-25 holiday 2. pinsedag',
			'2026-06-05 half-day Grundlovsdag',
			'2026-12-24 closed Juleaftensdag',
			'2026-12-25 holiday Juledag',
			'2026-12-26 holiday 2. juledag',
			'2026-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2027, with Easter in March', () => {
		expect(listing(2027)).toEqual([
			'2027-01-01 holiday Nytårsdag',
			'2027-03-25 holiday Skærtorsdag',
			'2027-03-26 holiday Langfredag',
			'2027-03-28 holiday Påskedag',
			'2027-03-29 holiday 2. påskedag',
			'2027-05-01 half-day 1. maj',
			'2027-05-06 holiday Kristi himmelfartsdag',
			'2027-05-16 holiday Pinsedag',
			'2027-05-17 holiday 2. pinsedag',
			'2027-06-05 half-day Grundlovsdag',
			'2027-12-24 closed Juleaftensdag',
			'2027-12-25 holiday Juledag',
			'2027-12-26 holiday 2. juledag',
			'2027-12-31 closed Nytårsaftensdag'
		]);
	});

	it('lists 2030', () => {
		expect(listing(2030)).toEqual([
			'2030-01-01 holiday Nytårsdag',
			'2030-04-18 holiday Skærtorsdag',
			'2030-04-19 holiday Langfredag',
			'2030-04-21 holiday Påskedag',
			'2030-04-22 holiday 2. påskedag',
			'2030-05-01 half-day 1. maj',
			'2030-05-30 holiday Kristi himmelfartsdag',
			'2030-06-05 half-day Grundlovsdag',
			'2030-06-09 holiday Pinsedag',
			'2030-06-10 holiday 2. pinsedag',
			'2030-12-24 closed Juleaftensdag',
			'2030-12-25 holiday Juledag',
			'2030-12-26 holiday 2. juledag',
			'2030-12-31 closed Nytårsaftensdag'
		]);
	});

	it('has Store bededag on 2023-05-05 and none from 2024', () => {
		const storeBededag = (year: number) =>
			danishDaysOff(year)
				.filter((d) => d.name === 'Store bededag')
				.map((d) => d.date.toString());
		expect(storeBededag(2023)).toEqual(['2023-05-05']);
		expect(storeBededag(2024)).toEqual([]);
		expect(storeBededag(2030)).toEqual([]);
	});

	it('lets Kristi himmelfartsdag win over 1. maj (2008)', () => {
		expect(listing(2008).filter((line) => line.startsWith('2008-05-01'))).toEqual([
			'2008-05-01 holiday Kristi himmelfartsdag'
		]);
	});

	it('lets Store bededag win over 1. maj (2015)', () => {
		expect(listing(2015).filter((line) => line.startsWith('2015-05-01'))).toEqual([
			'2015-05-01 holiday Store bededag'
		]);
	});

	it('lets 2. pinsedag win over Grundlovsdag (2017)', () => {
		expect(listing(2017).filter((line) => line.startsWith('2017-06-05'))).toEqual([
			'2017-06-05 holiday 2. pinsedag'
		]);
	});
});
