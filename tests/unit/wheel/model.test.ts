import { describe, expect, it } from 'vitest';
import { buildWheel, cycleSpans, fitLabel, RADII, type WheelInput } from '../../../src/lib/wheel/model.ts';
import { monthSpan, quarterSpan, wheelSpan } from '../../../src/lib/wheel/span.ts';

const RINGS = [
	{ id: 'kb', label: 'KB' },
	{ id: 'begivenheder', label: 'Begivenheder' }
];
const deg = (days: number, total = 365) => (days / total) * 360;
const at = (r: number, angle: number) => ({
	x: 500 + r * Math.sin((angle * Math.PI) / 180),
	y: 500 - r * Math.cos((angle * Math.PI) / 180)
});

type M = { id: string; ringId: string; date: string; minutes: number; label?: string };
type E = { id: string; start: string; end: string; minutes: number | null; title?: string; label?: string };

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

	it('zoomed, draws a timed event over two days as an arc over both days, and a timed one-day event as a point at its time', () => {
		const may = buildWheel<M, E>({
			span: monthSpan(2023, 5),
			zoom: 'month',
			rings: RINGS,
			meetings: [],
			events: [
				{ id: 'two-days', start: '2023-05-10', end: '2023-05-11', minutes: 9 * 60 },
				{ id: 'one-day', start: '2023-05-20', end: '2023-05-20', minutes: 9 * 60 }
			],
			cycles: [],
			today: '2023-05-01'
		});
		const shapes = Object.fromEntries(may.events.map((e) => [e.id, e.shape]));
		// An arc is a sector path with arcs (A); a point is a diamond of straight lines only.
		expect([shapes['two-days']!.includes(' A '), shapes['one-day']!.includes(' A ')]).toEqual([true, false]);
		// The arc's middle lies at the boundary of its two days, 11 May 00:00 (10 of 31 days into May).
		const middle = may.events.find((e) => e.id === 'two-days')!;
		const angle = (Math.atan2(middle.x - 500, 500 - middle.y) * 180) / Math.PI;
		expect(Math.round(angle * 10) / 10).toBe(Math.round(((10 / 31) * 360) * 10) / 10);
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
	it('draws every event as an arc over its days in the year view, a one-day deadline and a timed reception alike', () => {
		const model = wheel2023({
			events: [
				{ id: 'frist', start: '2023-09-15', end: '2023-09-15', minutes: null },
				{ id: 'kur', start: '2023-01-10', end: '2023-01-10', minutes: 16 * 60 }
			]
		});
		const noon = at(240.5, deg(257.5));
		expect(model.events[0]?.x).toBeCloseTo(noon.x, 9);
		expect(model.events[0]?.y).toBeCloseTo(noon.y, 9);
		expect(model.events[1]?.x).toBeCloseTo(at(240.5, deg(9.5)).x, 9);
		// A sector: outer arc, line in, inner arc back.
		expect(model.events[0]?.shape).toMatch(/^M [\d.]+ [\d.]+ A .* L .* A .* Z$/);
	});

	it('draws a one-day deadline as a point at noon and a timed reception at its start when zoomed', () => {
		const model = buildWheel<M, E>({
			span: quarterSpan(2023, 1),
			zoom: 'quarter',
			rings: RINGS,
			meetings: [],
			events: [
				{ id: 'frist', start: '2023-02-15', end: '2023-02-15', minutes: null },
				{ id: 'kur', start: '2023-01-10', end: '2023-01-10', minutes: 16 * 60 }
			],
			cycles: [],
			today: '2023-01-01'
		});
		const r = Math.hypot((model.events[0]?.x ?? 0) - 500, (model.events[0]?.y ?? 0) - 500);
		const angle = (e: { x: number; y: number } | undefined) => ((Math.atan2((e?.x ?? 0) - 500, 500 - (e?.y ?? 0)) * 180) / Math.PI + 360) % 360;
		expect(angle(model.events[0])).toBeCloseTo((45.5 / 90) * 360, 9);
		expect(angle(model.events[1])).toBeCloseTo(((9 + 16 / 24) / 90) * 360, 9);
		expect(r).toBeGreaterThan(178);
		expect(model.events[0]?.shape.split(' L ')).toHaveLength(4);
	});

	it('always names a rul in full, in smaller type when the rul is short', () => {
		const model = wheel2023({ cycles: [{ key: '2023-01-24', name: 'Rul januar 2023', councilDate: '2023-01-24' }] });
		// 24 days at radius 162 leave 66.9 units: at 7 units "Rul januar 2023" takes 63.
		expect(model.cycles.map((c) => [c.label, c.fontSize])).toEqual([['Rul januar 2023', 7]]);
		const long = wheel2023({ cycles: [{ key: '2023-02-28', name: 'Rul februar 2023', councilDate: '2023-02-28' }, { key: '2023-01-24', name: 'Rul januar 2023', councilDate: '2023-01-24' }] });
		expect(long.cycles.map((c) => c.label)).toEqual(['Rul januar 2023', 'Rul februar 2023']);
	});
});

describe('labels', () => {
	const q3 = (meetings: M[], extra: Partial<WheelInput<M, E>> = {}) =>
		buildWheel<M, E>({
			span: quarterSpan(2026, 3),
			zoom: 'quarter',
			rings: [{ id: 'oek', label: 'ØK' }, { id: 'begivenheder', label: 'Begivenheder' }],
			meetings,
			events: [],
			cycles: [],
			today: '2026-07-01',
			...extra
		});

	it('writes a label beside each meeting mark at quarter zoom, and none in the year view', () => {
		const model = q3([{ id: 'ok', ringId: 'oek', date: '2026-09-29', minutes: 16 * 60, label: 'ØK 29/9' }]);
		expect(model.meetings[0]?.text?.text).toBe('ØK 29/9');
		expect(model.meetings[0]?.text?.fontSize).toBe(9);
		expect(wheel2023({ meetings: [{ id: 'kb', ringId: 'kb', date: '2023-05-23', minutes: 0, label: 'KB 23/5' }] }).meetings[0]?.text).toBeNull();
	});

	it('puts two meetings whose labels would touch in different lanes', () => {
		const model = q3([
			{ id: 'a', ringId: 'oek', date: '2026-09-01', minutes: 16 * 60, label: 'ØK 1/9' },
			{ id: 'b', ringId: 'oek', date: '2026-09-03', minutes: 16 * 60, label: 'ØK 3/9' }
		]);
		// Two days are 7.9° on the quarter; a mark and "ØK 1/9" need about 11°.
		expect(model.rings[0]?.lanes).toBe(2);
		const far = q3([
			{ id: 'a', ringId: 'oek', date: '2026-09-01', minutes: 16 * 60, label: 'ØK 1/9' },
			{ id: 'b', ringId: 'oek', date: '2026-09-08', minutes: 16 * 60, label: 'ØK 8/9' }
		]);
		expect(far.rings[0]?.lanes).toBe(1);
	});

	it('names a ring where it has no mark: not at 12 o\'clock when a meeting sits just before the seam', () => {
		const model = q3([{ id: 'ok', ringId: 'oek', date: '2026-09-29', minutes: 16 * 60, label: 'ØK 29/9' }]);
		const name = model.rings[0]?.name;
		expect(name?.text).toBe('ØK');
		// The widest gap runs from the label's end round to the mark, so the name sits half-way, near 6 o'clock.
		const start = /^M ([\d.]+) ([\d.]+)/.exec(name?.path ?? '');
		const angle = (Math.atan2(Number(start?.[1]) - 500, 500 - Number(start?.[2])) * 180) / Math.PI;
		expect(Math.abs(Math.abs(angle) - 180)).toBeLessThan(15);
	});

	it('gives an event in the year view its title along the ring after its arc, cut when long', () => {
		const model = wheel2023({
			events: [
				{ id: 'seminar', start: '2023-02-02', end: '2023-02-03', minutes: null, title: 'KB-seminar' },
				{ id: 'frist', start: '2023-09-15', end: '2023-09-15', minutes: null, title: 'Frist: Økonomiudvalgets budgetforslag' }
			]
		});
		expect(model.events.map((e) => e.text?.text)).toEqual(['KB-seminar', 'Frist: Økonomiudvalge…']);
	});
});

describe('load ring, key cases and shading', () => {
	it('draws one bar per meeting with cases and marks those at the threshold as heavy', () => {
		const model = wheel2023({
			meetings: [
				{ id: 'a', ringId: 'kb', date: '2023-05-23', minutes: 0 },
				{ id: 'b', ringId: 'kb', date: '2023-06-20', minutes: 0 },
				{ id: 'c', ringId: 'kb', date: '2023-08-22', minutes: 0 }
			],
			load: { counts: { a: 3, b: 1 }, threshold: 3 }
		});
		expect(model.load?.bars.map((b) => [b.meetingId, b.count, b.heavy])).toEqual([
			['a', 3, true],
			['b', 1, false]
		]);
		expect(model.meetings.map((m) => [m.id, m.load, m.heavy])).toEqual([
			['a', 3, true],
			['b', 1, false],
			['c', 0, false]
		]);
		// The rings make room for the load band.
		expect(model.rings.at(-1)?.inner).toBe(208);
	});

	it('draws a key case as a band from its first to its last stage on its own ring, with its title', () => {
		const model = wheel2023({
			rings: [...RINGS, { id: 'noeglesager', label: 'Nøglesager' }],
			keyCases: [{ id: 'budget', title: 'Budget 2024–2027', start: '2023-04-12', end: '2023-10-10' }]
		});
		expect(model.keyCases.map((k) => k.text?.text)).toEqual(['Budget 2024–2027']);
		const band = model.rings.find((r) => r.id === 'noeglesager');
		const r = Math.hypot((model.keyCases[0]?.x ?? 0) - 500, (model.keyCases[0]?.y ?? 0) - 500);
		expect(r).toBeCloseTo(((band?.inner ?? 0) + (band?.outer ?? 0)) / 2, 9);
		expect(wheel2023({ keyCases: [{ id: 'budget', title: 'Budget', start: '2023-04-12', end: '2023-10-10' }] }).keyCases).toEqual([]);
	});

	it('shades a holiday in the day ring when zoomed and across the rings', () => {
		const model = buildWheel<M, E>({
			span: quarterSpan(2027, 1),
			zoom: 'quarter',
			rings: RINGS,
			meetings: [],
			events: [],
			cycles: [],
			today: '2027-01-01',
			shades: [
				{ kind: 'holiday', from: '2027-01-01', to: '2027-01-01', name: 'Nytårsdag' },
				{ kind: 'closure', from: '2027-02-10', to: '2027-02-11', name: 'Test' }
			]
		});
		expect(model.days.filter((d) => d.shade).map((d) => [d.key, d.shade])).toEqual([
			['2027-01-01', 'holiday'],
			['2027-02-10', 'closure'],
			['2027-02-11', 'closure']
		]);
		expect(model.shades.map((s) => s.key)).toEqual(['holiday-2027-01-01-2027-01-01', 'closure-2027-02-10-2027-02-11']);
	});

	it("shades one body's closure over that body's ring only, and not in the day ring", () => {
		const closure = { kind: 'closure' as const, from: '2027-02-10', to: '2027-02-11', name: 'Direktionens seminar (DIR)', ring: 'dir' };
		const rings = [{ id: 'dir', label: 'DIR' }, ...RINGS];
		const input = { span: quarterSpan(2027, 1), zoom: 'quarter' as const, rings, meetings: [], events: [], cycles: [], today: '2027-01-01', shades: [closure] };
		const model = buildWheel<M, E>(input);
		expect(model.days.filter((d) => d.shade)).toEqual([]);
		expect(model.shades.map((s) => s.key)).toEqual(['closure-2027-02-10-2027-02-11-dir']);
		// The sector's arcs run at the board ring's radii; everyone's closure spans all the rings.
		const radii = (sector: string) => [...sector.matchAll(/A ([\d.]+) /g)].map((m) => Number(m[1]));
		const band = model.rings.find((r) => r.id === 'dir')!;
		const [outer, inner] = radii(model.shades[0]!.sector);
		expect([outer, inner].map((r) => Math.round(r!))).toEqual([Math.round(band.outer), Math.round(band.inner)]);
		const everyone = buildWheel<M, E>({ ...input, shades: [{ ...closure, ring: undefined }] });
		expect(radii(everyone.shades[0]!.sector).map(Math.round)).toEqual([Math.round(model.rings[0]!.outer), Math.round(model.rings.at(-1)!.inner)]);
		expect(everyone.days.filter((d) => d.shade).map((d) => d.key)).toEqual(['2027-02-10', '2027-02-11']);
		// Without the board's ring on the wheel, its closure is not drawn.
		expect(buildWheel<M, E>({ ...input, rings: RINGS }).shades).toEqual([]);
	});
});
