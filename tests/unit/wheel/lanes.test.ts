import { describe, expect, it } from 'vitest';
import { assignArcLanes, widestGap } from '../../../src/lib/wheel/lanes.ts';

describe('assignArcLanes and widestGap', () => {
	it('separates arcs that overlap, also across 12 o\'clock, and reuses a lane when they do not', () => {
		expect(assignArcLanes([{ start: 10, end: 20 }, { start: 15, end: 25 }, { start: 25, end: 30 }])).toEqual({ lanes: [0, 1, 0], laneCount: 2 });
		// 355°–365° reaches past the seam into 0°–5°.
		expect(assignArcLanes([{ start: 0, end: 10 }, { start: 355, end: 365 }])).toEqual({ lanes: [0, 1], laneCount: 2 });
		expect(assignArcLanes([{ start: 6, end: 10 }, { start: 355, end: 365 }])).toEqual({ lanes: [0, 0], laneCount: 1 });
	});

	it('finds the widest free stretch, also one across 12 o\'clock', () => {
		expect(widestGap([])).toEqual({ middle: 0, width: 360 });
		expect(widestGap([{ start: 10, end: 20 }, { start: 100, end: 350 }])).toEqual({ middle: 60, width: 80 });
		const seam = widestGap([{ start: 30, end: 300 }]);
		expect(seam.width).toBe(90);
		expect(seam.middle).toBe(345);
		// An arc past 360° covers the start of the circle too.
		expect(widestGap([{ start: 350, end: 380 }, { start: 200, end: 210 }])).toEqual({ middle: 110, width: 180 });
	});
});
