import { describe, expect, it } from 'vitest';
import { arcPath, isLowerHalf, labelArc, sectorPath } from '../../../src/lib/wheel/arcs.ts';

describe('sectorPath', () => {
	it('draws a quarter band: outer arc clockwise, inner arc back, small-arc flags', () => {
		expect(sectorPath(100, 100, 50, 100, 0, 90)).toBe(
			'M 100 0 A 100 100 0 0 1 200 100 L 150 100 A 50 50 0 0 0 100 50 Z'
		);
	});

	it('sets the large-arc flag for a sweep over 180°', () => {
		expect(sectorPath(100, 100, 50, 100, 0, 270)).toBe(
			'M 100 0 A 100 100 0 1 1 0 100 L 50 100 A 50 50 0 1 0 100 50 Z'
		);
	});

	it('keeps the small-arc flag for exactly 180°', () => {
		expect(sectorPath(100, 100, 50, 100, 90, 270)).toBe(
			'M 200 100 A 100 100 0 0 1 0 100 L 50 100 A 50 50 0 0 0 150 100 Z'
		);
	});

	it('rounds coordinates to two decimals: the January sector of 2023', () => {
		expect(sectorPath(200, 200, 100, 150, 0, (31 / 365) * 360)).toBe(
			'M 200 50 A 150 150 0 0 1 276.3 70.86 L 250.87 113.9 A 100 100 0 0 0 200 100 Z'
		);
	});

	it('draws a pie slice to the centre when the inner radius is 0', () => {
		expect(sectorPath(100, 100, 0, 100, 0, 90)).toBe('M 100 0 A 100 100 0 0 1 200 100 L 100 100 Z');
	});

	it('draws a full turn as two half-circles per radius, the hole wound the other way', () => {
		expect(sectorPath(100, 100, 50, 100, 0, 360)).toBe(
			'M 100 0 A 100 100 0 0 1 100 200 A 100 100 0 0 1 100 0 Z ' +
				'M 100 50 A 50 50 0 0 0 100 150 A 50 50 0 0 0 100 50 Z'
		);
	});

	it('rejects a sweep that does not run clockwise and radii in the wrong order', () => {
		expect(() => sectorPath(100, 100, 50, 100, 90, 90)).toThrow(RangeError);
		expect(() => sectorPath(100, 100, 50, 100, 90, 0)).toThrow(RangeError);
		expect(() => sectorPath(100, 100, 100, 50, 0, 90)).toThrow(RangeError);
	});
});

describe('arcPath', () => {
	it('draws an open clockwise arc', () => {
		expect(arcPath(100, 100, 100, 0, 90)).toBe('M 100 0 A 100 100 0 0 1 200 100');
	});

	it('rejects a full turn, which SVG cannot draw as one arc', () => {
		expect(() => arcPath(100, 100, 100, 0, 360)).toThrow(RangeError);
	});
});

describe('labelArc', () => {
	it('runs clockwise for a label centred at 45°', () => {
		expect(labelArc(100, 100, 100, 0, 90)).toEqual({ d: 'M 100 0 A 100 100 0 0 1 200 100', flip: false });
	});

	it('flips a label centred at 135° to run counter-clockwise from its end', () => {
		expect(labelArc(100, 100, 100, 90, 180)).toEqual({ d: 'M 100 200 A 100 100 0 0 0 200 100', flip: true });
	});

	it('flips a label centred at 225°', () => {
		expect(labelArc(100, 100, 100, 180, 270)).toEqual({ d: 'M 0 100 A 100 100 0 0 0 100 200', flip: true });
	});

	it('runs clockwise for a label centred at 315°', () => {
		expect(labelArc(100, 100, 100, 270, 360)).toEqual({ d: 'M 0 100 A 100 100 0 0 1 100 0', flip: false });
	});

	it('keeps the large-arc flag when a long flipped label is reversed', () => {
		expect(labelArc(100, 100, 100, 45, 315)).toEqual({
			d: 'M 29.29 29.29 A 100 100 0 1 0 170.71 29.29',
			flip: true
		});
	});
});

describe('isLowerHalf', () => {
	it('counts only angles strictly between 90° and 270° as lower, after wrapping', () => {
		expect([45, 90, 90.01, 135, 225, 269.99, 270, 315, -45, 495].map(isLowerHalf)).toEqual([
			false,
			false,
			true,
			true,
			true,
			true,
			false,
			false,
			false,
			true
		]);
	});
});
