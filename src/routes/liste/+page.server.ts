import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { calendarSpan } from '$lib/server/calendar/span';
import { yearParam } from '$lib/server/http/page';
import { buildAgenda } from '$lib/wheel/agenda';
import { eventItem, meetingItem } from '$lib/wheel/items';
import { visibleFixedItemTitles } from '$lib/server/cases/agenda';
import type { PageServerLoad } from './$types';

/** The year of the wheel as an accessible list: month → week → day. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const from = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const to = Temporal.PlainDate.from({ year, month: 12, day: 31 });
	const db = appDb();
	const { meetings, events } = await calendarSpan(db, locals.viewer, from, to);
	const fixed = await visibleFixedItemTitles(db, locals.viewer, meetings.filter((m) => m.status !== 'cancelled'));
	const meetingItems = meetings.map((m) => meetingItem(m, fixed.get(m.id) ?? []));
	const eventItems = events.map(eventItem);
	return {
		year,
		meetingCount: meetingItems.length,
		eventCount: eventItems.length,
		months: buildAgenda(from, to, meetingItems, eventItems)
	};
};
