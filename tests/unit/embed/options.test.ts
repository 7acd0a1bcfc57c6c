import { describe, expect, test } from 'vitest';
import { contrastRatio, DEFAULT_COLOURS, embedColours, embedPath, normalizeHex, snippets } from '../../../src/lib/embed/options.ts';

describe('contrast ratio (WCAG 2.2 relative luminance)', () => {
	test('black on white is 21:1, the same colour 1:1, either way round', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBe(21);
		expect(contrastRatio('#ffffff', '#000000')).toBe(21);
		expect(contrastRatio('#1d2733', '#1d2733')).toBe(1);
	});
	test('#767676 on white just passes AA (4.54:1) and #777777 just fails (4.48:1)', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.5422, 4);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.4781, 4);
	});
});

describe('host colours of an embed', () => {
	const colours = (query: string) => embedColours(new URLSearchParams(query));

	test('none given: the embed keeps its own colours, which pass', () => {
		expect(colours('year=2026')).toEqual({ colours: DEFAULT_COLOURS, custom: false, refusal: null });
		expect(contrastRatio(DEFAULT_COLOURS.text, DEFAULT_COLOURS.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(DEFAULT_COLOURS.accent, DEFAULT_COLOURS.background)).toBeGreaterThanOrEqual(4.5);
	});

	test('readable colours are used, with or without the #, in lower case', () => {
		expect(colours('baggrund=17324A&tekst=%23ffffff&accent=9ec5e8')).toEqual({
			colours: { background: '#17324a', text: '#ffffff', accent: '#9ec5e8' },
			custom: true,
			refusal: null
		});
	});

	test('links too faint against the background: all host colours are refused, with the ratio in Danish', () => {
		expect(colours('baggrund=17324a&tekst=ffffff&accent=5a7fa6')).toEqual({
			colours: DEFAULT_COLOURS,
			custom: false,
			refusal: 'Kontrasten mellem links og baggrunden er 3,1:1; mindst 4,5:1 kræves (WCAG AA). Standardfarverne bruges.'
		});
	});

	test('grey text just under AA on white is refused', () => {
		expect(colours('tekst=777777').refusal).toBe('Kontrasten mellem teksten og baggrunden er 4,4:1; mindst 4,5:1 kræves (WCAG AA). Standardfarverne bruges.');
		expect(colours('tekst=767676').refusal).toBeNull();
	});

	test('something that is not a colour is refused, not injected into the page', () => {
		expect(colours('baggrund=red;background:url(x)')).toEqual({ colours: DEFAULT_COLOURS, custom: false, refusal: 'Baggrundsfarven skal være en farve som 1d2733' });
		expect(normalizeHex('#12345')).toBeNull();
		expect(normalizeHex(' #ABCDEF ')).toBe('#abcdef');
	});
});

describe('embed URLs and snippets', () => {
	test('the wheel with bodies, start month, zoom and colours, in canonical order', () => {
		expect(embedPath({ kind: 'aarshjul', bodies: ['KB', 'ØK'], slug: '', year: 2026, startMonth: 9, zoom: 'q2', colours: { background: '#ffffff', text: '#1d2733', accent: '#1f5f8b' } })).toBe(
			'/indlejr/aarshjul?organ=KB&organ=%C3%98K&year=2026&start=9&zoom=q2&baggrund=ffffff&tekst=1d2733&accent=1f5f8b'
		);
	});
	test('a body’s meeting plan takes only the year; the calendar no start month or zoom', () => {
		expect(embedPath({ kind: 'organ', bodies: ['KB'], slug: 'kommunalbestyrelsen', year: 2025, startMonth: 9, zoom: 'q2', colours: {} })).toBe('/indlejr/organer/kommunalbestyrelsen?year=2025');
		expect(embedPath({ kind: 'kalender', bodies: [], slug: '', year: null, startMonth: 9, zoom: 'q2', colours: {} })).toBe('/indlejr/kalender');
	});
	test('the snippets escape the title and point at the app', () => {
		expect(snippets('https://aarshjul.kommune.dk', '/indlejr/kalender?organ=KB&year=2026', 'Møder "KB"')).toEqual({
			iframe: '<iframe src="https://aarshjul.kommune.dk/indlejr/kalender?organ=KB&amp;year=2026" title="Møder &quot;KB&quot;" style="width: 100%; height: 900px; border: 0;" loading="lazy"></iframe>',
			script: '<script src="https://aarshjul.kommune.dk/indlejr.js" data-aarshjul="/indlejr/kalender?organ=KB&amp;year=2026" data-titel="Møder &quot;KB&quot;" async></script>'
		});
	});
});
