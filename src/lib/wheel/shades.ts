import { Temporal } from 'temporal-polyfill';
import { danishDaysOff } from '../domain/holidays.ts';
import { ringOfKind } from './rings.ts';

/**
 * Days the wheel and the calendar shade because little happens on them: July (the council's
 * summer break), local closures (lukkeperioder) and Danish holidays (helligdage, lukkedage,
 * halve fridage). In this order they are drawn, so a holiday in a closure still shows.
 */
export const SHADE_KINDS = ['july', 'closure', 'holiday'] as const;

export type ShadeKind = (typeof SHADE_KINDS)[number];

export const SHADE_LABELS: Readonly<Record<ShadeKind, string>> = {
	july: 'Juli (sommerpause)',
	closure: 'Lukkeperiode',
	holiday: 'Helligdag eller fridag'
};

/**
 * `from`..`to` are local days 'YYYY-MM-DD', `to` inclusive. `ring`: the wheel's ring of the one
 * body a closure is for (Direktionens sommerferie shades the board's ring, not every ring);
 * absent, the shade is everyone's.
 */
export type Shade = { kind: ShadeKind; from: string; to: string; name: string; ring?: string };

/** A closure as the visible readers and the API give it; `body` null: every body. `ring`: that body's ring on the wheel. */
export type ClosureInput = { name: string; from: string; to: string; body: string | null; ring?: string | null };

/** Closures as the visible readers give them, each for one body placed on that body's ring. */
export function closureInputs(
	closures: readonly { name: string; from_date: string; to_date: string; body_code: string | null }[],
	bodies: readonly { code: string; kind: string }[]
): ClosureInput[] {
	const kindOf = new Map(bodies.map((b) => [b.code, b.kind]));
	return closures.map((c) => {
		const kind = c.body_code === null ? undefined : kindOf.get(c.body_code);
		return { name: c.name, from: c.from_date, to: c.to_date, body: c.body_code, ring: kind === undefined ? null : ringOfKind(kind) };
	});
}

/** The shaded stretches that touch the days `from`..`to` (inclusive), July first, holidays last. */
export function shadesFor(from: Temporal.PlainDate, to: Temporal.PlainDate, closures: readonly ClosureInput[]): Shade[] {
	const first = from.toString();
	const last = to.toString();
	const touches = (s: Shade) => s.from <= last && s.to >= first;
	const years = Array.from({ length: to.year - from.year + 1 }, (_, i) => from.year + i);
	const july = years.map((y): Shade => ({ kind: 'july', from: `${y}-07-01`, to: `${y}-07-31`, name: `Juli ${y}` }));
	const closed = closures.map((c): Shade => ({ kind: 'closure', from: c.from, to: c.to, name: c.body ? `${c.name} (${c.body})` : c.name, ...(c.body && c.ring ? { ring: c.ring } : {}) }));
	const holidays = years.flatMap((y) =>
		danishDaysOff(y).map((d): Shade => ({ kind: 'holiday', from: d.date.toString(), to: d.date.toString(), name: d.name }))
	);
	return [...july, ...closed, ...holidays].filter(touches);
}
