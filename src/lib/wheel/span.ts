import { Temporal } from 'temporal-polyfill';

/**
 * The stretch of time the wheel draws as one full turn. `end` is exclusive so that
 * consecutive spans tile without overlap and `days` is simply the distance between them.
 *
 * Zoom works by choosing a shorter span, not by drawing a partial arc: a quarter or a month
 * is stretched over the whole circle. Every other module takes the span as a parameter, so
 * angles, arcs, lanes, ticks and hit-testing need no zoom-specific code, and a month gets
 * twelve times the room a month has on the year wheel — enough for day ticks and labels.
 * The seam where the span's end meets its start sits at 12 o'clock, as 31 December/1 January
 * does on the year wheel.
 */
export type WheelSpan = {
	readonly start: Temporal.PlainDate;
	readonly end: Temporal.PlainDate;
	readonly days: number;
};

export function makeSpan(start: Temporal.PlainDate, end: Temporal.PlainDate): WheelSpan {
	const days = start.until(end, { largestUnit: 'day' }).days;
	if (days <= 0) throw new RangeError(`span must end after it starts: ${start}..${end}`);
	return { start, end, days };
}

/**
 * One year from the first of `startMonth` in `year`; a budget year starting in September
 * 2025 is `wheelSpan(2025, 9)` and runs 1 Sep 2025 .. 31 Aug 2026.
 */
export function wheelSpan(year: number, startMonth = 1): WheelSpan {
	assertMonth(startMonth);
	const start = Temporal.PlainDate.from({ year, month: startMonth, day: 1 });
	return makeSpan(start, start.add({ years: 1 }));
}

/**
 * Quarters count from the wheel's start month, so quarter 1 of a September wheel is
 * September–November: the zoom follows the year the user is looking at.
 */
export function quarterSpan(year: number, quarter: number, startMonth = 1): WheelSpan {
	if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
		throw new RangeError(`quarter must be 1..4, got ${quarter}`);
	}
	const start = wheelSpan(year, startMonth).start.add({ months: 3 * (quarter - 1) });
	return makeSpan(start, start.add({ months: 3 }));
}

export function monthSpan(year: number, month: number): WheelSpan {
	assertMonth(month);
	const start = Temporal.PlainDate.from({ year, month, day: 1 });
	return makeSpan(start, start.add({ months: 1 }));
}

function assertMonth(month: number): void {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`month must be 1..12, got ${month}`);
	}
}
