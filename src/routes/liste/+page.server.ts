import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { calendarSpan } from '$lib/server/calendar/span';
import { canSeeInternal } from '$lib/server/auth/access';
import { yearParam } from '$lib/server/http/page';
import { buildAgenda } from '$lib/wheel/agenda';
import { eventItem, meetingItem } from '$lib/wheel/items';
import { fixedItemsByMeeting } from '$lib/server/cases/agenda';
import type { PageServerLoad } from './$types';

/** The year of the wheel as an accessible list: month → week → day. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const from = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	const to = Temporal.PlainDate.from({ year, month: 12, day: 31 });
	const db = appDb();
	const internal = canSeeInternal(locals.viewer);
	const { bodies, meetings, events } = await calendarSpan(db, from, to, internal);
	const fixed = await fixedItemsByMeeting(db, meetings.filter((m) => m.status !== 'cancelled'));
	const fixedTitles = (id: string) => (fixed.get(id) ?? []).filter((f) => internal || !f.closed).map((f) => f.title);
	const meetingItems = meetings.map((m) => meetingItem(m, fixedTitles(m.id)));
	const eventItems = events.map(eventItem);
	return {
		year,
		meetingCount: meetingItems.length,
		eventCount: eventItems.length,
		months: buildAgenda(from, to, meetingItems, eventItems)
	};
};
