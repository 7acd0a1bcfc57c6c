import { normalizeAngle } from './angles.ts';

/**
 * A stretch of a ring in days from the span's start; `end` is exclusive, so back-to-back
 * items share a lane.
 */
export type Interval = { readonly start: number; readonly end: number };

/** `lanes[i]` is the lane of input item `i`; lane 0 is the first one a ring fills. */
export type LaneAssignment = { lanes: number[]; laneCount: number };

/**
 * Items that overlap in time get different lanes, so they never overlap on screen. Taking
 * items by start and putting each in the lowest free lane uses as few lanes as the busiest
 * moment demands, which is the least possible, and keeps lane 0 as full as it can be.
 */
export function assignLanes(items: readonly Interval[]): LaneAssignment {
	for (const item of items) {
		if (!(item.end > item.start)) {
			throw new RangeError(`interval must end after it starts: ${item.start}..${item.end}`);
		}
	}
	const order = items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => a.item.start - b.item.start || a.index - b.index);

	const laneEnds: number[] = [];
	const lanes: number[] = new Array<number>(items.length).fill(0);
	for (const { item, index } of order) {
		let lane = laneEnds.findIndex((end) => end <= item.start);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = item.end;
		lanes[index] = lane;
	}
	return { lanes, laneCount: laneEnds.length };
}

/**
 * Lanes for point marks (meetings) whose labels need `minAngle` degrees of room: marks closer
 * than that go to different lanes. The wheel is a circle, so a mark at 359° also collides with
 * one at 1°; the greedy pass checks that seam too. With marks near the seam it may use one
 * lane more than strictly needed, which is harmless, but it never lets two labels collide.
 */
export function assignMarkLanes(angles: readonly number[], minAngle: number): LaneAssignment {
	if (!(minAngle > 0)) throw new RangeError(`minAngle must be positive, got ${minAngle}`);
	const order = angles
		.map((angle, index) => ({ angle: normalizeAngle(angle), index }))
		.sort((a, b) => a.angle - b.angle || a.index - b.index);

	const laneFirst: number[] = [];
	const laneLast: number[] = [];
	const lanes: number[] = new Array<number>(angles.length).fill(0);
	for (const { angle, index } of order) {
		let lane = laneLast.findIndex(
			(last, l) => angle - last >= minAngle && (laneFirst[l] ?? 0) + 360 - angle >= minAngle
		);
		if (lane === -1) {
			lane = laneLast.length;
			laneFirst[lane] = angle;
		}
		laneLast[lane] = angle;
		lanes[index] = lane;
	}
	return { lanes, laneCount: laneLast.length };
}
