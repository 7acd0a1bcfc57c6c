import type { Temporal } from 'temporal-polyfill';
import { dayRange } from '../../domain/day-range.ts';
import type { Db } from '../db/index.ts';
import { memoForViewer, type Viewer } from '../auth/access.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { listVisibleEvents } from '../events/repository.ts';
import { visibleMeetingsWithCycles } from '../meetings/repository.ts';
import { visibleFixedItemTitles } from '../cases/agenda.ts';
import { visibleCasesOnMeetings } from '../cases/repository.ts';
import { listVisibleClosures } from '../closures/repository.ts';
import { wheelSettings } from '../settings/repository.ts';
import { eventItem, packMeetings } from '../../wheel/items.ts';

/** What the wheel and the list show the viewer for calendar days [from, to]: bodies, meetings with cycles, events. */
export function calendarSpan(db: Db, viewer: Viewer | null, from: Temporal.PlainDate, to: Temporal.PlainDate) {
	// The same for every viewer who may (or may not) see internal content: read once per change of the data.
	return memoForViewer(db, viewer, `span|${from}|${to}`, async () => {
		const [bodies, meetings, events] = await Promise.all([
			listVisibleBodies(db, viewer),
			visibleMeetingsWithCycles(db, viewer, { from, to }),
			listVisibleEvents(db, viewer, { fromDate: from, toDate: to, ...dayRange(from, to) })
		]);
		return { bodies, meetings, events };
	});
}

/**
 * The wheel's data for calendar days [from, to] as the viewer may see it: the span, each
 * meeting's fixed items, the meetings packed with each body, place and rul once, the cases
 * with a stage on one of them, the closures and the wheel's settings. Computed once per change of the data for the public and for staff.
 */
export function wheelSpan(db: Db, viewer: Viewer | null, from: Temporal.PlainDate, to: Temporal.PlainDate) {
	return memoForViewer(db, viewer, `wheel|${from}|${to}`, async () => {
		const { bodies, meetings, events } = await calendarSpan(db, viewer, from, to);
		const fixed = await visibleFixedItemTitles(db, viewer, meetings.filter((m) => m.status !== 'cancelled'));
		const pageBodies = bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name, color: b.color, kind: b.kind }));
		const packed = packMeetings(meetings, fixed, pageBodies);
		const [spanCases, closures, settings] = await Promise.all([visibleCasesOnMeetings(db, viewer, meetings.map((m) => m.id)), listVisibleClosures(db, viewer), wheelSettings(db)]);
		return { bodies, meetings, events, eventItems: events.map(eventItem), pageBodies, packed, spanCases, closures, settings };
	});
}
