import type { Temporal } from 'temporal-polyfill';
import type { WheelSpan } from './span.ts';

/**
 * A point in time on the wheel: a whole date (its midnight), or a date with a wall-clock time
 * in minutes after midnight. Wall-clock rather than elapsed time, so 12.00 is always the
 * middle of the day's slice, also on the two days a year when summer time starts or ends.
 */
export type WheelTime = Temporal.PlainDate | { readonly date: Temporal.PlainDate; readonly minutes: number };

const MINUTES_PER_DAY = 24 * 60;

/**
 * Guards the floor in `angleToDate` against binary rounding: the angle of 4 January, 3/365×360°,
 * turned back into days gives 2.9999999999999996, which must still be day 3.
 */
const EPSILON_DAYS = 1e-9;

/** Days from the span's start, fractional for a time of day; outside the span it extrapolates. */
export function dayOffset(span: WheelSpan, at: WheelTime): number {
	const date = 'minutes' in at ? at.date : at;
	const minutes = 'minutes' in at ? at.minutes : 0;
	return epochDay(date) - epochDay(span.start) + minutes / MINUTES_PER_DAY;
}

/**
 * Days since 1970-01-01. Plain arithmetic rather than `PlainDate.until`: the wheel places
 * hundreds of marks per render and the polyfill's difference was most of the wheel's build time.
 * (Date.UTC reads years 0–99 as 1900–1999; the wheel's years are far from that.)
 */
function epochDay(d: Temporal.PlainDate): number {
	return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/**
 * Degrees clockwise from 12 o'clock. Not wrapped: a time before the span is negative and one
 * after it is 360° or more, so callers can tell "outside" from "at the seam".
 */
export function dateToAngle(span: WheelSpan, at: WheelTime): number {
	return (dayOffset(span, at) / span.days) * 360;
}

/** The day whose slice of the wheel contains `angle`; any angle is first wrapped to 0..360. */
export function angleToDate(span: WheelSpan, angle: number): Temporal.PlainDate {
	const days = Math.floor((normalizeAngle(angle) / 360) * span.days + EPSILON_DAYS);
	return span.start.add({ days: Math.min(days, span.days - 1) });
}

/**
 * Start and end angles of [start, end) cut to the span, or null when it lies wholly outside.
 * Items that straddle the span's edge (a seminar over New Year, a cycle running into the
 * next quarter) are drawn up to the seam rather than wrapping round to the other side.
 */
export function intervalAngles(
	span: WheelSpan,
	start: WheelTime,
	end: WheelTime
): { start: number; end: number } | null {
	const a = Math.max(0, dateToAngle(span, start));
	const b = Math.min(360, dateToAngle(span, end));
	return a < b ? { start: a, end: b } : null;
}

export function normalizeAngle(angle: number): number {
	const wrapped = angle % 360;
	return wrapped < 0 ? wrapped + 360 : wrapped;
}

/** SVG coordinates, where y grows downward: 0° is straight up and 90° is 3 o'clock. */
export function polar(cx: number, cy: number, r: number, angleDeg: number): { x: number; y: number } {
	const rad = (angleDeg * Math.PI) / 180;
	return { x: cx + r * Math.sin(rad), y: cy - r * Math.cos(rad) };
}
