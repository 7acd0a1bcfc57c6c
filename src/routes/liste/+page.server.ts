import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { calendarSpan } from '$lib/server/calendar';
import { canSeeInternal } from '$lib/server/auth/access';
import { yearParam } from '$lib/server/pages';
import { buildAgenda } from '$lib/wheel/agenda';
import { eventItem, meetingItem } from '$lib/wheel/items';
import type { PageServerLoad } from './$types';

/** The year of the wheel as an accessible list: month → week → day. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const from = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const to = Temporal.PlainDate.from({ year, month: 12, day: 31 });
	const db = appDb();
	const { bodies, meetings, events } = await calendarSpan(db, from, to, canSeeInternal(locals.viewer));
	const slugOf = new Map(bodies.map((b) => [b.code, b.slug]));
	const meetingItems = meetings.map((m) => meetingItem(m, slugOf.get(m.body_code) ?? ''));
	const eventItems = events.map(eventItem);
	return {
		year,
		meetingCount: meetingItems.length,
		eventCount: eventItems.length,
		months: buildAgenda(from, to, meetingItems, eventItems)
	};
};
