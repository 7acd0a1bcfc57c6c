import { Temporal } from 'temporal-polyfill';
import { closureOn, type Closure } from './closures.ts';
import { danishDaysOff, type DayOff } from './holidays.ts';

export interface WorkingCalendar {
	/**
	 * Why no meeting/deadline can be on this date for this body (null = it is an ordinary
	 * working day). Weekends give 'Lørdag'/'Søndag'.
	 */
	dayOffReason(date: Temporal.PlainDate, bodyCode?: string): string | null;
	/** Half days count as working days: the morning is worked. */
	isWorkingDay(date: Temporal.PlainDate, bodyCode?: string): boolean;
	isHalfDay(date: Temporal.PlainDate): boolean;
	/** The national day off on a date, if any: a holiday, a lukkedag or a half day. */
	dayOffOn(date: Temporal.PlainDate): DayOff | undefined;
	/** The date N working days before `date` (date itself not counted; n = 0 returns date). */
	workingDaysBefore(date: Temporal.PlainDate, n: number, bodyCode?: string): Temporal.PlainDate;
	workingDaysAfter(date: Temporal.PlainDate, n: number, bodyCode?: string): Temporal.PlainDate;
	daysOff(year: number): DayOff[];
}

/** Danish weekday names, Monday first (Temporal's dayOfWeek 1–7), lower case as inside a sentence. */
export const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** The reason a weekend day is no working day: 'Lørdag', 'Søndag'. */
const weekendReason = (date: Temporal.PlainDate) =>
	date.dayOfWeek >= 6 ? WEEKDAY_NAMES[date.dayOfWeek - 1]!.replace(/^./, (c) => c.toUpperCase()) : undefined;

interface YearOff {
	list: DayOff[];
	byDate: Map<string, DayOff>;
}

/** The Danish national calendar plus the municipality's own closures. */
export function createWorkingCalendar(closures: Closure[] = []): WorkingCalendar {
	const years = new Map<number, YearOff>();

	function yearOff(year: number): YearOff {
		let entry = years.get(year);
		if (entry === undefined) {
			const list = danishDaysOff(year);
			entry = { list, byDate: new Map(list.map((dayOff) => [dayOff.date.toString(), dayOff])) };
			years.set(year, entry);
		}
		return entry;
	}

	function dayOffOn(date: Temporal.PlainDate): DayOff | undefined {
		return yearOff(date.year).byDate.get(date.toString());
	}

	// National reasons come before local ones: they would still hold if the closure were removed.
	function dayOffReason(date: Temporal.PlainDate, bodyCode?: string): string | null {
		const dayOff = dayOffOn(date);
		if (dayOff !== undefined && dayOff.kind !== 'half-day') return dayOff.name;
		const weekend = weekendReason(date);
		if (weekend !== undefined) return weekend;
		return closureOn(closures, date, bodyCode)?.name ?? null;
	}

	function isWorkingDay(date: Temporal.PlainDate, bodyCode?: string): boolean {
		return dayOffReason(date, bodyCode) === null;
	}

	function step(date: Temporal.PlainDate, n: number, days: 1 | -1, bodyCode?: string) {
		if (!Number.isInteger(n) || n < 0) {
			throw new RangeError(`working days must be a whole number >= 0: ${n}`);
		}
		let current = date;
		for (let counted = 0; counted < n; ) {
			current = current.add({ days });
			if (isWorkingDay(current, bodyCode)) counted++;
		}
		return current;
	}

	return {
		dayOffReason,
		isWorkingDay,
		isHalfDay: (date) => dayOffOn(date)?.kind === 'half-day',
		dayOffOn,
		workingDaysBefore: (date, n, bodyCode) => step(date, n, -1, bodyCode),
		workingDaysAfter: (date, n, bodyCode) => step(date, n, 1, bodyCode),
		// A copy, so a caller cannot change the calendar's cached year.
		daysOff: (year) => [...yearOff(year).list]
	};
}
