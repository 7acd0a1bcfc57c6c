import type { Ring } from './layout.ts';

/** The ring that holds the year's events (begivenheder) rather than a body's meetings. */
export const EVENTS_RING = 'begivenheder';

/** The ring of the year's key cases (nøglesager), drawn as bands from first to last stage. */
export const KEY_CASES_RING = 'noeglesager';

/**
 * Bodies share a ring by kind: the standing committees (fagudvalg) together, every other kind
 * on its own. The default order is the order a case travels (sagsgang) — board, MED, committee,
 * ØK, council — from the rim inwards, so a case's path runs towards the decision in the centre.
 */
const RING_OF_KIND: Readonly<Record<string, string>> = {
	'executive-board': 'dir',
	'med-committee': 'hu',
	'standing-committee': 'fag',
	'finance-committee': 'oek',
	council: 'kb',
	other: 'andre'
};

const GROUP_LABEL: Readonly<Record<string, string>> = {
	fag: 'Fagudvalg',
	andre: 'Andre fora'
};

export const DEFAULT_RING_ORDER: readonly string[] = ['dir', 'hu', 'fag', 'oek', 'kb', 'andre', EVENTS_RING, KEY_CASES_RING];

export function ringOfKind(kind: string): string {
	return RING_OF_KIND[kind] ?? 'andre';
}

/**
 * The rings the given bodies need, plus the events ring (and the key cases' ring when asked), in `order` (unknown ids ignored,
 * missing ones appended in the default order). A ring of one body is labelled with its code;
 * a group ring with the group's name.
 */
export function ringsFor(bodies: readonly { code: string; kind: string }[], order: readonly string[] = [], withKeyCases = false): Ring[] {
	const members = new Map<string, string[]>();
	for (const body of bodies) {
		const id = ringOfKind(body.kind);
		members.set(id, [...(members.get(id) ?? []), body.code]);
	}
	const label = (id: string): string => {
		if (id === EVENTS_RING) return 'Begivenheder';
		if (id === KEY_CASES_RING) return 'Nøglesager';
		const codes = members.get(id) ?? [];
		return codes.length === 1 ? (codes[0] ?? id) : (GROUP_LABEL[id] ?? id);
	};
	return normalizeOrder(order)
		.filter((id) => id === EVENTS_RING || (id === KEY_CASES_RING ? withKeyCases : members.has(id)))
		.map((id) => ({ id, label: label(id) }));
}

/** Every known ring id exactly once: the ones in `order` first, as given, then the rest. */
export function normalizeOrder(order: readonly string[]): string[] {
	const known = order.filter((id, i) => DEFAULT_RING_ORDER.includes(id) && order.indexOf(id) === i);
	return [...known, ...DEFAULT_RING_ORDER.filter((id) => !known.includes(id))];
}

/** `order` with ring `id` moved one place outwards (-1) or inwards (+1); at an end it stays. */
export function moveRing(order: readonly string[], id: string, delta: -1 | 1): string[] {
	const next = [...order];
	const from = next.indexOf(id);
	const to = from + delta;
	if (from === -1 || to < 0 || to >= next.length) return next;
	next[from] = next[to] ?? id;
	next[to] = id;
	return next;
}
