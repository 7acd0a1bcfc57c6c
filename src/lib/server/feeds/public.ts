import type { Temporal } from 'temporal-polyfill';
import { localDate } from '../../domain/day-range.ts';
import type { Viewer } from '../auth/access.ts';
import { findVisibleBody, listVisibleBodies } from '../bodies/repository.ts';
import type { Db } from '../db/index.ts';
import { listVisibleEvents } from '../events/repository.ts';
import { listVisibleMeetings } from '../meetings/repository.ts';
import type { BodyRow } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';
import { openAgendas } from '../cases/agenda.ts';
import { eventItem, meetingItem } from './items.ts';
import type { FeedCalendar, FeedItem } from './render.ts';
import { cancelledStillShown, feedWindow } from './window.ts';

/**
 * A feed is a query and a name: the functions here pick the rows; renderFeed and feedResponse
 * are shared by every kind of feed. Public feeds read as the public (viewer null) through the
 * repositories' visible readers, so no
 * internal body, internal event or closed content can reach them.
 */
export interface Feed {
	/** Names the feed's published state (feeds/publish.ts): 'public', 'body:3', 'case:<id>', 'personal:7' … */
	key: string;
	/** The file name offered in Content-Disposition (ASCII). */
	fileName: string;
	calendar: FeedCalendar;
}

export type FeedKind = 'public' | 'body';

export interface FeedLink {
	kind: FeedKind;
	name: string;
	description: string;
	/** Path from the site root, e.g. /feeds/organer/kommunalbestyrelsen.ics */
	path: string;
	/** The body's code for a body feed. */
	body: string | null;
}

const PUBLIC_PATH = '/feeds/offentlig.ics';
const bodyPath = (slug: string) => `/feeds/organer/${encodeURIComponent(slug)}.ics`;

const publicLink = (): FeedLink => ({
	kind: 'public',
	name: 'Årshjul – alle offentlige møder og begivenheder',
	description: 'Møder i alle offentlige organer samt offentlige begivenheder og frister.',
	path: PUBLIC_PATH,
	body: null
});

const bodyLink = (b: BodyRow): FeedLink => ({
	kind: 'body',
	name: `Årshjul – ${b.name}`,
	description: `Møder i ${b.name} (${b.code}) efter mødeplanen.`,
	path: bodyPath(b.slug),
	body: b.code
});

/** The feeds anyone may subscribe to: all public meetings and events, then one per public body. */
export async function publicFeedLinks(db: Db): Promise<FeedLink[]> {
	const bodies = await listVisibleBodies(db, null);
	return [publicLink(), ...bodies.map(bodyLink)];
}

/** The given bodies' meetings in the window, as the viewer (the public, or a signed-in subscriber) may see them. */
export async function meetingItems(db: Db, today: Temporal.PlainDate, origin: string, bodies: BodyRow[], viewer: Viewer | null = null): Promise<FeedItem[]> {
	// Asked directly: the meeting reader's guard for an empty list of bodies does not build a valid query.
	if (bodies.length === 0) return [];
	const window = feedWindow(today);
	const slugs = new Map(bodies.map((b) => [b.id, b.slug]));
	const meetings = (await listVisibleMeetings(db, viewer, { from: window.from, to: window.to, bodyIds: [...slugs.keys()] })).filter(
		(m) => m.status !== 'cancelled' || cancelledStillShown(localDate(toInstant(m.ends_at)), today)
	);
	const agendas = await openAgendas(db, meetings.filter((m) => m.status !== 'cancelled'));
	return meetings.map((m) => meetingItem(m, slugs.get(m.body_id)!, origin, agendas.get(m.id)));
}

/** All public meetings and all public events, the latter only when unattached or attached to a public body. */
export async function publicFeed(db: Db, today: Temporal.PlainDate, origin: string): Promise<Feed> {
	const bodies = await listVisibleBodies(db, null);
	const slugs = new Map(bodies.map((b) => [b.id, b.slug]));
	const window = feedWindow(today);
	const [meetings, events] = await Promise.all([
		meetingItems(db, today, origin, bodies),
		listVisibleEvents(db, null, window)
	]);
	const publicEvents = events.filter((e) => e.body_id === null || slugs.has(e.body_id));
	const link = publicLink();
	const items = [...meetings, ...publicEvents.map((e) => eventItem(e, e.body_id === null ? null : slugs.get(e.body_id)!, origin))];
	return { key: 'public', fileName: 'aarshjul-offentlig.ics', calendar: { name: link.name, description: link.description, items } };
}

/** One public body's meetings; undefined for an internal or unknown body. */
export async function bodyFeed(db: Db, slug: string, today: Temporal.PlainDate, origin: string): Promise<Feed | undefined> {
	const body = await findVisibleBody(db, null, { slug });
	if (!body) return undefined;
	const items = await meetingItems(db, today, origin, [body]);
	const link = bodyLink(body);
	return { key: `body:${body.id}`, fileName: `aarshjul-${body.slug}.ics`, calendar: { name: link.name, description: link.description, color: body.color, items } };
}
