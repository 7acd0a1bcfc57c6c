import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { calendarSpan } from '$lib/server/calendar/span';
import { canSeeInternal } from '$lib/server/auth/access';
import { planningContext, stageInstants } from '$lib/server/cases/context';
import { caseJson } from '$lib/server/cases/service';
import { casesOnMeetings, getCase } from '$lib/server/cases/repository';
import { yearParam } from '$lib/server/http/page';
import { ZONE } from '$lib/domain/zone';
import { eventItem, meetingItem } from '$lib/wheel/items';
import { EVENTS_RING, ringsFor } from '$lib/wheel/rings';
import { parseCaseView, parseWheelView, viewSpan, zoomParam } from '$lib/wheel/view';
import { fixedItemsByMeeting } from '$lib/server/cases/agenda';
import type { PageServerLoad } from './$types';

/** The wheel of a year (or a zoomed part of it), with the view's filters applied. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const view = parseWheelView(url.searchParams);
	const span = viewSpan(year, view);
	const from = span.start;
	const to = span.end.subtract({ days: 1 });
	const db = appDb();
	const internal = canSeeInternal(locals.viewer);
	const caseView = parseCaseView(url.searchParams, internal);
	const { bodies, meetings, events } = await calendarSpan(db, from, to, internal);
	const fixed = await fixedItemsByMeeting(db, meetings.filter((m) => m.status !== 'cancelled'));
	const fixedTitles = (id: string) => (fixed.get(id) ?? []).filter((f) => internal || !f.closed).map((f) => f.title);
	const items = meetings.map((m) => meetingItem(m, fixedTitles(m.id)));
	const dayOf = new Map(items.map((m) => [m.id, m.date]));
	// The span's cases are those with a stage on one of its meetings the viewer may see.
	const spanCases = (await casesOnMeetings(db, items.map((m) => m.id))).filter((c) => internal || !c.is_closed);
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
			categories: view.categories ? [...view.categories] : null,
			caseState: internal ? caseView.state : null,
			unit: caseView.unit
		},
		canSeeClosed: internal,
		units: [...new Set(spanCases.map((c) => c.unit).filter((u) => u !== ''))].sort((a, b) => a.localeCompare(b, 'da')),
		cases: spanCases
			.filter((c) => caseView.state === null || c.is_closed === (caseView.state === 'closed'))
			.filter((c) => caseView.unit === null || c.unit === caseView.unit)
			.map((c) => ({
				id: c.id,
				caseNumber: c.case_number,
				title: c.title,
				unit: c.unit,
				closed: c.is_closed,
				days: c.stages.flatMap((s) => {
					const day = s.meeting_id ? dayOf.get(s.meeting_id) : undefined;
					return day ? [day] : [];
				})
			}))
			.sort((a, b) => (a.days[0] ?? '').localeCompare(b.days[0] ?? '') || a.title.localeCompare(b.title, 'da')),
		chosenCase: caseView.caseId ? await chosenCase(caseView.caseId, internal) : null,
		meetings: items.filter((m) => !view.bodies || view.bodies.has(m.bodyCode)),
		events: events
			.filter((e) => !view.categories || view.categories.has(e.category))
			.map(eventItem),
		cycles: [...cycles.values()].map((c) => ({ key: c.key, name: c.name, councilDate: c.councilDate.toString() }))
	};
};

/**
 * The case whose path the wheel draws, with each stage's meeting and write-up deadline as
 * local day and minutes; null when it does not exist or the viewer may not see it.
 */
async function chosenCase(id: string, internal: boolean) {
	const db = appDb();
	const c = await getCase(db, id);
	if (!c || (c.is_closed && !internal)) return null;
	const now = Temporal.Now.instant();
	const ctx = await planningContext(db, await stageInstants(db, c.stages.map((s) => s.meeting_id), now));
	const json = caseJson(ctx, c, now, internal);
	return {
		id: json.id,
		caseNumber: json.caseNumber,
		title: json.title,
		stages: json.stages.map((s) => ({
			body: s.body,
			bodyName: s.bodyName,
			role: s.role,
			meetingId: s.meeting?.id ?? null,
			start: s.meeting?.start ? localTime(s.meeting.start) : null,
			deadline: s.deadline ? localTime(s.deadline) : null
		}))
	};
}

/** The API's local ISO time with offset, "2023-05-23T17:00:00+02:00", as local day and minutes. */
function localTime(iso: string): { date: string; minutes: number } {
	return { date: iso.slice(0, 10), minutes: Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) };
}
