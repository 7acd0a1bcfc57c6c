/**
 * What an embed (indlejring) shows, all of it in its URL, so the snippet a host site copies
 * is the whole configuration: `/indlejr/aarshjul?organ=KB&organ=ØK&year=2026&start=9&zoom=q2
 * &baggrund=ffffff&tekst=1d2733&accent=1f5f8b`. Pure: read by the embed pages, the snippet
 * builder and its tests alike.
 */

export type EmbedKind = 'aarshjul' | 'kalender' | 'organ';

export interface EmbedColours {
	background: string;
	text: string;
	accent: string;
}

export const DEFAULT_COLOURS: EmbedColours = { background: '#ffffff', text: '#1d2733', accent: '#1f5f8b' };

/** WCAG 2.2 AA (success criterion 1.4.3): normal text needs a contrast of 4.5:1 to its background. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#?([0-9a-f]{6})$/i;

/** '#1D2733', '1d2733' → '#1d2733'; anything else → null. */
export function normalizeHex(raw: string): string | null {
	const m = HEX.exec(raw.trim());
	return m ? `#${m[1]!.toLowerCase()}` : null;
}

/** Relative luminance of an sRGB colour (WCAG 2.2, definition of relative luminance). */
function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const formatRatio = (r: number) => `${(Math.floor(r * 10) / 10).toFixed(1).replace('.', ',')}:1`;

/**
 * The host's colours, if they are readable: text and links must each reach 4.5:1 against the
 * background. Colours that fail are refused as a whole (the embed keeps its own, which pass),
 * and `refusal` says why in Danish for the snippet builder.
 */
export function embedColours(params: URLSearchParams): { colours: EmbedColours; custom: boolean; refusal: string | null } {
	const given = { background: params.get('baggrund'), text: params.get('tekst'), accent: params.get('accent') };
	if (given.background === null && given.text === null && given.accent === null) return { colours: DEFAULT_COLOURS, custom: false, refusal: null };
	const refuse = (refusal: string) => ({ colours: DEFAULT_COLOURS, custom: false, refusal });
	const pick = (raw: string | null, fallback: string, label: string): string | { error: string } =>
		raw === null ? fallback : (normalizeHex(raw) ?? { error: `${label} skal være en farve som 1d2733` });
	const background = pick(given.background, DEFAULT_COLOURS.background, 'Baggrundsfarven');
	const text = pick(given.text, DEFAULT_COLOURS.text, 'Tekstfarven');
	const accent = pick(given.accent, DEFAULT_COLOURS.accent, 'Linkfarven');
	for (const c of [background, text, accent]) if (typeof c !== 'string') return refuse(c.error);
	const colours = { background, text, accent } as EmbedColours;
	for (const [label, colour] of [['teksten', colours.text], ['links', colours.accent]] as const) {
		const ratio = contrastRatio(colour, colours.background);
		if (ratio < MIN_CONTRAST) {
			return refuse(`Kontrasten mellem ${label} og baggrunden er ${formatRatio(ratio)}; mindst 4,5:1 kræves (WCAG AA). Standardfarverne bruges.`);
		}
	}
	return { colours, custom: true, refusal: null };
}

export interface EmbedChoice {
	kind: EmbedKind;
	/** body codes to show; empty: all public bodies */
	bodies: string[];
	/** the body of an `organ` embed, by slug */
	slug: string;
	year: number | null;
	startMonth: number;
	zoom: string | null;
	colours: Partial<EmbedColours>;
}

/** The embed's own path and query, in one canonical order. */
export function embedPath(c: EmbedChoice): string {
	const params = new URLSearchParams();
	if (c.kind !== 'organ') for (const code of c.bodies) params.append('organ', code);
	if (c.year !== null) params.set('year', String(c.year));
	if (c.kind === 'aarshjul' && c.startMonth !== 1) params.set('start', String(c.startMonth));
	if (c.kind === 'aarshjul' && c.zoom) params.set('zoom', c.zoom);
	if (c.colours.background) params.set('baggrund', c.colours.background.replace('#', ''));
	if (c.colours.text) params.set('tekst', c.colours.text.replace('#', ''));
	if (c.colours.accent) params.set('accent', c.colours.accent.replace('#', ''));
	const query = params.toString();
	const path = c.kind === 'organ' ? `/indlejr/organer/${encodeURIComponent(c.slug)}` : `/indlejr/${c.kind}`;
	return query ? `${path}?${query}` : path;
}

/** The two snippets a host site can paste: a plain frame, or the script that fits its height. */
export function snippets(origin: string, path: string, title: string): { iframe: string; script: string } {
	const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return {
		iframe: `<iframe src="${attr(origin + path)}" title="${attr(title)}" style="width: 100%; height: 900px; border: 0;" loading="lazy"></iframe>`,
		script: `<script src="${attr(origin)}/indlejr.js" data-aarshjul="${attr(path)}" data-titel="${attr(title)}" async></script>`
	};
}
