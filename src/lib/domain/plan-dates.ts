import { Temporal } from 'temporal-polyfill';
import { WEEKDAY_NAMES } from './working-days.ts';

/** The rule of a meeting plan (mødeplan). Weekdays are ISO: 1 = Monday .. 7 = Sunday. */
export type PlanRule =
	/** everyWeeks (default 1) counts from the first such weekday of the year. */
	| { kind: 'weekly'; weekday: number; everyWeeks?: number }
	/** nth is 1..4, or -1 for the last such weekday of the month. */
	| { kind: 'monthly'; weekday: number; nth: number }
	/** A fixed distance from another body's meetings, e.g. ØK one week before KB (offsetDays -7). */
	| { kind: 'relative'; anchorBody: string; offsetDays: number }
	/** Danes plan by week number ("uge 17"); the weeks are those of `year` as an ISO week-year. */
	| { kind: 'iso-weeks'; weekday: number; weeks: number[] };

/**
 * The dates a rule yields for `year`, sorted and without duplicates, before any day off is
 * considered. For 'relative' these are the anchor dates moved by the offset that land in `year`,
 * so each plan year owns exactly its own dates; for 'iso-weeks' a date may lie in the
 * neighbouring calendar year, as week 1 and week 52/53 can.
 */
export function ruleDates(
	rule: PlanRule,
	year: number,
	anchorDates?: readonly Temporal.PlainDate[]
): Temporal.PlainDate[] {
	const dates = rawDates(rule, year, anchorDates);
	dates.sort(Temporal.PlainDate.compare);
	return dates.filter((date, index) => !dates[index - 1]?.equals(date));
}

function rawDates(
	rule: PlanRule,
	year: number,
	anchorDates: readonly Temporal.PlainDate[] | undefined
): Temporal.PlainDate[] {
	switch (rule.kind) {
		case 'weekly':
			return weekly(year, rule.weekday, rule.everyWeeks ?? 1);
		case 'monthly':
			return monthly(year, rule.weekday, rule.nth);
		case 'relative':
			if (anchorDates === undefined) {
				throw new TypeError(`a relative plan needs the dates of ${rule.anchorBody}`);
			}
			return anchorDates
				.map((anchor) => anchor.add({ days: rule.offsetDays }))
				.filter((date) => date.year === year);
		case 'iso-weeks':
			return isoWeeks(year, rule.weekday, rule.weeks);
	}
}

function assertWeekday(weekday: number): void {
	if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
		throw new RangeError(`weekday must be 1 (Monday) .. 7 (Sunday): ${weekday}`);
	}
}

function weekly(year: number, weekday: number, everyWeeks: number): Temporal.PlainDate[] {
	assertWeekday(weekday);
	if (!Number.isInteger(everyWeeks) || everyWeeks < 1) {
		throw new RangeError(`everyWeeks must be a whole number >= 1: ${everyWeeks}`);
	}
	const jan1 = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const dates: Temporal.PlainDate[] = [];
	let date = jan1.add({ days: (weekday - jan1.dayOfWeek + 7) % 7 });
	while (date.year === year) {
		dates.push(date);
		date = date.add({ weeks: everyWeeks });
	}
	return dates;
}

function monthly(year: number, weekday: number, nth: number): Temporal.PlainDate[] {
	assertWeekday(weekday);
	if (nth !== -1 && !(Number.isInteger(nth) && nth >= 1 && nth <= 4)) {
		throw new RangeError(`nth must be 1..4 or -1 (last): ${nth}`);
	}
	const dates: Temporal.PlainDate[] = [];
	for (let month = 1; month <= 12; month++) {
		if (nth === -1) {
			const last = Temporal.PlainDate.from({ year, month, day: 31 });
			dates.push(last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 }));
		} else {
			const first = Temporal.PlainDate.from({ year, month, day: 1 });
			dates.push(first.add({ days: (weekday - first.dayOfWeek + 7) % 7, weeks: nth - 1 }));
		}
	}
	return dates;
}

function isoWeeks(year: number, weekday: number, weeks: readonly number[]): Temporal.PlainDate[] {
	assertWeekday(weekday);
	const monday = mondayOfWeek1(year);
	const weeksInYear = monday.until(mondayOfWeek1(year + 1)).days / 7;
	return weeks.map((week) => {
		if (!Number.isInteger(week) || week < 1 || week > weeksInYear) {
			throw new RangeError(`${year} has no ISO week ${week}`);
		}
		return monday.add({ weeks: week - 1, days: weekday - 1 });
	});
}

/** 4 January always lies in ISO week 1. */
function mondayOfWeek1(year: number): Temporal.PlainDate {
	const jan4 = Temporal.PlainDate.from({ year, month: 1, day: 4 });
	return jan4.subtract({ days: jan4.dayOfWeek - 1 });
}

const NTH = { 1: 'første', 2: 'anden', 3: 'tredje', 4: 'fjerde', [-1]: 'sidste' } as Record<number, string>;

/** A plan's rule in Danish, e.g. 'hver onsdag', 'anden tirsdag i måneden', '7 dage før KB', 'torsdag i uge 3, 7 og 12'. */
export function describePlanRule(rule: PlanRule): string {
	const day = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? `ugedag ${weekday}`;
	switch (rule.kind) {
		case 'weekly':
			return (rule.everyWeeks ?? 1) === 1 ? `hver ${day(rule.weekday)}` : `${day(rule.weekday)} hver ${rule.everyWeeks}. uge`;
		case 'monthly':
			return `${NTH[rule.nth] ?? `${rule.nth}.`} ${day(rule.weekday)} i måneden`;
		case 'relative': {
			const days = Math.abs(rule.offsetDays);
			const unit = days === 1 ? 'dag' : 'dage';
			return rule.offsetDays === 0 ? `samme dag som ${rule.anchorBody}` : `${days} ${unit} ${rule.offsetDays < 0 ? 'før' : 'efter'} ${rule.anchorBody}`;
		}
		case 'iso-weeks': {
			const weeks = rule.weeks.map(String);
			const list = weeks.length > 1 ? `${weeks.slice(0, -1).join(', ')} og ${weeks.at(-1)}` : (weeks[0] ?? '');
			return `${day(rule.weekday)} i uge ${list}`;
		}
	}
}
