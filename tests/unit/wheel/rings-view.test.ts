import { describe, expect, it } from 'vitest';
import { moveRing, normalizeOrder, ringsFor } from '../../../src/lib/wheel/rings.ts';
import { parseWheelView, parseZoom, viewSpan, withParams, zoomParam } from '../../../src/lib/wheel/view.ts';

const BODIES = [
	{ code: 'KB', kind: 'council' },
	{ code: 'ØK', kind: 'finance-committee' },
	{ code: 'MTU', kind: 'standing-committee' },
	{ code: 'BUU', kind: 'standing-committee' },
	{ code: 'HU', kind: 'med-committee' },
	{ code: 'DIR', kind: 'executive-board' }
];

describe('ringsFor', () => {
	it('orders the rings as a case travels, DIR at the rim and the events innermost', () => {
		expect(ringsFor(BODIES)).toEqual([
			{ id: 'dir', label: 'DIR' },
			{ id: 'hu', label: 'HU' },
			{ id: 'fag', label: 'Fagudvalg' },
			{ id: 'oek', label: 'ØK' },
			{ id: 'kb', label: 'KB' },
			{ id: 'begivenheder', label: 'Begivenheder' }
		]);
	});

	it('labels a committee ring with the code when only one committee is shown', () => {
		expect(ringsFor([{ code: 'MTU', kind: 'standing-committee' }]).map((r) => r.label)).toEqual(['MTU', 'Begivenheder']);
	});

	it('follows a user order and appends the rings it leaves out', () => {
		expect(ringsFor(BODIES, ['kb', 'begivenheder', 'nonsense', 'kb']).map((r) => r.id)).toEqual([
			'kb',
			'begivenheder',
			'dir',
			'hu',
			'fag',
			'oek'
		]);
	});
});

describe('moveRing and normalizeOrder', () => {
	it('swaps a ring with its neighbour and stays put at the ends', () => {
		expect(moveRing(['dir', 'hu', 'kb'], 'kb', -1)).toEqual(['dir', 'kb', 'hu']);
		expect(moveRing(['dir', 'hu', 'kb'], 'dir', 1)).toEqual(['hu', 'dir', 'kb']);
		expect(moveRing(['dir', 'hu', 'kb'], 'dir', -1)).toEqual(['dir', 'hu', 'kb']);
		expect(moveRing(['dir', 'hu', 'kb'], 'kb', 1)).toEqual(['dir', 'hu', 'kb']);
	});

	it('lists every known ring once', () => {
		expect(normalizeOrder(['oek', 'oek', 'x'])).toEqual(['oek', 'dir', 'hu', 'fag', 'kb', 'andre', 'begivenheder', 'noeglesager']);
	});
});

describe('parseWheelView', () => {
	it('defaults to the whole calendar year, every body and category', () => {
		const view = parseWheelView(new URLSearchParams(''));
		expect([view.startMonth, view.zoom, view.bodies, view.categories]).toEqual([1, { kind: 'year' }, null, null]);
	});

	it('reads filters only with filtre=1, so unticking everything means none', () => {
		const view = parseWheelView(new URLSearchParams('filtre=1&organ=KB&organ=ØK'));
		expect([...(view.bodies ?? [])]).toEqual(['KB', 'ØK']);
		expect(view.categories?.size).toBe(0);
		expect(parseWheelView(new URLSearchParams('organ=KB')).bodies).toBeNull();
	});

	it('accepts quarter and month zooms and falls back to the year otherwise', () => {
		expect(parseZoom('q3')).toEqual({ kind: 'quarter', quarter: 3 });
		expect(parseZoom('m12')).toEqual({ kind: 'month', month: 12 });
		expect([parseZoom('q5'), parseZoom('m0'), parseZoom('x')]).toEqual([{ kind: 'year' }, { kind: 'year' }, { kind: 'year' }]);
		expect([zoomParam({ kind: 'quarter', quarter: 2 }), zoomParam({ kind: 'year' })]).toEqual(['q2', null]);
	});

	it('ignores a start month outside 1..12', () => {
		expect(parseWheelView(new URLSearchParams('start=13')).startMonth).toBe(1);
		expect(parseWheelView(new URLSearchParams('start=9')).startMonth).toBe(9);
	});
});

describe('viewSpan', () => {
	it('puts January of a September wheel in the following year', () => {
		const span = viewSpan(2025, { startMonth: 9, zoom: { kind: 'month', month: 1 } });
		expect([span.start.toString(), span.end.toString()]).toEqual(['2026-01-01', '2026-02-01']);
		const autumn = viewSpan(2025, { startMonth: 9, zoom: { kind: 'month', month: 10 } });
		expect(autumn.start.toString()).toBe('2025-10-01');
	});

	it('zooms a quarter of the wheel year', () => {
		const span = viewSpan(2023, { startMonth: 1, zoom: { kind: 'quarter', quarter: 2 } });
		expect([span.start.toString(), span.end.toString(), span.days]).toEqual(['2023-04-01', '2023-07-01', 91]);
	});
});

describe('withParams', () => {
	it('changes one parameter and keeps the others', () => {
		expect(withParams(new URLSearchParams('year=2023&zoom=q2'), { zoom: 'm5' })).toBe('?year=2023&zoom=m5');
		expect(withParams(new URLSearchParams('year=2023&zoom=q2'), { zoom: null })).toBe('?year=2023');
	});
});
