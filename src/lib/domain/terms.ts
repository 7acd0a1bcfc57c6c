import { Temporal } from 'temporal-polyfill';

/** A council's electoral term (valgperiode). */
export interface ElectoralTerm {
	startYear: number;
	endYear: number;
	start: Temporal.PlainDate;
	end: Temporal.PlainDate;
	/** The election that elected this council. */
	electionDay: Temporal.PlainDate;
	/**
	 * The constitutive meeting (konstituerende møde) must fall in 1–15 December of the election
	 * year (KSL § 6).
	 */
	constitutiveWindow: { from: Temporal.PlainDate; to: Temporal.PlainDate };
	/** The election held within the term, electing the next council. */
	nextElectionDay: Temporal.PlainDate;
}

const TUESDAY = 2;
const TERM_YEARS = 4;
/** Any year in which a term starts (the council elected in November 2025 starts 2026). */
const A_TERM_START_YEAR = 2026;

/**
 * The first term elected in November: the local elections moved from March (1978) to November
 * in 1981, so terms as computed here start in 1982. Earlier years are not invented.
 */
export const FIRST_TERM_START_YEAR = 1982;

/** Local elections are held on the third Tuesday of November (valgloven § 6). */
export function thirdTuesdayOfNovember(year: number): Temporal.PlainDate {
	const first = Temporal.PlainDate.from({ year, month: 11, day: 1 });
	const toFirstTuesday = (TUESDAY - first.dayOfWeek + 7) % 7;
	return first.add({ days: toFirstTuesday + 14 });
}

/** The term that `year` (1982 or later) lies in; terms are four calendar years, and the election precedes them. */
export function termContaining(year: number): ElectoralTerm {
	if (year < FIRST_TERM_START_YEAR) throw new RangeError(`terms are known from ${FIRST_TERM_START_YEAR}, the first elected in November: ${year}`);
	const intoTerm = (((year - A_TERM_START_YEAR) % TERM_YEARS) + TERM_YEARS) % TERM_YEARS;
	const startYear = year - intoTerm;
	const endYear = startYear + TERM_YEARS - 1;
	const electionYear = startYear - 1;
	return {
		startYear,
		endYear,
		start: Temporal.PlainDate.from({ year: startYear, month: 1, day: 1 }),
		end: Temporal.PlainDate.from({ year: endYear, month: 12, day: 31 }),
		electionDay: thirdTuesdayOfNovember(electionYear),
		constitutiveWindow: {
			from: Temporal.PlainDate.from({ year: electionYear, month: 12, day: 1 }),
			to: Temporal.PlainDate.from({ year: electionYear, month: 12, day: 15 })
		},
		nextElectionDay: thirdTuesdayOfNovember(endYear)
	};
}
