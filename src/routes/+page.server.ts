import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { calendarSpan } from '$lib/server/calendar';
import { canSeeInternal } from '$lib/server/auth/access';
import { yearParam } from '$lib/server/pages';
import { ZONE } from '$lib/domain/zone';
import { eventItem, meetingItem } from '$lib/wheel/items';
import { EVENTS_RING, ringsFor } from '$lib/wheel/rings';
import { parseWheelView, viewSpan, zoomParam } from '$lib/wheel/view';
import type { PageServerLoad } from './$types';

/** The wheel of a year (or a zoomed part of it), with the view's filters applied. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const view = parseWheelView(url.searchParams);
	const span = viewSpan(year, view);
	const from = span.start;
	const to = span.end.subtract({ days: 1 });
	const db = appDb();
	const { bodies, meetings, events } = await calendarSpan(db, from, to, canSeeInternal(locals.viewer));
	const slugOf = new Map(bodies.map((b) => [b.code, b.slug]));
	const shownBodies = bodies.filter((b) => !view.bodies || view.bodies.has(b.code));
	const rings = ringsFor(shownBodies, view.ringOrder).filter(
		(ring) => ring.id !== EVENTS_RING || !view.categories || view.categories.size > 0
	);
	const cycles = new Map(meetings.flatMap((m) => (m.cycle ? [[m.cycle.key, m.cycle] as const] : [])));

	return {
		year,
		startMonth: view.startMonth,
		zoom: zoomParam(view.zoom),
		zoomKind: view.zoom.kind,
		span: { start: span.start.toString(), end: span.end.toString() },
		today: Temporal.Now.plainDateISO(ZONE).toString(),
		bodies: bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name, color: b.color, kind: b.kind })),
		rings,
		filters: {
			bodies: view.bodies ? [...view.bodies] : null,
			categories: view.categories ? [...view.categories] : null
		},
		meetings: meetings
			.filter((m) => !view.bodies || view.bodies.has(m.body_code))
			.map((m) => meetingItem(m, slugOf.get(m.body_code) ?? '')),
		events: events
			.filter((e) => !view.categories || view.categories.has(e.category))
			.map(eventItem),
		cycles: [...cycles.values()].map((c) => ({ key: c.key, name: c.name, councilDate: c.councilDate.toString() }))
	};
};
