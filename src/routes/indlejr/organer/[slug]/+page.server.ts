import { error } from '@sveltejs/kit';
import { clock, longDate } from '$lib/format';
import { appDb } from '$lib/server/db/app-db';
import { publicBodyYear } from '$lib/server/embed/source';
import { embedParams } from '../../params';
import type { PageServerLoad } from './$types';

/** A public body's meeting plan of a year for another site: `/indlejr/organer/kommunalbestyrelsen?year=2026`. */
export const load: PageServerLoad = async ({ params, url }) => {
	const { year } = embedParams(url);
	const found = await publicBodyYear(appDb(), params.slug, year);
	if (!found) error(404, 'Organet findes ikke');
	return {
		year,
		body: { code: found.body.code, name: found.body.name, color: found.body.color },
		meetings: found.meetings.map((m) => ({
			id: m.id,
			week: m.start.weekOfYear,
			date: longDate(m.start.toPlainDate()),
			time: `${clock(m.start)}–${clock(m.end)}`,
			location: m.location,
			cancelled: m.status === 'cancelled',
			rul: m.cycle?.name ?? null
		}))
	};
};
