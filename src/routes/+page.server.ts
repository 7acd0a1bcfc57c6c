import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { meetingsWithCycles } from '$lib/server/calendar';
import { listBodies } from '$lib/server/db/bodies';
import { listEvents } from '$lib/server/db/events';
import { toInstant } from '$lib/server/db/temporal';
import { yearParam } from '$lib/server/pages';
import { dayRange } from '$lib/domain/day-range';
import { ZONE } from '$lib/domain/zone';
import type { PageServerLoad } from './$types';

/** The year at a glance: meetings per body and month, and the year's events. */
export const load: PageServerLoad = async ({ url }) => {
	const year = yearParam(url);
	const db = appDb();
	const from = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const to = Temporal.PlainDate.from({ year, month: 12, day: 31 });
	const [bodies, meetings, events] = await Promise.all([
		listBodies(db, { includeInternal: false }),
		meetingsWithCycles(db, { from, to, includeInternal: false }),
		listEvents(db, { fromDate: from, toDate: to, ...dayRange(from, to), includeInternal: false })
	]);
	const counts = new Map<string, number[]>(bodies.map((b) => [b.code, Array<number>(12).fill(0)]));
	for (const m of meetings) {
		if (m.status === 'cancelled') continue;
		const month = toInstant(m.starts_at).toZonedDateTimeISO(ZONE).month;
		counts.get(m.body_code)![month - 1]! += 1;
	}
	return {
		year,
		rows: bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name, color: b.color, months: counts.get(b.code)! })),
		cycles: [...new Map(meetings.filter((m) => m.cycle).map((m) => [m.cycle!.key, m.cycle!.name])).entries()].map(([key, name]) => ({ key, name })),
		events: events.map((e) => ({
			id: e.id,
			title: e.title,
			when: e.all_day
				? e.start_date === e.end_date ? e.start_date! : `${e.start_date} – ${e.end_date}`
				: toInstant(e.starts_at!).toZonedDateTimeISO(ZONE).toPlainDate().toString()
		}))
	};
};
