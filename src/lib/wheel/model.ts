import { Temporal } from 'temporal-polyfill';
import { dateToAngle, dayOffset, intervalAngles, polar, type WheelTime } from './angles.ts';
import { labelArc, sectorPath } from './arcs.ts';
import { assignLanes, assignMarkLanes } from './lanes.ts';
import { laneRadii, layoutRings, type Ring, type RingBand } from './layout.ts';
import type { WheelSpan } from './span.ts';
import { dayTicks, monthTicks, weekTicks } from './ticks.ts';
import { EVENTS_RING } from './rings.ts';

/**
 * The whole wheel as plain geometry: everything the component needs to draw, in SVG units of
 * a square `SIZE`×`SIZE` viewBox. From the rim inwards: month names, week numbers, day numbers
 * (zoomed only), the rings with their marks, the political cycles, and the centre.
 */
export const SIZE = 1000;
const C = SIZE / 2;

export const RADII = {
	monthOuter: 492,
	monthInner: 452,
	weekInner: 428,
	dayInner: 406,
	ringsInner: 178,
	cycleOuter: 174,
	cycleInner: 150,
	centre: 146
} as const;

const FONT = { month: 17, week: 10.5, cycle: 10.5 } as const;

/** Mark radius by zoom: a zoomed span gives each day more room, so marks can grow and carry text. */
const MARK_RADIUS = { year: 5.5, quarter: 8, month: 11 } as const;

export type ZoomKind = keyof typeof MARK_RADIUS;

/** A meeting on its ring; `date` is the local day 'YYYY-MM-DD' and `minutes` its local start. */
export type WheelMeetingInput = { readonly ringId: string; readonly date: string; readonly minutes: number };

/**
 * An event: `start`..`end` in local days, `end` inclusive as in the API; `minutes` is the local
 * start of a timed event and null for an all-day one.
 */
export type WheelEventInput = { readonly start: string; readonly end: string; readonly minutes: number | null };

export type WheelCycleInput = { readonly key: string; readonly name: string; readonly councilDate: string };

export type Line = { x1: number; y1: number; x2: number; y2: number };

export type WheelModel<M extends WheelMeetingInput, E extends WheelEventInput> = {
	months: { key: string; label: string | null; sector: string; labelPath: string; boundary: Line }[];
	weeks: { key: string; label: string | null; labelPath: string; tick: Line | null }[];
	days: { key: string; label: string; sector: string; weekend: boolean; x: number; y: number }[];
	rings: (RingBand & { sector: string; labelX: number; labelY: number })[];
	cycles: { key: string; name: string; label: string | null; shade: string; band: string; labelPath: string; odd: boolean }[];
	meetings: (M & { x: number; y: number })[];
	events: (E & { shape: string; x: number; y: number })[];
	today: Line | null;
	markRadius: number;
	/** Marks are big enough to carry a short code. */
	markText: boolean;
	ringsOuter: number;
};

export type WheelInput<M extends WheelMeetingInput, E extends WheelEventInput> = {
	span: WheelSpan;
	zoom: ZoomKind;
	rings: readonly Ring[];
	meetings: readonly M[];
	events: readonly E[];
	cycles: readonly WheelCycleInput[];
	today: string;
};

export function buildWheel<M extends WheelMeetingInput, E extends WheelEventInput>(
	input: WheelInput<M, E>
): WheelModel<M, E> {
	const { span, zoom } = input;
	const zoomed = zoom !== 'year';
	const ringsOuter = zoomed ? RADII.dayInner : RADII.weekInner;
	const markRadius = MARK_RADIUS[zoom];
	// Two marks in one lane must keep a gap where the rings are narrowest, at their inner edge.
	const minAngle = toDegrees((2 * markRadius + 3) / RADII.ringsInner);

	const ringIds = new Set(input.rings.map((r) => r.id));
	const meetings = input.meetings.filter((m) => ringIds.has(m.ringId));
	const meetingAngles = meetings.map((m) => dateToAngle(span, at(m.date, m.minutes)));
	const events = ringIds.has(EVENTS_RING) ? input.events : [];

	const meetingLanes = new Map<number, number>();
	const laneCounts: Record<string, number> = {};
	for (const ring of input.rings) {
		const members = meetings.flatMap((m, i) => (m.ringId === ring.id ? [i] : []));
		const { lanes, laneCount } = assignMarkLanes(
			members.map((i) => meetingAngles[i] ?? 0),
			minAngle
		);
		members.forEach((i, k) => meetingLanes.set(i, lanes[k] ?? 0));
		laneCounts[ring.id] = laneCount;
	}
	const minDays = (minAngle / 360) * span.days;
	const eventIntervals = events.map((e) => {
		const start = dayOffset(span, at(e.start, e.minutes ?? 0));
		const end = e.minutes === null ? dayOffset(span, date(e.end)) + 1 : start;
		return { start, end: Math.max(end, start + minDays) };
	});
	const eventLanes = assignLanes(eventIntervals);
	laneCounts[EVENTS_RING] = eventLanes.laneCount;

	const bands = layoutRings(input.rings, RADII.ringsInner, ringsOuter, laneCounts);
	const bandOf = new Map(bands.map((b) => [b.id, b]));

	return {
		months: monthTicks(span).map((m) => {
			const mid = (m.startAngle + m.endAngle) / 2;
			const arcR = (RADII.monthOuter + RADII.monthInner) / 2;
			const names = zoomed || span.start.year !== span.end.subtract({ days: 1 }).year
				? [`${m.name} ${m.year}`, m.name, m.short]
				: [m.name, m.short];
			// The boundary crosses the rings only: across the week band it would cut through labels.
			const s = polar(C, C, RADII.ringsInner, m.startAngle);
			const e = polar(C, C, ringsOuter, m.startAngle);
			return {
				key: `${m.year}-${m.month}`,
				label: fitLabel(names, arcLength(arcR, m.endAngle - m.startAngle), FONT.month),
				sector: sectorPath(C, C, RADII.monthInner, RADII.monthOuter, m.startAngle, m.endAngle),
				labelPath: labelArc(C, C, arcR, mid - 60, mid + 60).d,
				boundary: { x1: s.x, y1: s.y, x2: e.x, y2: e.y }
			};
		}),
		weeks: weekTicks(span).map((w) => {
			const arcR = (RADII.monthInner + RADII.weekInner) / 2;
			const mid = (w.startAngle + w.endAngle) / 2;
			const a = polar(C, C, RADII.weekInner, w.angle);
			const b = polar(C, C, RADII.monthInner, w.angle);
			const candidates = zoomed ? [`uge ${w.week}`, String(w.week)] : [String(w.week)];
			return {
				key: `${w.weekYear}-${w.week}`,
				label: fitLabel(candidates, arcLength(arcR, w.endAngle - w.startAngle), FONT.week),
				labelPath: labelArc(C, C, arcR, mid - 60, mid + 60).d,
				tick: w.partial || w.angle === 0 ? null : { x1: a.x, y1: a.y, x2: b.x, y2: b.y }
			};
		}),
		days: zoomed
			? dayTicks(span).map((d) => {
					const end = d.angle + 360 / span.days;
					const p = polar(C, C, (RADII.weekInner + RADII.dayInner) / 2, (d.angle + end) / 2);
					return {
						key: d.date.toString(),
						label: String(d.date.day),
						sector: sectorPath(C, C, RADII.dayInner, RADII.weekInner, d.angle, end),
						weekend: d.date.dayOfWeek >= 6,
						x: p.x,
						y: p.y
					};
				})
			: [],
		rings: bands.map((band) => ({
			...band,
			sector: sectorPath(C, C, band.inner, band.outer, 0, 360),
			labelX: C - 6,
			labelY: C - (band.inner + band.outer) / 2
		})),
		cycles: cycleSpans(span, input.cycles).map((c, i) => {
			const arcR = (RADII.cycleOuter + RADII.cycleInner) / 2;
			const mid = (c.startAngle + c.endAngle) / 2;
			return {
				key: c.key,
				name: c.name,
				label: fitLabel(cycleLabels(c.name), arcLength(arcR, c.endAngle - c.startAngle), FONT.cycle),
				shade: sectorPath(C, C, RADII.ringsInner, ringsOuter, c.startAngle, c.endAngle),
				band: sectorPath(C, C, RADII.cycleInner, RADII.cycleOuter, c.startAngle, c.endAngle),
				labelPath: labelArc(C, C, arcR, mid - 60, mid + 60).d,
				odd: i % 2 === 1
			};
		}),
		meetings: meetings.map((m, i) => {
			const band = bandOf.get(m.ringId);
			const angle = meetingAngles[i] ?? 0;
			if (!band) throw new Error(`no ring ${m.ringId}`);
			const lane = laneRadii(band, meetingLanes.get(i) ?? 0);
			return { ...m, ...polar(C, C, (lane.inner + lane.outer) / 2, angle) };
		}),
		events: events.flatMap((e, i) => {
			const band = bandOf.get(EVENTS_RING);
			const interval = eventIntervals[i];
			if (!band || !interval) return [];
			const lane = laneRadii(band, eventLanes.lanes[i] ?? 0);
			const r = (lane.inner + lane.outer) / 2;
			// A one-day event is a point like a meeting; a thin one-day arc would be hard to see.
			if (e.minutes !== null || e.start === e.end) {
				const angle = dateToAngle(span, at(e.start, e.minutes ?? 12 * 60));
				const p = polar(C, C, r, angle);
				return [{ ...e, ...p, shape: diamond(p.x, p.y, markRadius * 1.3) }];
			}
			const cut = intervalAngles(span, date(e.start), date(e.end).add({ days: 1 }));
			if (!cut) return [];
			const inset = Math.min(3, (lane.outer - lane.inner) / 4);
			const p = polar(C, C, r, (cut.start + cut.end) / 2);
			return [{ ...e, ...p, shape: sectorPath(C, C, lane.inner + inset, lane.outer - inset, cut.start, cut.end) }];
		}),
		today: todayLine(span, input.today, ringsOuter),
		markRadius,
		markText: zoom === 'month',
		ringsOuter
	};
}

/**
 * Each political cycle (politisk rul) runs from the day after the previous council meeting to
 * its own council meeting, inclusive. The year's first cycle began before the span, so it
 * starts at the span's edge; a cycle outside the span is dropped.
 */
export function cycleSpans(
	span: WheelSpan,
	cycles: readonly WheelCycleInput[]
): { key: string; name: string; startAngle: number; endAngle: number }[] {
	const sorted = [...cycles].sort((a, b) => Temporal.PlainDate.compare(date(a.councilDate), date(b.councilDate)));
	return sorted.flatMap((c, i) => {
		const previous = sorted[i - 1];
		const start = previous ? date(previous.councilDate).add({ days: 1 }) : span.start;
		const cut = intervalAngles(span, start, date(c.councilDate).add({ days: 1 }));
		return cut ? [{ key: c.key, name: c.name, startAngle: cut.start, endAngle: cut.end }] : [];
	});
}

/**
 * The first candidate whose estimated width fits `length` SVG units, or null when none does:
 * a label that cannot be read is better left out than drawn over its neighbour. The width
 * estimate (0.6 em per character) is generous for the wheel's sans-serif digits and letters.
 */
export function fitLabel(candidates: readonly string[], length: number, fontSize: number): string | null {
	return candidates.find((text) => text.length * fontSize * 0.6 <= length) ?? null;
}

/** "Rul januar 2023", then shorter forms for a short rul: "januar 2023", "januar", "jan". */
function cycleLabels(name: string): string[] {
	const withoutRul = name.replace(/^Rul /, '');
	const month = withoutRul.replace(/ \d{4}$/, '');
	return [name, withoutRul, month, month.slice(0, 3)];
}

function todayLine(span: WheelSpan, today: string, ringsOuter: number): Line | null {
	const angle = dateToAngle(span, at(today, 12 * 60));
	if (angle < 0 || angle >= 360) return null;
	const a = polar(C, C, RADII.cycleInner, angle);
	const b = polar(C, C, ringsOuter, angle);
	return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

function diamond(x: number, y: number, r: number): string {
	const n = (v: number) => Math.round(v * 100) / 100;
	return `M ${n(x)} ${n(y - r)} L ${n(x + r)} ${n(y)} L ${n(x)} ${n(y + r)} L ${n(x - r)} ${n(y)} Z`;
}

function arcLength(r: number, degrees: number): number {
	return (r * Math.PI * degrees) / 180;
}

function toDegrees(radians: number): number {
	return (radians * 180) / Math.PI;
}

/**
 * Parsed days, kept because a year's marks share a few hundred days and parsing was a large
 * part of the build; cleared when full, so a long-running server holds at most a few thousand.
 */
const parsedDays = new Map<string, Temporal.PlainDate>();

function date(iso: string): Temporal.PlainDate {
	let day = parsedDays.get(iso);
	if (!day) {
		if (parsedDays.size >= 4096) parsedDays.clear();
		day = Temporal.PlainDate.from(iso);
		parsedDays.set(iso, day);
	}
	return day;
}

function at(iso: string, minutes: number): WheelTime {
	return { date: date(iso), minutes };
}
