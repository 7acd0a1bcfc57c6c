import { normalizeAngle } from './angles.ts';

/** A stretch of the circle in degrees; `end` is exclusive, so back-to-back items share a lane. */
export type Interval = { readonly start: number; readonly end: number };

/** `lanes[i]` is the lane of input item `i`; lane 0 is the first one a ring fills. */
export type LaneAssignment = { lanes: number[]; laneCount: number };

/**
 * Lanes for stretches of the circle in degrees (a mark with its label, an event with its
 * title): stretches that overlap, also across the seam at 12 o'clock where the span's end
 * meets its start, get different lanes. Greedy by start, lowest free lane first.
 */
export function assignArcLanes(arcs: readonly Interval[]): LaneAssignment {
	for (const arc of arcs) {
		if (!(arc.end > arc.start)) throw new RangeError(`arc must end after it starts: ${arc.start}..${arc.end}`);
	}
	const order = arcs.map((arc, index) => ({ arc, index })).sort((a, b) => a.arc.start - b.arc.start || a.index - b.index);
	const laneFirst: number[] = [];
	const laneLast: number[] = [];
	const lanes: number[] = new Array<number>(arcs.length).fill(0);
	for (const { arc, index } of order) {
		let lane = laneLast.findIndex((end, l) => end <= arc.start && arc.end <= (laneFirst[l] ?? 0) + 360);
		if (lane === -1) {
			lane = laneLast.length;
			laneFirst[lane] = arc.start;
		}
		laneLast[lane] = arc.end;
		lanes[index] = lane;
	}
	return { lanes, laneCount: laneLast.length };
}

/**
 * The middle of the widest stretch of the circle that none of `arcs` covers, and its width in
 * degrees; 360 when nothing is there. Where a ring's name goes, so it covers no mark.
 */
export function widestGap(arcs: readonly Interval[]): { middle: number; width: number } {
	if (arcs.length === 0) return { middle: 0, width: 360 };
	const sorted = arcs.map((a) => ({ start: normalizeAngle(a.start), length: Math.min(360, a.end - a.start) })).sort((a, b) => a.start - b.start);
	// Walk twice round so a gap across 12 o'clock is measured like any other.
	let best = { middle: 0, width: 0 };
	let reach = Math.max(...sorted.map((a, i) => a.start + a.length - (i === 0 ? 0 : 360)));
	for (let i = 1; i <= sorted.length; i++) {
		const next = sorted[i % sorted.length]!;
		const start = next.start + (i >= sorted.length ? 360 : 0);
		if (start - reach > best.width) best = { middle: normalizeAngle((reach + start) / 2), width: start - reach };
		reach = Math.max(reach, start + next.length);
	}
	return best;
}
