import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { year as yearSchema } from '../../schemas/query.ts';
import { ZONE } from '../../domain/zone.ts';

/** The `?year=` of a page, defaulting to this year in Copenhagen; a bad value is a Danish 400. */
export function yearParam(url: URL): number {
	const raw = url.searchParams.get('year');
	if (raw === null) return Temporal.Now.plainDateISO(ZONE).year;
	const parsed = yearSchema.safeParse(raw);
	if (!parsed.success) error(400, `Ugyldigt år: ${parsed.error.issues[0]?.message ?? raw}`);
	return parsed.data;
}
