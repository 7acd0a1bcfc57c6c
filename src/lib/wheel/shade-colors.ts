import type { ShadeKind } from './shades.ts';

/**
 * The fills of shaded days: over the rings light enough that marks and labels keep their
 * contrast, in the zoomed day ring a little stronger so the day itself stands out.
 */
export const SHADE_FILL: Readonly<Record<ShadeKind, { ring: string; day: string }>> = {
	july: { ring: 'rgb(240 196 80 / 0.12)', day: '#fbf0cf' },
	closure: { ring: 'rgb(123 86 160 / 0.14)', day: '#e4d8f0' },
	holiday: { ring: 'rgb(211 84 0 / 0.16)', day: '#f6d2b8' }
};
