import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { listEvents } from '$lib/server/events/repository';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import { dayRange } from '$lib/domain/day-range';
import { eventWhenText } from '$lib/server/events/form-values';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	const year = yearParam(url);
	const fromDate = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const toDate = Temporal.PlainDate.from({ year, month: 12, day: 31 });
	const events = await listEvents(appDb(), { fromDate, toDate, ...dayRange(fromDate, toDate), includeInternal: true });
	return {
		year,
		events: events.map((e) => ({ id: e.id, title: e.title, category: e.category, when: eventWhenText(e), body: e.body_code, public: e.is_public }))
	};
};
