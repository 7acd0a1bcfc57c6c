import { describe, expect, it } from 'vitest';
import { buildWheel, cycleSpans, fitLabel, RADII, type WheelInput } from '../../../src/lib/wheel/model.ts';
import { monthSpan, wheelSpan } from '../../../src/lib/wheel/span.ts';

const RINGS = [
	{ id: 'kb', label: 'KB' },
	{ id: 'begivenheder', label: 'Begivenheder' }
];
const deg = (days: number, total = 365) => (days / total) * 360;
const at = (r: number, angle: number) => ({
	x: 500 + r * Math.sin((angle * Math.PI) / 180),
	y: 500 - r * Math.cos((angle * Math.PI) / 180)
});

type M = { id: string; ringId: string; date: string; minutes: number };
type E = { id: string; start: string; end: string; minutes: number | null };

const wheel2023 = (extra: Partial<WheelInput<M, E>> = {}) =>
	buildWheel<M, E>({
		span: wheelSpan(2023),
		zoom: 'year',
		rings: RINGS,
		meetings: [{ id: 'kb-may', ringId: 'kb', date: '2023-05-23', minutes: 17 * 60 }],
		events: [],
		cycles: [],
		today: '2023-05-23',
		...extra
	});

describe('buildWheel', () => {
	it('puts the council meeting of 23 May 2023 17.00 on the KB ring at 142 days 17 hours', () => {
		const model = wheel2023();
		// Two rings of one lane each share the 250 units between radius 178 and 428.
		expect(model.rings.map((r) => [r.id, r.inner, r.outer])).toEqual([
			['kb', 303, 428],
			['begivenheder', 178, 303]
		]);
		const expected = at(365.5, deg(142 + 17 / 24));
		expect(model.meetings[0]?.x).toBeCloseTo(expected.x, 9);
		expect(model.meetings[0]?.y).toBeCloseTo(expected.y, 9);
		expect(model.markRadius).toBe(5.5);
		expect(model.markText).toBe(false);
	});

	it('gives two meetings a day apart separate lanes, so their marks never overlap', () => {
		const model = wheel2023({
			meetings: [
				{ id: 'a', ringId: 'kb', date: '2023-05-23', minutes: 0 },
				{ id: 'b', ringId: 'kb', date: '2023-05-24', minutes: 0 }
			]
		});
		// Three lanes in all (two for KB, one for events) of 250/3 units each.
		expect(model.rings[0]?.lanes).toBe(2);
		const r = (m: { x: number; y: number } | undefined) => Math.hypot((m?.x ?? 0) - 500, (m?.y ?? 0) - 500);
		expect([r(model.meetings[0]), r(model.meetings[1])].map((v) => Math.round(v * 1000) / 1000)).toEqual([
			386.333,
			303
		]);
	});

	it('leaves out meetings whose ring is filtered away', () => {
		const model = wheel2023({ meetings: [{ id: 'x', ringId: 'dir', date: '2023-05-24', minutes: 540 }] });
		expect(model.meetings).toEqual([]);
	});

	it('draws an all-day event as an arc over its days, the inclusive end day included', () => {
		const model = wheel2023({
			events: [{ id: 'seminar', start: '2023-01-23', end: '2023-01-24', minutes: null }]
		});
		const e = model.events[0];
		const mid = at(240.5, deg(23));
		expect(e?.x).toBeCloseTo(mid.x, 9);
		expect(e?.y).toBeCloseTo(mid.y, 9);
		const inner = at(181, deg(22));
		expect(e?.shape.startsWith('M ')).toBe(true);
		expect(e?.shape).toContain(`${Math.round(inner.x * 100) / 100} ${Math.round(inner.y * 100) / 100} Z`);
	});

	it('marks today from the cycle band to the outer ring, and not at all outside the span', () => {
		const today = wheel2023().today;
		const a = at(RADII.cycleInner, deg(142.5));
		expect(today?.x1).toBeCloseTo(a.x, 9);
		expect(today?.y2).toBeCloseTo(at(428, deg(142.5)).y, 9);
		expect(wheel2023({ today: '2024-01-01' }).today).toBeNull();
	});

	it('names the months in full on the year wheel and with the year when zoomed', () => {
		expect(wheel2023().months.map((m) => m.label).slice(0, 3)).toEqual(['januar', 'februar', 'marts']);
		const may = buildWheel({ span: monthSpan(2023, 5), zoom: 'month', rings: RINGS, meetings: [], events: [], cycles: [], today: '2023-05-01' });
		expect(may.months.map((m) => m.label)).toEqual(['maj 2023']);
		expect(may.days).toHaveLength(31);
		expect(may.days.filter((d) => d.weekend).map((d) => d.label)).toEqual(['6', '7', '13', '14', '20', '21', '27', '28']);
		expect(may.weeks.map((w) => w.label)).toEqual(['uge 18', 'uge 19', 'uge 20', 'uge 21', 'uge 22']);
		expect([may.markRadius, may.markText, may.ringsOuter]).toEqual([11, true, RADII.dayInner]);
	});

	it('labels the partial week 1 of 2026 and leaves the one-day week 52 of 2023 unlabelled', () => {
		const w2026 = buildWheel({ span: wheelSpan(2026), zoom: 'year', rings: RINGS, meetings: [], events: [], cycles: [], today: '2026-01-01' });
		expect([w2026.weeks[0]?.label, w2026.weeks[0]?.tick]).toEqual(['1', null]);
		const w2023 = wheel2023().weeks;
		expect([w2023[0]?.key, w2023[0]?.label, w2023[1]?.label]).toEqual(['2022-52', null, '1']);
	});
});

describe('cycleSpans', () => {
	it('runs each rul from the day after the previous council meeting to its own', () => {
		const spans = cycleSpans(wheelSpan(2023), [
			{ key: '2023-02-28', name: 'Rul februar 2023', councilDate: '2023-02-28' },
			{ key: '2023-01-24', name: 'Rul januar 2023', councilDate: '2023-01-24' },
			{ key: '2024-01-23', name: 'Rul januar 2024', councilDate: '2024-01-23' }
		]);
		expect(spans.map((s) => s.key)).toEqual(['2023-01-24', '2023-02-28', '2024-01-23']);
		expect(spans[0]?.startAngle).toBe(0);
		expect(spans[0]?.endAngle).toBeCloseTo(deg(24), 9);
		expect(spans[1]?.startAngle).toBeCloseTo(deg(24), 9);
		expect(spans[1]?.endAngle).toBeCloseTo(deg(59), 9);
		// The next year's first rul starts after February here and is cut at the seam.
		expect(spans[2]?.endAngle).toBe(360);
	});
});

describe('fitLabel', () => {
	it('takes the first candidate that fits and gives up rather than overlap', () => {
		expect(fitLabel(['Rul december 2023', 'december 2023'], 100, 10)).toBe('december 2023');
		expect(fitLabel(['uge 17', '17'], 12, 10)).toBe('17');
		expect(fitLabel(['17'], 11.9, 10)).toBeNull();
	});
});

describe('events and cycle labels', () => {
	it('draws a one-day deadline as a point at noon and a timed reception at its start', () => {
		const model = wheel2023({
			events: [
				{ id: 'frist', start: '2023-09-15', end: '2023-09-15', minutes: null },
				{ id: 'kur', start: '2023-01-10', end: '2023-01-10', minutes: 16 * 60 }
			]
		});
		const noon = at(240.5, deg(257.5));
		expect(model.events[0]?.x).toBeCloseTo(noon.x, 9);
		expect(model.events[0]?.y).toBeCloseTo(noon.y, 9);
		expect(model.events[1]?.x).toBeCloseTo(at(240.5, deg(9 + 16 / 24)).x, 9);
		expect(model.events[0]?.shape.split(' L ')).toHaveLength(4);
	});

	it('shortens a rul label to the month when the rul is short', () => {
		const model = wheel2023({ cycles: [{ key: '2023-01-24', name: 'Rul januar 2023', councilDate: '2023-01-24' }] });
		// 24 days at radius 162 leave 67.8 units: "januar" fits, "januar 2023" does not.
		expect(model.cycles.map((c) => c.label)).toEqual(['januar']);
	});
});
