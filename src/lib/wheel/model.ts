import { Temporal } from 'temporal-polyfill';
import { dateToAngle, intervalAngles, polar, type WheelTime } from './angles.ts';
import { labelArc, sectorPath } from './arcs.ts';
import { assignArcLanes, widestGap } from './lanes.ts';
import { laneRadii, layoutRings, type Ring, type RingBand } from './layout.ts';
import type { WheelSpan } from './span.ts';
import { dayTicks, monthTicks, weekTicks } from './ticks.ts';
import { EVENTS_RING, KEY_CASES_RING } from './rings.ts';
import type { Shade, ShadeKind } from './shades.ts';

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

/** Label size by zoom, at most: a label shrinks to fit its lane, so it never reaches into the next one. */
const LABEL_FONT = { year: 9, quarter: 9, month: 10 } as const;
const RING_FONT = 11;
/** Room between a mark and its label, and after the label, in SVG units. */
const LABEL_GAP = 3;
/** The year view's event titles are cut to this many characters; the whole title is in the tooltip. */
const YEAR_TITLE_CHARS = 22;

/** With a load ring, it takes this band just outside the cycles and the rings start further out. */
const LOAD = { inner: 178, outer: 204, ringsInner: 208 } as const;

export type ZoomKind = keyof typeof MARK_RADIUS;

/**
 * A meeting on its ring; `date` is the local day 'YYYY-MM-DD' and `minutes` its local start;
 * `label` (e.g. "ØK 29/9") is written beside the mark at quarter and month zoom.
 */
export type WheelMeetingInput = { readonly id: string; readonly ringId: string; readonly date: string; readonly minutes: number; readonly label?: string };

/**
 * An event: `start`..`end` in local days, `end` inclusive as in the API; `minutes` is the local
 * start of a timed event and null for an all-day one. `title` runs along its arc in the year
 * view, `label` (title and date) beside it when zoomed.
 */
export type WheelEventInput = { readonly start: string; readonly end: string; readonly minutes: number | null; readonly title?: string; readonly label?: string };

export type WheelCycleInput = { readonly key: string; readonly name: string; readonly councilDate: string };

/** A key case (nøglesag) from its first to its last stage's meeting, local days, `end` inclusive. */
export type WheelKeyCaseInput = { readonly id: string; readonly title: string; readonly start: string; readonly end: string };

/** Cases per meeting id, and the number at which a meeting counts as heavy. */
export type WheelLoadInput = { readonly counts: Readonly<Record<string, number>>; readonly threshold: number };

export type Line = { x1: number; y1: number; x2: number; y2: number };

/** Text along an arc: `path` for its <textPath>, centred on it. */
export type ArcLabel = { text: string; path: string; fontSize: number };

export type WheelModel<M extends WheelMeetingInput, E extends WheelEventInput> = {
	months: { key: string; label: string | null; sector: string; labelPath: string; boundary: Line }[];
	weeks: { key: string; label: string | null; labelPath: string; tick: Line | null }[];
	days: { key: string; label: string; sector: string; weekend: boolean; shade: ShadeKind | null; x: number; y: number }[];
	rings: (RingBand & { sector: string; name: ArcLabel | null })[];
	cycles: { key: string; name: string; label: string | null; fontSize: number; shade: string; band: string; labelPath: string; odd: boolean }[];
	meetings: (M & { x: number; y: number; text: ArcLabel | null; load: number; heavy: boolean })[];
	events: (E & { shape: string; x: number; y: number; text: ArcLabel | null })[];
	keyCases: (WheelKeyCaseInput & { shape: string; x: number; y: number; text: ArcLabel | null })[];
	/** one bar per meeting with cases, its height by the count; null without a load ring */
	load: { sector: string; threshold: number; bars: { meetingId: string; count: number; heavy: boolean; shape: string }[] } | null;
	shades: (Shade & { key: string; sector: string })[];
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
	keyCases?: readonly WheelKeyCaseInput[];
	load?: WheelLoadInput | null;
	shades?: readonly Shade[];
};

/** An item's stretch of its ring in degrees and where its label goes, before lanes are known. */
type Placed = { arc: { start: number; end: number }; labelFrom: number; text: string | null };

export function buildWheel<M extends WheelMeetingInput, E extends WheelEventInput>(
	input: WheelInput<M, E>
): WheelModel<M, E> {
	const { span, zoom } = input;
	const zoomed = zoom !== 'year';
	const ringsOuter = zoomed ? RADII.dayInner : RADII.weekInner;
	const ringsInner = input.load ? LOAD.ringsInner : RADII.ringsInner;
	const markRadius = MARK_RADIUS[zoom];
	const labelFont = LABEL_FONT[zoom];
	// Stretches are measured where the rings are narrowest, at their inner edge: wider anywhere else.
	const degrees = (units: number) => toDegrees(units / ringsInner);
	const textDegrees = (text: string, font: number) => degrees(textWidth(text, font));
	const markHalf = degrees(markRadius + 1.5);

	const ringIds = new Set(input.rings.map((r) => r.id));
	const meetings = input.meetings.filter((m) => ringIds.has(m.ringId));
	const meetingAngles = meetings.map((m) => dateToAngle(span, at(m.date, m.minutes)));
	const events = ringIds.has(EVENTS_RING) ? input.events : [];
	const keyCases = ringIds.has(KEY_CASES_RING) ? (input.keyCases ?? []) : [];

	const pointPlaced = (angle: number, text: string | null): Placed => {
		const labelFrom = angle + markHalf + degrees(LABEL_GAP);
		return { arc: { start: angle - markHalf, end: text ? labelFrom + textDegrees(text, labelFont) + degrees(LABEL_GAP) : angle + markHalf }, labelFrom, text };
	};
	const meetingPlaced = meetings.map((m, i) => pointPlaced(meetingAngles[i] ?? 0, zoomed ? (m.label ?? null) : null));
	const eventPlaced = events.map((e): Placed => {
		const title = zoomed ? (e.label ?? null) : e.title ? cut(e.title, YEAR_TITLE_CHARS) : null;
		if (zoomed && e.start === e.end) return pointPlaced(dateToAngle(span, at(e.start, e.minutes ?? 12 * 60)), title);
		const start = dateToAngle(span, date(e.start));
		const end = Math.max(dateToAngle(span, date(e.end).add({ days: 1 })), start + 2 * markHalf);
		const labelFrom = end + degrees(LABEL_GAP);
		return { arc: { start, end: title ? labelFrom + textDegrees(title, labelFont) + degrees(LABEL_GAP) : end }, labelFrom, text: title };
	});
	const keyPlaced = keyCases.map((k): Placed => {
		const start = dateToAngle(span, date(k.start));
		const end = dateToAngle(span, date(k.end).add({ days: 1 }));
		return { arc: { start, end: Math.max(end, start + textDegrees(k.title, labelFont) + 2 * degrees(LABEL_GAP)) }, labelFrom: start + degrees(LABEL_GAP), text: k.title };
	});

	const meetingLanes = new Map<number, number>();
	const laneCounts: Record<string, number> = {};
	for (const ring of input.rings) {
		const members = meetings.flatMap((m, i) => (m.ringId === ring.id ? [i] : []));
		const { lanes, laneCount } = assignArcLanes(members.map((i) => meetingPlaced[i]!.arc));
		members.forEach((i, k) => meetingLanes.set(i, lanes[k] ?? 0));
		laneCounts[ring.id] = laneCount;
	}
	const eventLanes = assignArcLanes(eventPlaced.map((p) => p.arc));
	laneCounts[EVENTS_RING] = eventLanes.laneCount;
	const keyLanes = assignArcLanes(keyPlaced.map((p) => p.arc));
	laneCounts[KEY_CASES_RING] = keyLanes.laneCount;

	const bands = layoutRings(input.rings, ringsInner, ringsOuter, laneCounts);
	const bandOf = new Map(bands.map((b) => [b.id, b]));
	const laneWidth = Math.min(...bands.map((b) => (b.outer - b.inner) / b.lanes));
	// A label stays inside its lane: a lane narrower than the type makes the type smaller.
	const fontSize = Math.round(Math.min(labelFont, laneWidth * 0.8) * 10) / 10;
	const laneOf = (ringId: string, lane: number) => {
		const band = bandOf.get(ringId);
		if (!band) throw new Error(`no ring ${ringId}`);
		return laneRadii(band, lane);
	};
	const arcLabel = (placed: Placed, r: number): ArcLabel | null => {
		if (!placed.text) return null;
		return { text: placed.text, fontSize, path: textArc(r, placed.labelFrom, toDegrees(textWidth(placed.text, fontSize) / r)) };
	};

	const placedMeetings = meetings.map((m, i) => {
		const lane = laneOf(m.ringId, meetingLanes.get(i) ?? 0);
		const r = (lane.inner + lane.outer) / 2;
		const load = input.load?.counts[m.id] ?? 0;
		return { ...m, ...polar(C, C, r, meetingAngles[i] ?? 0), text: arcLabel(meetingPlaced[i]!, r), load, heavy: input.load ? load >= input.load.threshold : false, lane, placed: meetingPlaced[i]! };
	});
	const placedEvents = events.flatMap((e, i) => {
		const placed = eventPlaced[i]!;
		const lane = laneOf(EVENTS_RING, eventLanes.lanes[i] ?? 0);
		const r = (lane.inner + lane.outer) / 2;
		const text = arcLabel(placed, r);
		const item = { ...e, text, lane, placed };
		// Zoomed, a one-day event is a point like a meeting (at its time, if it has one); one over several days, timed or not, an arc.
		if (zoomed && e.start === e.end) {
			const angle = dateToAngle(span, at(e.start, e.minutes ?? 12 * 60));
			const p = polar(C, C, r, angle);
			return [{ ...item, ...p, shape: diamond(p.x, p.y, markRadius * 1.3) }];
		}
		const from = Math.max(0, placed.arc.start);
		const to = Math.min(360, dateToAngle(span, date(e.end).add({ days: 1 })));
		if (!(to > from)) return [];
		const inset = Math.min(3, (lane.outer - lane.inner) / 4);
		const p = polar(C, C, r, (from + to) / 2);
		return [{ ...item, ...p, shape: sectorPath(C, C, lane.inner + inset, lane.outer - inset, from, to) }];
	});
	const placedKeyCases = keyCases.flatMap((k, i) => {
		const placed = keyPlaced[i]!;
		const lane = laneOf(KEY_CASES_RING, keyLanes.lanes[i] ?? 0);
		const r = (lane.inner + lane.outer) / 2;
		const cutTo = intervalAngles(span, date(k.start), date(k.end).add({ days: 1 }));
		if (!cutTo) return [];
		const inset = Math.min(2, (lane.outer - lane.inner) / 6);
		const p = polar(C, C, r, (cutTo.start + cutTo.end) / 2);
		return [{ ...k, ...p, text: arcLabel(placed, r), lane, placed, shape: sectorPath(C, C, lane.inner + inset, lane.outer - inset, cutTo.start, cutTo.end) }];
	});

	return {
		months: monthTicks(span).map((m) => {
			const mid = (m.startAngle + m.endAngle) / 2;
			const arcR = (RADII.monthOuter + RADII.monthInner) / 2;
			const names = zoomed || span.start.year !== span.end.subtract({ days: 1 }).year
				? [`${m.name} ${m.year}`, m.name, m.short]
				: [m.name, m.short];
			// The boundary crosses the rings only: across the week band it would cut through labels.
			const s = polar(C, C, ringsInner, m.startAngle);
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
					const day = d.date.toString();
					return {
						key: day,
						label: String(d.date.day),
						sector: sectorPath(C, C, RADII.dayInner, RADII.weekInner, d.angle, end),
						weekend: d.date.dayOfWeek >= 6,
						shade: dayShade(input.shades ?? [], day),
						x: p.x,
						y: p.y
					};
				})
			: [],
		rings: bands.map((band) => {
			const mid = (band.inner + band.outer) / 2;
			const half = RING_FONT * 0.7;
			// The ring's name goes in its widest stretch without a mark or label at the name's height.
			const overlapping = (lane: { inner: number; outer: number }) => lane.outer > mid - half && lane.inner < mid + half;
			const taken = [
				...placedMeetings.filter((m) => m.ringId === band.id && overlapping(m.lane)).map((m) => m.placed.arc),
				...(band.id === EVENTS_RING ? placedEvents.filter((e) => overlapping(e.lane)).map((e) => e.placed.arc) : []),
				...(band.id === KEY_CASES_RING ? placedKeyCases.filter((k) => overlapping(k.lane)).map((k) => k.placed.arc) : []),
				...(input.today ? todayArc(span, input.today, degrees(2)) : [])
			];
			const gap = widestGap(taken);
			// Bold type runs wider than the estimate for regular.
			const width = toDegrees((textWidth(band.label, RING_FONT) * 1.15) / mid);
			const name = gap.width >= width + degrees(2 * LABEL_GAP)
				? { text: band.label, fontSize: RING_FONT, path: textArc(mid, gap.middle - width / 2, width) }
				: null;
			return { ...band, sector: sectorPath(C, C, band.inner, band.outer, 0, 360), name };
		}),
		cycles: cycleSpans(span, input.cycles).map((c, i) => {
			const arcR = (RADII.cycleOuter + RADII.cycleInner) / 2;
			const mid = (c.startAngle + c.endAngle) / 2;
			// Always the rul's own name ("Rul april 2026"), smaller if need be, never a shortened one.
			const length = arcLength(arcR, c.endAngle - c.startAngle);
			const fontSize = CYCLE_FONTS.find((f) => fitLabel([c.name], length, f) !== null) ?? FONT.cycle;
			return {
				key: c.key,
				name: c.name,
				label: fitLabel([c.name], length, fontSize),
				fontSize,
				shade: sectorPath(C, C, ringsInner, ringsOuter, c.startAngle, c.endAngle),
				band: sectorPath(C, C, RADII.cycleInner, RADII.cycleOuter, c.startAngle, c.endAngle),
				labelPath: labelArc(C, C, arcR, mid - 60, mid + 60).d,
				odd: i % 2 === 1
			};
		}),
		meetings: placedMeetings.map(({ lane: _lane, placed: _placed, ...m }) => m as M & { x: number; y: number; text: ArcLabel | null; load: number; heavy: boolean }),
		events: placedEvents.map(({ lane: _lane, placed: _placed, ...e }) => e as E & { shape: string; x: number; y: number; text: ArcLabel | null }),
		keyCases: placedKeyCases.map(({ lane: _lane, placed: _placed, ...k }) => k),
		load: input.load ? loadBars(span, input.load, meetings, meetingAngles) : null,
		shades: (input.shades ?? []).flatMap((s) => {
			const cutTo = intervalAngles(span, date(s.from), date(s.to).add({ days: 1 }));
			// One body's closure covers that body's ring; when the ring is not drawn, nothing.
			const band = s.ring === undefined ? { inner: ringsInner, outer: ringsOuter } : bands.find((b) => b.id === s.ring);
			return cutTo && band ? [{ ...s, key: `${s.kind}-${s.from}-${s.to}${s.ring ? `-${s.ring}` : ''}`, sector: sectorPath(C, C, band.inner, band.outer, cutTo.start, cutTo.end) }] : [];
		}),
		today: todayLine(span, input.today, ringsOuter),
		markRadius,
		markText: zoom === 'month',
		ringsOuter
	};
}

const CYCLE_FONTS = [FONT.cycle, 9, 8, 7] as const;

/**
 * One bar per meeting with cases in the load band, from its inner edge outwards by the count
 * against the span's busiest meeting. Meetings of one day stand side by side within the day.
 */
function loadBars(span: WheelSpan, load: WheelLoadInput, meetings: readonly WheelMeetingInput[], angles: readonly number[]) {
	const withCases = meetings.flatMap((m, i) => ((load.counts[m.id] ?? 0) > 0 ? [{ m, angle: angles[i] ?? 0 }] : []));
	const max = Math.max(load.threshold, ...withCases.map(({ m }) => load.counts[m.id] ?? 0));
	const byDay = new Map<string, typeof withCases>();
	for (const w of withCases) byDay.set(w.m.date, [...(byDay.get(w.m.date) ?? []), w]);
	const dayDegrees = 360 / span.days;
	const bars = [...byDay.values()].flatMap((sameDay) => {
		const dayStart = dateToAngle(span, date(sameDay[0]!.m.date));
		const slot = dayDegrees / sameDay.length;
		return sameDay
			.sort((a, b) => a.angle - b.angle)
			.map(({ m }, k) => {
				const count = load.counts[m.id] ?? 0;
				const outer = LOAD.inner + 2 + ((LOAD.outer - LOAD.inner - 2) * count) / max;
				return {
					meetingId: m.id,
					count,
					heavy: count >= load.threshold,
					shape: sectorPath(C, C, LOAD.inner, outer, dayStart + k * slot + slot * 0.1, dayStart + (k + 1) * slot - slot * 0.1)
				};
			});
	});
	return { sector: sectorPath(C, C, LOAD.inner, LOAD.outer, 0, 360), threshold: load.threshold, bars };
}

function dayShade(shades: readonly Shade[], day: string): ShadeKind | null {
	// The last that covers the day wins: holidays are listed after closures and July.
	let kind: ShadeKind | null = null;
	// The day ring is everyone's: one body's closure is not shaded there.
	for (const s of shades) if (s.ring === undefined && s.from <= day && day <= s.to) kind = s.kind;
	return kind;
}

function todayArc(span: WheelSpan, today: string, half: number): { start: number; end: number }[] {
	const angle = dateToAngle(span, at(today, 12 * 60));
	return angle >= 0 && angle < 360 ? [{ start: angle - half, end: angle + half }] : [];
}

/**
 * The path for a label estimated `width` degrees wide from `from`, centred on it. The path is
 * longer than the estimate on both sides, as a <textPath> drops the glyphs that run past its
 * end; centred, the text keeps the middle the lanes were laid out for.
 */
function textArc(r: number, from: number, width: number): string {
	const slack = width * 0.3;
	return labelArc(C, C, r, from - slack, from + width + slack).d;
}

/** Estimated width in SVG units of `text` in the wheel's sans-serif at `fontSize` (see fitLabel). */
function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

function cut(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
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
	return candidates.find((text) => textWidth(text, fontSize) <= length) ?? null;
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
