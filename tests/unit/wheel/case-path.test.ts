import { describe, expect, it } from 'vitest';
import { casePath, monthAt, pointAngle } from '../../../src/lib/wheel/case-path.ts';
import { wheelSpan } from '../../../src/lib/wheel/span.ts';

const BANDS = [
	{ id: 'dir', label: 'DIR', inner: 378, outer: 428, lanes: 1 },
	{ id: 'kb', label: 'KB', inner: 303, outer: 378, lanes: 1 }
];
const at = (r: number, angle: number) => ({
	x: 500 + r * Math.sin((angle * Math.PI) / 180),
	y: 500 - r * Math.cos((angle * Math.PI) / 180)
});

describe('casePath', () => {
	const meetings = [
		{ id: 'dir-apr', ringId: 'dir', x: 803.456, y: 500.004 },
		{ id: 'kb-may', ringId: 'kb', x: 640.1, y: 740.555 },
		{ id: 'kb-jun', ringId: 'kb', x: 10, y: 20 }
	];

	it('joins the drawn stage meetings in stage order, rounded to hundredths', () => {
		const path = casePath(wheelSpan(2023), 500, BANDS, meetings, [
			{ meetingId: 'dir-apr', deadline: null },
			{ meetingId: 'kb-may', deadline: null }
		]);
		expect(path.points).toEqual([
			{ stage: 0, meetingId: 'dir-apr', x: 803.456, y: 500.004 },
			{ stage: 1, meetingId: 'kb-may', x: 640.1, y: 740.555 }
		]);
		expect(path.polyline).toBe('803.46,500 640.1,740.56');
	});

	it('leaves out stages without a meeting or with a meeting that is not drawn, keeping the stage numbers', () => {
		const path = casePath(wheelSpan(2023), 500, BANDS, meetings, [
			{ meetingId: null, deadline: null },
			{ meetingId: 'internal-isu', deadline: { date: '2023-03-01', minutes: 600 } },
			{ meetingId: 'kb-may', deadline: null }
		]);
		expect(path.points.map((p) => p.stage)).toEqual([2]);
		expect(path.deadlines).toEqual([]);
		expect(path.polyline).toBe('640.1,740.56');
	});

	it('draws a deadline as a radial tick across the ring of its stage at the deadline time', () => {
		// 2 July 2023 12.00 is day 182.5 of 365: exactly 180°, straight down.
		// 2 April 2023 06.00 is day 91.25: exactly 90°, 3 o'clock.
		const path = casePath(wheelSpan(2023), 500, BANDS, meetings, [
			{ meetingId: 'dir-apr', deadline: { date: '2023-04-02', minutes: 6 * 60 } },
			{ meetingId: 'kb-may', deadline: { date: '2023-07-02', minutes: 12 * 60 } }
		]);
		expect(path.deadlines.map((d) => d.stage)).toEqual([0, 1]);
		const [dir, kb] = path.deadlines;
		expect(dir?.x1).toBeCloseTo(878, 9);
		expect(dir?.y1).toBeCloseTo(500, 9);
		expect(dir?.x2).toBeCloseTo(928, 9);
		expect(dir?.y2).toBeCloseTo(500, 9);
		expect(kb?.x1).toBeCloseTo(500, 9);
		expect(kb?.y1).toBeCloseTo(803, 9);
		expect(kb?.x2).toBeCloseTo(500, 9);
		expect(kb?.y2).toBeCloseTo(878, 9);
	});

	it('drops a deadline that falls before the span, as on a zoomed wheel', () => {
		const path = casePath(wheelSpan(2023), 500, BANDS, meetings, [
			{ meetingId: 'dir-apr', deadline: { date: '2022-12-30', minutes: 12 * 60 } }
		]);
		expect(path.points).toHaveLength(1);
		expect(path.deadlines).toEqual([]);
	});
});

describe('pointAngle', () => {
	it('measures clockwise from 12 o\'clock', () => {
		expect(pointAngle(500, 500, 100)).toBe(0);
		expect(pointAngle(500, 900, 500)).toBe(90);
		expect(pointAngle(500, 500, 900)).toBe(180);
		expect(pointAngle(500, 100, 500)).toBe(270);
	});
});

describe('monthAt', () => {
	it('finds the month under a point in the month ring of 2023', () => {
		const span = wheelSpan(2023);
		const july = at(470, 180);
		expect(monthAt(span, 500, 452, 492, july.x, july.y)).toBe('2023-07');
		const lastDay = at(460, 359.9);
		expect(monthAt(span, 500, 452, 492, lastDay.x, lastDay.y)).toBe('2023-12');
		const first = at(460, 0.1);
		expect(monthAt(span, 500, 452, 492, first.x, first.y)).toBe('2023-01');
	});

	it('is null inside or outside the month ring', () => {
		const span = wheelSpan(2023);
		const inner = at(300, 180);
		const outer = at(495, 180);
		expect(monthAt(span, 500, 452, 492, inner.x, inner.y)).toBeNull();
		expect(monthAt(span, 500, 452, 492, outer.x, outer.y)).toBeNull();
	});

	it('splits February and March of the leap year 2024 at day 60 of 366', () => {
		const span = wheelSpan(2024);
		const boundary = (60 / 366) * 360;
		const feb = at(470, boundary - 0.01);
		const mar = at(470, boundary + 0.01);
		expect(monthAt(span, 500, 452, 492, feb.x, feb.y)).toBe('2024-02');
		expect(monthAt(span, 500, 452, 492, mar.x, mar.y)).toBe('2024-03');
	});

	it('follows a wheel that starts in September: half way round is March of the next year', () => {
		const span = wheelSpan(2025, 9);
		const top = at(470, 0.05);
		const half = at(470, 180);
		expect(monthAt(span, 500, 452, 492, top.x, top.y)).toBe('2025-09');
		expect(monthAt(span, 500, 452, 492, half.x, half.y)).toBe('2026-03');
	});
});
