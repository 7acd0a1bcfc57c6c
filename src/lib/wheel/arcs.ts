import { normalizeAngle, polar } from './angles.ts';

/**
 * SVG path of the band between two radii from angle `a0` clockwise to `a1` — a month sector,
 * a ring's stretch of a multi-day event, a shaded political cycle. A sweep of 360° or more
 * draws the whole annulus; `rInner` 0 draws a pie slice.
 */
export function sectorPath(
	cx: number,
	cy: number,
	rInner: number,
	rOuter: number,
	a0: number,
	a1: number
): string {
	assertSweep(a0, a1);
	if (!(rOuter > rInner && rInner >= 0)) {
		throw new RangeError(`radii must satisfy 0 <= inner < outer, got ${rInner}, ${rOuter}`);
	}
	if (a1 - a0 >= 360) return annulusPath(cx, cy, rInner, rOuter, a0);

	const large = a1 - a0 > 180 ? 1 : 0;
	const o0 = polar(cx, cy, rOuter, a0);
	const o1 = polar(cx, cy, rOuter, a1);
	const outer = `M ${pt(o0)} A ${n(rOuter)} ${n(rOuter)} 0 ${large} 1 ${pt(o1)}`;
	if (rInner === 0) return `${outer} L ${n(cx)} ${n(cy)} Z`;

	const i1 = polar(cx, cy, rInner, a1);
	const i0 = polar(cx, cy, rInner, a0);
	return `${outer} L ${pt(i1)} A ${n(rInner)} ${n(rInner)} 0 ${large} 0 ${pt(i0)} Z`;
}

/** An open arc of radius `r` from `a0` clockwise to `a1`, for strokes and text paths. */
export function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
	assertOpenSweep(a0, a1);
	return openArc(cx, cy, r, a0, a1, 1);
}

/**
 * A path for `<textPath>` over `a0`..`a1`. Text runs in the direction of its path, so on the
 * lower half (mid-angle strictly between 90° and 270°) the path runs counter-clockwise from
 * `a1` to `a0`; there the glyphs stand towards the centre instead of away from it, so the
 * component should centre them on the path (`dominant-baseline="central"`) for one radius
 * to suit both halves.
 */
export function labelArc(
	cx: number,
	cy: number,
	r: number,
	a0: number,
	a1: number
): { d: string; flip: boolean } {
	assertOpenSweep(a0, a1);
	const flip = isLowerHalf((a0 + a1) / 2);
	return { d: flip ? openArc(cx, cy, r, a1, a0, 0) : openArc(cx, cy, r, a0, a1, 1), flip };
}

export function isLowerHalf(angle: number): boolean {
	const a = normalizeAngle(angle);
	return a > 90 && a < 270;
}

/** Two half-turns per circle, because an SVG arc whose endpoints coincide draws nothing. */
function annulusPath(cx: number, cy: number, rInner: number, rOuter: number, a0: number): string {
	const circle = (r: number, sweep: 0 | 1): string => {
		const p = polar(cx, cy, r, a0);
		const q = polar(cx, cy, r, a0 + 180);
		return `M ${pt(p)} A ${n(r)} ${n(r)} 0 0 ${sweep} ${pt(q)} A ${n(r)} ${n(r)} 0 0 ${sweep} ${pt(p)} Z`;
	};
	// The inner circle runs the other way so the hole stays empty under the default nonzero fill rule.
	return rInner === 0 ? circle(rOuter, 1) : `${circle(rOuter, 1)} ${circle(rInner, 0)}`;
}

function openArc(
	cx: number,
	cy: number,
	r: number,
	from: number,
	to: number,
	sweep: 0 | 1
): string {
	const large = Math.abs(to - from) > 180 ? 1 : 0;
	return `M ${pt(polar(cx, cy, r, from))} A ${n(r)} ${n(r)} 0 ${large} ${sweep} ${pt(polar(cx, cy, r, to))}`;
}

function assertSweep(a0: number, a1: number): void {
	if (!(a1 > a0)) throw new RangeError(`arc must run clockwise: ${a0}° to ${a1}°`);
}

/** An SVG arc whose endpoints coincide draws nothing, so an open arc must stop short of a turn. */
function assertOpenSweep(a0: number, a1: number): void {
	assertSweep(a0, a1);
	if (a1 - a0 >= 360) throw new RangeError(`an open arc must sweep less than 360°, got ${a1 - a0}°`);
}

function pt(p: { x: number; y: number }): string {
	return `${n(p.x)} ${n(p.y)}`;
}

/** Two decimals keep paths compact; a hundredth of an SVG unit is below what a screen shows. */
function n(value: number): string {
	return String(Math.round(value * 100) / 100 + 0);
}
