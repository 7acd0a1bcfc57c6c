import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { year as yearSchema } from '$lib/schemas/query';
import { parseZoom, type Zoom } from '$lib/wheel/view';

/** The options an embed reads from its URL: bodies (`organ`, repeated), year, start month, zoom. */
export function embedParams(url: URL): { year: number; startMonth: number; zoom: Zoom; bodies: ReadonlySet<string> | null } {
	const rawYear = url.searchParams.get('year');
	const parsed = rawYear === null ? null : yearSchema.safeParse(rawYear);
	if (parsed && !parsed.success) error(400, `Ugyldigt år: ${parsed.error.issues[0]?.message ?? rawYear}`);
	const rawStart = url.searchParams.get('start');
	const startMonth = rawStart === null ? 1 : Number(rawStart);
	if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) error(400, 'Ugyldig startmåned: skriv et tal fra 1 til 12');
	const bodies = url.searchParams.getAll('organ');
	return {
		year: parsed ? parsed.data : Temporal.Now.plainDateISO(ZONE).year,
		startMonth,
		zoom: parseZoom(url.searchParams.get('zoom')),
		bodies: bodies.length ? new Set(bodies) : null
	};
}
