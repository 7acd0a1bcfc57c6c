import { listVisibleClosures } from '../closures/repository.ts';
import { closureInputs, shadesFor } from '../../wheel/shades.ts';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';
import { eventItem, meetingItem } from '../../wheel/items.ts';
import { EVENTS_RING, ringsFor } from '../../wheel/rings.ts';
import { viewSpan, type Zoom } from '../../wheel/view.ts';
import { listVisibleBodies, findVisibleBody } from '../bodies/repository.ts';
import { visibleFixedItemTitles } from '../cases/agenda.ts';
import { calendarSpan } from '../calendar/span.ts';
import { visibleMeetingsWithCycles } from '../meetings/repository.ts';
import type { Db } from '../db/index.ts';
import { toInstant } from '../db/temporal.ts';

/**
 * What the embeds show, read as the public whoever is signed in: an embed is a public page on
 * someone else's site, so internal bodies, internal events and closed items never reach it.
 * The one place the embeds read data: through the visible readers, as the public (viewer null).
 */
const PUBLIC = null;

export const publicBodies = (db: Db) => listVisibleBodies(db, PUBLIC);

/** The wheel of a span for the public, limited to the chosen bodies (null: all). */
export async function publicWheel(db: Db, q: { year: number; startMonth: number; zoom: Zoom; bodies: ReadonlySet<string> | null }) {
	const span = viewSpan(q.year, { startMonth: q.startMonth, zoom: q.zoom });
	const { bodies, meetings, events } = await calendarSpan(db, PUBLIC, span.start, span.end.subtract({ days: 1 }));
	const fixed = await visibleFixedItemTitles(db, PUBLIC, meetings.filter((m) => m.status !== 'cancelled'));
	const shown = (code: string) => q.bodies === null || q.bodies.has(code);
	const cycles = new Map(meetings.flatMap((m) => (m.cycle ? [[m.cycle.key, m.cycle] as const] : [])));
	return {
		span: { start: span.start.toString(), end: span.end.toString() },
		bodies: bodies.filter((b) => shown(b.code)).map((b) => ({ code: b.code, name: b.name, color: b.color, kind: b.kind })),
		rings: ringsFor(bodies.filter((b) => shown(b.code))).filter((r) => r.id !== EVENTS_RING || events.length > 0),
		meetings: meetings
			.filter((m) => shown(m.body_code))
			.map((m) => meetingItem(m, fixed.get(m.id) ?? [])),
		events: events.map(eventItem),
		cycles: [...cycles.values()].map((c) => ({ key: c.key, name: c.name, councilDate: c.councilDate.toString() })),
		shades: shadesFor(span.start, span.end.subtract({ days: 1 }), closureInputs(await listVisibleClosures(db, PUBLIC), bodies))
	};
}

/** A public body's meetings of a year; null when there is no such public body. */
export async function publicBodyYear(db: Db, slug: string, year: number) {
	const body = await findVisibleBody(db, PUBLIC, { slug });
	if (!body) return null;
	const meetings = await visibleMeetingsWithCycles(db, PUBLIC, {
		from: Temporal.PlainDate.from({ year, month: 1, day: 1 }),
		to: Temporal.PlainDate.from({ year, month: 12, day: 31 }),
		bodyIds: [body.id]
	});
	return {
		body,
		meetings: meetings.map((m) => ({
			...m,
			start: toInstant(m.starts_at).toZonedDateTimeISO(ZONE),
			end: toInstant(m.ends_at).toZonedDateTimeISO(ZONE)
		}))
	};
}
