import { describe, expect, it } from 'vitest';
import { termContaining, thirdTuesdayOfNovember } from '../../../src/lib/domain/terms.ts';
import type { ElectoralTerm } from '../../../src/lib/domain/terms.ts';

/** The whole term as ISO strings, so one assertion covers every field. */
function plain(term: ElectoralTerm) {
	return {
		startYear: term.startYear,
		endYear: term.endYear,
		start: term.start.toString(),
		end: term.end.toString(),
		electionDay: term.electionDay.toString(),
		constitutiveWindow: [
			term.constitutiveWindow.from.toString(),
			term.constitutiveWindow.to.toString()
		],
		nextElectionDay: term.nextElectionDay.toString()
	};
}

describe('thirdTuesdayOfNovember', () => {
	it.each([
		[2017, '2017-11-21'],
		[2021, '2021-11-16'],
		[2022, '2022-11-15'],
		[2025, '2025-11-18'],
		[2029, '2029-11-20'],
		[2033, '2033-11-15']
	])('is in %i on %s', (year, expected) => {
		expect(thirdTuesdayOfNovember(year).toString()).toBe(expected);
	});
});

describe('termContaining', () => {
	const term2018 = {
		startYear: 2018,
		endYear: 2021,
		start: '2018-01-01',
		end: '2021-12-31',
		electionDay: '2017-11-21',
		constitutiveWindow: ['2017-12-01', '2017-12-15'],
		nextElectionDay: '2021-11-16'
	};
	const term2022 = {
		startYear: 2022,
		endYear: 2025,
		start: '2022-01-01',
		end: '2025-12-31',
		electionDay: '2021-11-16',
		constitutiveWindow: ['2021-12-01', '2021-12-15'],
		nextElectionDay: '2025-11-18'
	};

	it('puts the election year 2021 in the term that ends with it', () => {
		expect(plain(termContaining(2021))).toEqual(term2018);
	});

	it('gives the same term for its first and last year', () => {
		expect(plain(termContaining(2022))).toEqual(term2022);
		expect(plain(termContaining(2025))).toEqual(term2022);
	});

	it('starts the council elected in 2025 on 1 January 2026', () => {
		expect(plain(termContaining(2026))).toEqual({
			startYear: 2026,
			endYear: 2029,
			start: '2026-01-01',
			end: '2029-12-31',
			electionDay: '2025-11-18',
			constitutiveWindow: ['2025-12-01', '2025-12-15'],
			nextElectionDay: '2029-11-20'
		});
	});

	it('starts with the first November election, 17 November 1981, and invents no earlier one', () => {
		expect(termContaining(1982).electionDay.toString()).toBe('1981-11-17');
		expect(termContaining(1985).endYear).toBe(1985);
		expect(() => termContaining(1981)).toThrow(RangeError);
		expect(() => termContaining(1900)).toThrow(RangeError);
	});

	it('gives 2030–2033 for 2030, elected 2029-11-20', () => {
		expect(plain(termContaining(2030))).toEqual({
			startYear: 2030,
			endYear: 2033,
			start: '2030-01-01',
			end: '2033-12-31',
			electionDay: '2029-11-20',
			constitutiveWindow: ['2029-12-01', '2029-12-15'],
			nextElectionDay: '2033-11-15'
		});
	});
});
