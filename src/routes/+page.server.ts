import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { wheelSpan } from '$lib/server/calendar/span';
import { hasRole, maySeeStage, memoForViewer, type Viewer } from '$lib/server/auth/access';
import { calendarContext } from '$lib/server/calendar/model';
import { caseJson } from '$lib/server/cases/serialize';
import { findVisibleCase, type CaseWithStages } from '$lib/server/cases/repository';
import { yearParam } from '$lib/server/http/page';
import { ZONE } from '$lib/domain/zone';
import { sendCases, sendEvents, sendMeetings } from '$lib/wheel/items';
import { EVENTS_RING, ringsFor } from '$lib/wheel/rings';
import { parseCaseView, parseWheelView, viewSpan, zoomParam, type CaseView, type WheelView } from '$lib/wheel/view';
import { meetingLoad } from '$lib/wheel/load';
import { closureInputs, shadesFor } from '$lib/wheel/shades';
import type { PageServerLoad } from './$types';

/**
 * The wheel of a year (or a zoomed part of it), with the view's filters applied. What it shows
 * depends on the data, the view in the URL, the day and which side of the visibility rule the
 * viewer is on, nothing else: built once per change of the data and shared by every request
 * that asks for the same (memoForViewer), which also lets the page lay the wheel out once.
 */
// Each view's page holds its laid-out wheel and markup (a few MB for the busiest year): a few dozen are kept.
const WHEEL_PAGES = { name: 'wheel-page', entries: 24 };

export const load: PageServerLoad = async ({ url, locals }) => {
	const year = yearParam(url);
	const view = parseWheelView(url.searchParams);
	const caseView = parseCaseView(url.searchParams, hasRole(locals.viewer, 'reader'));
	const today = Temporal.Now.plainDateISO(ZONE);
	const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);
	const key = JSON.stringify([today.toString(), year, view.startMonth, zoomParam(view.zoom), view.ringOrder, sorted(view.bodies), sorted(view.categories), caseView]);
	return memoForViewer(appDb(), locals.viewer, key, () => wheelPage(year, view, caseView, today, locals.viewer), WHEEL_PAGES);
};

async function wheelPage(year: number, view: WheelView, caseView: CaseView, today: Temporal.PlainDate, viewer: Viewer | null) {
	const span = viewSpan(year, view);
	const from = span.start;
	const to = span.end.subtract({ days: 1 });
	const db = appDb();
	const internal = hasRole(viewer, 'reader');
	// The span's cases are those with a stage on one of its meetings the viewer may see.
	const { bodies, meetings, eventItems, pageBodies, packed, spanCases, closures, settings } = await wheelSpan(db, viewer, from, to);
	const dayOf = new Map(packed.rows.map((row) => [row[0], row[2]]));
	const shownBodies = bodies.filter((b) => !view.bodies || view.bodies.has(b.code));
	const keyCases = await keyCasesOf(spanCases, viewer);
	const rings = ringsFor(shownBodies, view.ringOrder, keyCases.length > 0).filter(
		(ring) => ring.id !== EVENTS_RING || !view.categories || view.categories.size > 0
	);
	const cycles = new Map(meetings.flatMap((m) => (m.cycle ? [[m.cycle.key, m.cycle] as const] : [])));

	return {
		year,
		startMonth: view.startMonth,
		zoom: zoomParam(view.zoom),
		filters: {
			bodies: view.bodies ? [...view.bodies] : null,
			categories: view.categories ? [...view.categories] : null,
			caseState: internal ? caseView.state : null,
			unit: caseView.unit
		},
		canSeeClosed: internal,
		units: [...new Set(spanCases.map((c) => c.unit).filter((u) => u !== ''))].sort((a, b) => a.localeCompare(b, 'da')),
		// What the wheel is drawn from (wheel/draw.ts), one object: the page lays it out once per object.
		wheel: {
			zoomKind: view.zoom.kind,
			span: { start: span.start.toString(), end: span.end.toString() },
			today: today.toString(),
			bodies: pageBodies,
			rings,
			// The staff's own choice of open or closed cases and of a unit, among those they may see.
			cases: sendCases(spanCases
				.map((c) => ({
					id: c.id,
					title: c.title,
					unit: c.unit,
					closed: c.is_closed,
					days: c.stages.flatMap((s) => {
						const day = s.meeting_id ? dayOf.get(s.meeting_id) : undefined;
						return day ? [day] : [];
					})
				}))
				.filter((c) => (caseView.state === null || c.closed === (caseView.state === 'closed')) && (caseView.unit === null || c.unit === caseView.unit))
				.sort((a, b) => (a.days[0] ?? '').localeCompare(b.days[0] ?? '') || a.title.localeCompare(b.title, 'da'))),
			chosenCase: caseView.caseId ? await chosenCase(caseView.caseId, viewer) : null,
			// Each body, place, rul and fixed item once; the page unpacks them into the items it draws.
			meetings: sendMeetings(view.bodies ? { ...packed, rows: packed.rows.filter((row) => view.bodies!.has(pageBodies[row[1]]!.code)) } : packed),
			// Each event's facts in a row; the page derives its names, colour and address (wheel/items.ts).
			// Meetings, events and case choices go as compact tables, one string each (wheel/table.ts).
			events: sendEvents(eventItems.filter((e) => !view.categories || view.categories.has(e.category))),
			cycles: [...cycles.values()].map((c) => ({ key: c.key, name: c.name, councilDate: c.councilDate.toString() })),
			keyCases,
			// Cases per meeting: every case the viewer may see, whatever the case filters above say.
			load: { counts: meetingLoad(spanCases, dayOf), threshold: settings.loadThreshold },
			shades: shadesFor(from, to, closureInputs(closures, bodies))
		}
	};
}

/**
 * The key cases (nøglesager) among the span's cases, each from the first to the last of its
 * stages' meetings that the viewer may see, wherever in the years those lie.
 */
async function keyCasesOf(cases: readonly CaseWithStages[], viewer: Viewer | null) {
	const key = cases.filter((c) => c.is_key_case);
	if (key.length === 0) return [];
	const ctx = await calendarContext(appDb());
	return key.flatMap((c) => {
		const days = c.stages
			.filter((s) => s.meeting_id !== null && maySeeStage(viewer, s))
			.flatMap((s) => {
				const m = ctx.byId.get(s.meeting_id!);
				return m ? [m.meeting.start.toPlainDate().toString()] : [];
			})
			.sort();
		return days.length ? [{ id: c.id, title: c.title, start: days[0]!, end: days.at(-1)! }] : [];
	});
}

/**
 * The case whose path the wheel draws, with each stage's meeting and write-up deadline as
 * local day and minutes; null when it does not exist or the viewer may not see it.
 */
async function chosenCase(id: string, viewer: Viewer | null) {
	const db = appDb();
	const c = await findVisibleCase(db, viewer, id);
	if (!c) return null;
	const now = Temporal.Now.instant();
	const ctx = await calendarContext(db);
	const json = caseJson(ctx, c, now, viewer);
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
