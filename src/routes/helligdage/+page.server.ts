import { danishDaysOff } from '$lib/domain/holidays';
import { appDb } from '$lib/server/db/app-db';
import { listVisibleClosures } from '$lib/server/closures/repository';
import { yearParam } from '$lib/server/http/page';
import { longDate } from '$lib/format';
import { Temporal } from 'temporal-polyfill';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const closures = (await listVisibleClosures(appDb(), locals.viewer)).filter((c) => c.from_date <= `${year}-12-31` && c.to_date >= `${year}-01-01`);
	return {
		year,
		daysOff: danishDaysOff(year).map((d) => ({ iso: d.date.toString(), date: longDate(d.date), week: d.date.weekOfYear, name: d.name, kind: d.kind })),
		closures: closures.map((c) => ({
			id: c.id,
			name: c.name,
			from: longDate(Temporal.PlainDate.from(c.from_date)),
			to: longDate(Temporal.PlainDate.from(c.to_date)),
			body: c.body_code
		}))
	};
};
