import { Temporal } from 'temporal-polyfill';

/**
 * helligdag = public holiday; lukkedag = closed day (24 and 31 Dec);
 * halv fridag = off from noon (1 May, 5 June).
 */
export const DAY_OFF_KINDS = ['holiday', 'closed', 'half-day'] as const;

export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export interface DayOff {
	date: Temporal.PlainDate;
	name: string;
	kind: DayOffKind;
}

/** Offices close at noon on a half day (halv fridag). */
export const HALF_DAY_CLOSES = Temporal.PlainTime.from('12:00');

/** Store bededag was abolished by law from 2024. */
const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** When two days off share a date, the one that closes more of the day is the one that counts. */
const PRECEDENCE: Record<DayOffKind, number> = { holiday: 0, closed: 1, 'half-day': 2 };

/**
 * Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). The Gregorian
 * calendar starts in 1583, and the computus is only valid to 4099.
 */
export function easterSunday(year: number): Temporal.PlainDate {
	if (!Number.isInteger(year) || year < 1583 || year > 4099) {
		throw new RangeError(`Easter is computed for 1583..4099 only: ${year}`);
	}
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return Temporal.PlainDate.from({ year, month, day });
}

/**
 * The national days without (full) work in `year`, sorted, one entry per date. Sundays are
 * left out: the working-day rule already excludes weekends.
 */
export function danishDaysOff(year: number): DayOff[] {
	const easter = easterSunday(year);
	const fixed = (month: number, day: number) => Temporal.PlainDate.from({ year, month, day });
	const fromEaster = (days: number) => easter.add({ days });

	const all: DayOff[] = [
		{ date: fixed(1, 1), name: 'Nytårsdag', kind: 'holiday' },
		{ date: fromEaster(-3), name: 'Skærtorsdag', kind: 'holiday' },
		{ date: fromEaster(-2), name: 'Langfredag', kind: 'holiday' },
		{ date: easter, name: 'Påskedag', kind: 'holiday' },
		{ date: fromEaster(1), name: '2. påskedag', kind: 'holiday' },
		{ date: fromEaster(39), name: 'Kristi himmelfartsdag', kind: 'holiday' },
		{ date: fromEaster(49), name: 'Pinsedag', kind: 'holiday' },
		{ date: fromEaster(50), name: '2. pinsedag', kind: 'holiday' },
		{ date: fixed(12, 25), name: 'Juledag', kind: 'holiday' },
		{ date: fixed(12, 26), name: '2. juledag', kind: 'holiday' },
		{ date: fixed(12, 24), name: 'Juleaftensdag', kind: 'closed' },
		{ date: fixed(12, 31), name: 'Nytårsaftensdag', kind: 'closed' },
		{ date: fixed(5, 1), name: '1. maj', kind: 'half-day' },
		{ date: fixed(6, 5), name: 'Grundlovsdag', kind: 'half-day' }
	];
	if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
		all.push({ date: fromEaster(26), name: 'Store bededag', kind: 'holiday' });
	}

	all.sort(
		(x, y) =>
			Temporal.PlainDate.compare(x.date, y.date) || PRECEDENCE[x.kind] - PRECEDENCE[y.kind]
	);
	return all.filter((dayOff, index) => {
		const previous = all[index - 1];
		return previous === undefined || !previous.date.equals(dayOff.date);
	});
}
