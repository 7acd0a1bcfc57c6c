import { describe, expect, it } from 'vitest';
import { assignLanes, assignMarkLanes } from '../../../src/lib/wheel/lanes.ts';

describe('assignLanes', () => {
	it('gives overlapping items different lanes and uses as many lanes as the busiest day needs', () => {
		const result = assignLanes([
			{ start: 0, end: 10 },
			{ start: 5, end: 15 },
			{ start: 10, end: 20 },
			{ start: 12, end: 14 }
		]);
		expect(result).toEqual({ lanes: [0, 1, 0, 2], laneCount: 3 });
	});

	it('lets an item that starts the day another ends share its lane, the end being exclusive', () => {
		expect(
			assignLanes([
				{ start: 0, end: 5 },
				{ start: 5, end: 10 }
			])
		).toEqual({ lanes: [0, 0], laneCount: 1 });
	});

	it('reports lanes in input order whatever order the items come in', () => {
		expect(
			assignLanes([
				{ start: 5, end: 15 },
				{ start: 0, end: 10 }
			])
		).toEqual({ lanes: [1, 0], laneCount: 2 });
	});

	it('reuses the lowest lane that has come free', () => {
		expect(
			assignLanes([
				{ start: 0, end: 10 },
				{ start: 0, end: 3 },
				{ start: 4, end: 8 }
			])
		).toEqual({ lanes: [0, 1, 1], laneCount: 2 });
	});

	it('needs no lanes for no items', () => {
		expect(assignLanes([])).toEqual({ lanes: [], laneCount: 0 });
	});

	it('rejects an item that does not end after it starts', () => {
		expect(() => assignLanes([{ start: 3, end: 3 }])).toThrow(RangeError);
	});
});

describe('assignMarkLanes', () => {
	it('moves marks closer than the minimum angle to different lanes and keeps distant ones in lane 0', () => {
		expect(assignMarkLanes([10, 12, 20, 13], 5)).toEqual({ lanes: [0, 1, 0, 2], laneCount: 3 });
	});

	it('keeps marks exactly the minimum angle apart in one lane', () => {
		expect(assignMarkLanes([0, 5, 10], 5)).toEqual({ lanes: [0, 0, 0], laneCount: 1 });
	});

	it('separates marks that are close across the 12 o\'clock seam', () => {
		expect(assignMarkLanes([358, 1], 5)).toEqual({ lanes: [1, 0], laneCount: 2 });
	});

	it('treats 360° as the same place as 0°', () => {
		expect(assignMarkLanes([0, 360], 5)).toEqual({ lanes: [0, 1], laneCount: 2 });
	});

	it('rejects a minimum angle that is not positive', () => {
		expect(() => assignMarkLanes([0], 0)).toThrow(RangeError);
	});
});
