import { monthSpan, quarterSpan, wheelSpan, type WheelSpan } from './span.ts';
import { normalizeOrder } from './rings.ts';

/** The whole year, a quarter of the wheel's year, or one of its months. */
export type Zoom = { kind: 'year' } | { kind: 'quarter'; quarter: number } | { kind: 'month'; month: number };

/**
 * What the wheel shows, all of it in the URL so a view can be bookmarked, shared and rendered
 * on the server: `?year=2023&start=9&zoom=q2&ringe=kb,oek&filtre=1&organ=KB&kategori=deadline`.
 * `organ`/`kategori` only count when `filtre=1` is present, so a filter form that unticks every
 * box still means "none" rather than falling back to "all".
 */
export type WheelView = {
	startMonth: number;
	zoom: Zoom;
	ringOrder: string[];
	/** null: every body / category */
	bodies: ReadonlySet<string> | null;
	categories: ReadonlySet<string> | null;
};

export function parseWheelView(params: URLSearchParams): WheelView {
	const filtered = params.get('filtre') === '1';
	return {
		startMonth: parseMonth(params.get('start')) ?? 1,
		zoom: parseZoom(params.get('zoom')),
		ringOrder: normalizeOrder((params.get('ringe') ?? '').split(',').filter(Boolean)),
		bodies: filtered ? new Set(params.getAll('organ')) : null,
		categories: filtered ? new Set(params.getAll('kategori')) : null
	};
}

/** Unknown zoom values fall back to the whole year rather than failing the page. */
export function parseZoom(raw: string | null): Zoom {
	const m = /^([qm])(\d{1,2})$/.exec(raw ?? '');
	const n = Number(m?.[2]);
	if (m?.[1] === 'q' && n >= 1 && n <= 4) return { kind: 'quarter', quarter: n };
	if (m?.[1] === 'm' && n >= 1 && n <= 12) return { kind: 'month', month: n };
	return { kind: 'year' };
}

export function zoomParam(zoom: Zoom): string | null {
	if (zoom.kind === 'quarter') return `q${zoom.quarter}`;
	if (zoom.kind === 'month') return `m${zoom.month}`;
	return null;
}

/**
 * The span the wheel draws. A month zoom names a calendar month of the wheel's year: on a
 * wheel starting in September 2025, `m1` is January 2026.
 */
export function viewSpan(year: number, view: Pick<WheelView, 'startMonth' | 'zoom'>): WheelSpan {
	const { zoom, startMonth } = view;
	if (zoom.kind === 'quarter') return quarterSpan(year, zoom.quarter, startMonth);
	if (zoom.kind === 'month') return monthSpan(zoom.month < startMonth ? year + 1 : year, zoom.month);
	return wheelSpan(year, startMonth);
}

/** `params` with `changes` applied (null deletes); the year and every other setting are kept. */
export function withParams(params: URLSearchParams, changes: Readonly<Record<string, string | null>>): string {
	const next = new URLSearchParams(params);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) next.delete(key);
		else next.set(key, value);
	}
	const query = next.toString();
	return query ? `?${query}` : '?';
}

/**
 * Which cases the wheel lists: open or closed (`sager=aabne|lukkede`, absent: both), the
 * responsible unit (`enhed`), and the one whose path is drawn (`sag`). The public sees open
 * cases only, whatever the URL says, so for them the state is always 'open'.
 */
export type CaseView = { state: 'open' | 'closed' | null; unit: string | null; caseId: string | null };

export function parseCaseView(params: URLSearchParams, canSeeClosed: boolean): CaseView {
	const raw = params.get('sager');
	const state = raw === 'aabne' ? 'open' : raw === 'lukkede' ? 'closed' : null;
	return {
		state: canSeeClosed ? state : 'open',
		unit: params.get('enhed') || null,
		caseId: params.get('sag') || null
	};
}

function parseMonth(raw: string | null): number | null {
	const n = Number(raw);
	return raw !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}
