import type { Temporal } from 'temporal-polyfill';
import { angleToDate, normalizeAngle } from './angles.ts';
import type { WheelSpan } from './span.ts';

/** A concentric ring: one body, a group of bodies, or the events. */
export type Ring = { readonly id: string; readonly label: string };

export type RingBand = Ring & { readonly inner: number; readonly outer: number; readonly lanes: number };

/**
 * Bands for `rings` between `innerRadius` and `outerRadius`, the first ring outermost: the
 * list is in order of importance, and the outer rings have the most circumference for
 * labels. Every lane on the wheel gets the same width, so a ring grows with the lanes it
 * needs (missing or below 1 counts as 1, so an empty ring stays visible) and a mark is
 * equally legible in every ring.
 */
export function layoutRings(
	rings: readonly Ring[],
	innerRadius: number,
	outerRadius: number,
	laneCounts: Readonly<Record<string, number>> = {}
): RingBand[] {
	if (!(outerRadius > innerRadius && innerRadius >= 0)) {
		throw new RangeError(`radii must satisfy 0 <= inner < outer, got ${innerRadius}, ${outerRadius}`);
	}
	const ids = new Set(rings.map((ring) => ring.id));
	if (ids.size !== rings.length) throw new RangeError('ring ids must be unique');

	const lanes = rings.map((ring) => Math.max(1, Math.floor(laneCounts[ring.id] ?? 1)));
	const laneWidth = (outerRadius - innerRadius) / lanes.reduce((sum, count) => sum + count, 0);
	let outer = outerRadius;
	return rings.map((ring, i) => {
		const count = lanes[i] ?? 1;
		const inner = i === rings.length - 1 ? innerRadius : outer - count * laneWidth;
		const band = { id: ring.id, label: ring.label, inner, outer, lanes: count };
		outer = inner;
		return band;
	});
}

/** Lane 0 lies at the ring's outer edge, next to the ring above it, and later lanes step inwards. */
export function laneRadii(band: RingBand, lane: number): { inner: number; outer: number } {
	if (!Number.isInteger(lane) || lane < 0 || lane >= band.lanes) {
		throw new RangeError(`ring ${band.id} has lanes 0..${band.lanes - 1}, got ${lane}`);
	}
	const width = (band.outer - band.inner) / band.lanes;
	return { inner: band.outer - (lane + 1) * width, outer: band.outer - lane * width };
}

/**
 * The ring, lane and day under the SVG point (x, y), or null off the rings. Bands are
 * half-open, inner edge included, so a point on the line between two rings belongs to the
 * outer one and is never claimed twice.
 */
export function hitTest(
	layout: readonly RingBand[],
	span: WheelSpan,
	cx: number,
	cy: number,
	x: number,
	y: number
): { ringId: string; lane: number; date: Temporal.PlainDate } | null {
	const dx = x - cx;
	const dy = y - cy;
	const r = Math.hypot(dx, dy);
	const band = layout.find((b) => r >= b.inner && r < b.outer);
	if (!band) return null;

	// atan2(dx, -dy) measures from straight up towards 3 o'clock, the wheel's own convention.
	const angle = normalizeAngle((Math.atan2(dx, -dy) * 180) / Math.PI);
	const depth = (band.outer - r) / (band.outer - band.inner);
	const lane = Math.min(band.lanes - 1, Math.floor(depth * band.lanes));
	return { ringId: band.id, lane, date: angleToDate(span, angle) };
}
