import type { ShadeKind } from './shades.ts';

/**
 * The fills of shaded days: over the rings light enough that marks and labels keep their
 * contrast, in the zoomed day ring a little stronger so the day itself stands out. `calendar`
 * is the colour FullCalendar lays over a day cell at a sixth of its strength.
 */
export const SHADE_FILL: Readonly<Record<ShadeKind, { ring: string; day: string; calendar: string }>> = {
	july: { ring: 'rgb(240 196 80 / 0.12)', day: '#fbf0cf', calendar: '#e8b730' },
	closure: { ring: 'rgb(123 86 160 / 0.14)', day: '#e4d8f0', calendar: '#7b56a0' },
	holiday: { ring: 'rgb(211 84 0 / 0.16)', day: '#f6d2b8', calendar: '#d35400' }
};
