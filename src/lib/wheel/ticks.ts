import { Temporal } from 'temporal-polyfill';
import { dateToAngle } from './angles.ts';
import type { WheelSpan } from './span.ts';
import { danishMonthName as monthName, danishMonthShort as monthShort, type MonthName, type MonthShort } from '../domain/month-names.ts';

export { MONTH_NAMES, MONTH_SHORT, type MonthName, type MonthShort } from '../domain/month-names.ts';
export { danishMonthName as monthName, danishMonthShort as monthShort } from '../domain/month-names.ts';

export type MonthTick = {
	year: number;
	month: number;
	name: MonthName;
	short: MonthShort;
	startAngle: number;
	endAngle: number;
};

/**
 * Every month the span touches, its sector cut to the span: a zoom that starts or ends
 * mid-month still names the partial month.
 */
export function monthTicks(span: WheelSpan): MonthTick[] {
	const ticks: MonthTick[] = [];
	let first = span.start.with({ day: 1 });
	while (Temporal.PlainDate.compare(first, span.end) < 0) {
		const next = first.add({ months: 1 });
		ticks.push({
			year: first.year,
			month: first.month,
			name: monthName(first.month),
			short: monthShort(first.month),
			startAngle: Math.max(0, dateToAngle(span, first)),
			endAngle: Math.min(360, dateToAngle(span, next))
		});
		first = next;
	}
	return ticks;
}

/**
 * `weekYear` is the ISO week-numbering year, which differs from the Monday's year around New
 * Year. `angle` is the Monday's angle, negative for a week that began before the span;
 * `startAngle`..`endAngle` is the part of the week on the span, where its label goes.
 */
export type WeekTick = {
	week: number;
	weekYear: number;
	monday: Temporal.PlainDate;
	angle: number;
	startAngle: number;
	endAngle: number;
	/** The week began before the span, so it has no tick line at its Monday, only a label. */
	partial: boolean;
};

/**
 * Every ISO week the span touches — Danes say "uge 17". A week that began before the span
 * still gets its stretch at the start: 1–4 January 2026 lie in week 1, whose Monday is
 * 29 December 2025, and the 2026 wheel must say so rather than leave the days unnamed.
 */
export function weekTicks(span: WheelSpan): WeekTick[] {
	const ticks: WeekTick[] = [];
	let monday = span.start.subtract({ days: span.start.dayOfWeek - 1 });
	while (Temporal.PlainDate.compare(monday, span.end) < 0) {
		const { week, weekYear } = isoWeek(monday);
		const angle = dateToAngle(span, monday);
		ticks.push({
			week,
			weekYear,
			monday,
			angle,
			startAngle: Math.max(0, angle),
			endAngle: Math.min(360, dateToAngle(span, monday.add({ weeks: 1 }))),
			partial: angle < 0
		});
		monday = monday.add({ weeks: 1 });
	}
	return ticks;
}

export type DayTick = { date: Temporal.PlainDate; angle: number };

/** Every day of the span, for a quarter or month zoom where single days have room. */
export function dayTicks(span: WheelSpan): DayTick[] {
	return Array.from({ length: span.days }, (_, i) => {
		const date = span.start.add({ days: i });
		return { date, angle: (i / span.days) * 360 };
	});
}

function isoWeek(date: Temporal.PlainDate): { week: number; weekYear: number } {
	// Temporal leaves week numbers undefined only for calendars without weeks; wheel dates are ISO.
	if (date.weekOfYear === undefined || date.yearOfWeek === undefined) {
		throw new RangeError(`no ISO week for ${date} in calendar ${date.calendarId}`);
	}
	return { week: date.weekOfYear, weekYear: date.yearOfWeek };
}
