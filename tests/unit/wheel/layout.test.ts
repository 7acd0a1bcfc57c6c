import { describe, expect, it } from 'vitest';
import { hitTest, laneRadii, layoutRings } from '../../../src/lib/wheel/layout.ts';
import { monthSpan, wheelSpan } from '../../../src/lib/wheel/span.ts';
import { polar } from '../../../src/lib/wheel/angles.ts';

const rings = [
	{ id: 'kb', label: 'Kommunalbestyrelsen' },
	{ id: 'ok', label: 'Økonomiudvalget' },
	{ id: 'events', label: 'Begivenheder' }
];
const layout = layoutRings(rings, 100, 200, { events: 2 });
const CX = 250;
const CY = 250;
const at = (r: number, angle: number) => {
	const p = polar(CX, CY, r, angle);
	return hitTest(layout, wheelSpan(2023), CX, CY, p.x, p.y);
};

describe('layoutRings', () => {
	it('stacks rings from the outside in, every lane equally wide', () => {
		expect(layout).toEqual([
			{ id: 'kb', label: 'Kommunalbestyrelsen', inner: 175, outer: 200, lanes: 1 },
			{ id: 'ok', label: 'Økonomiudvalget', inner: 150, outer: 175, lanes: 1 },
			{ id: 'events', label: 'Begivenheder', inner: 100, outer: 150, lanes: 2 }
		]);
	});

	it('gives a ring with no lanes one lane so it stays visible', () => {
		expect(layoutRings([{ id: 'kb', label: 'KB' }], 0, 90, { kb: 0 })[0]?.lanes).toBe(1);
	});

	it('ends the innermost ring exactly on the inner radius despite uneven widths', () => {
		const bands = layoutRings(rings, 0, 100);
		expect(bands.map((b) => b.inner)).toEqual([bands[0]?.inner, bands[1]?.inner, 0]);
		expect(bands[0]?.inner).toBeCloseTo(66.666667, 6);
	});

	it('rejects duplicate ring ids and inverted radii', () => {
		expect(() => layoutRings([rings[0]!, rings[0]!], 0, 100)).toThrow(RangeError);
		expect(() => layoutRings(rings, 200, 100)).toThrow(RangeError);
	});
});

describe('laneRadii', () => {
	it('puts lane 0 at the outer edge of its ring', () => {
		const events = layout[2]!;
		expect(laneRadii(events, 0)).toEqual({ inner: 125, outer: 150 });
		expect(laneRadii(events, 1)).toEqual({ inner: 100, outer: 125 });
	});

	it('rejects a lane the ring does not have', () => {
		expect(() => laneRadii(layout[2]!, 2)).toThrow(RangeError);
	});
});

describe('hitTest', () => {
	it('finds the outer ring and 1 January straight up', () => {
		expect(at(190, 0)).toMatchObject({ ringId: 'kb', lane: 0 });
		expect(at(190, 0)?.date.toString()).toBe('2023-01-01');
	});

	it('finds the second ring and 2 April at 3 o\'clock', () => {
		const hit = at(160, 90);
		expect([hit?.ringId, hit?.date.toString()]).toEqual(['ok', '2023-04-02']);
	});

	it('finds the inner lane of the events ring and 2 July straight down', () => {
		const hit = at(110, 180);
		expect([hit?.ringId, hit?.lane, hit?.date.toString()]).toEqual(['events', 1, '2023-07-02']);
	});

	it('gives a point on the line between two rings to the outer one', () => {
		const hit = hitTest(layout, wheelSpan(2023), CX, CY, CX - 150, CY);
		expect([hit?.ringId, hit?.lane, hit?.date.toString()]).toEqual(['ok', 0, '2023-10-01']);
	});

	it('finds nothing inside the innermost ring, at the centre or beyond the rim', () => {
		expect(at(90, 45)).toBeNull();
		expect(hitTest(layout, wheelSpan(2023), CX, CY, CX, CY)).toBeNull();
		expect(at(200, 45)).toBeNull();
		expect(at(210, 45)).toBeNull();
	});

	it('reads the date on the zoomed span: 3 o\'clock on February 2024 is 8 February', () => {
		const p = polar(CX, CY, 160, 90);
		expect(hitTest(layout, monthSpan(2024, 2), CX, CY, p.x, p.y)?.date.toString()).toBe('2024-02-08');
	});

	it('reads the date on a September wheel: 121° is 1 January', () => {
		const p = polar(CX, CY, 160, 121);
		expect(hitTest(layout, wheelSpan(2025, 9), CX, CY, p.x, p.y)?.date.toString()).toBe('2026-01-01');
	});
});
