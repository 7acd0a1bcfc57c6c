import type { Temporal } from 'temporal-polyfill';
import { hasRole, type Viewer } from '../auth/access.ts';
import { planningContext } from '../cases/context.ts';
import { findVisibleCase, listFollowedCases, type CaseWithStages } from '../cases/repository.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { listVisibleEvents } from '../events/repository.ts';
import type { Db } from '../db/index.ts';
import { listVisibleMeetings } from '../meetings/repository.ts';
import { caseItems } from './cases.ts';
import { eventItem, rowTime } from './items.ts';
import { meetingItems, newest, type Feed } from './public.ts';
import type { FeedItem } from './render.ts';
import type { Selection } from './selection.ts';
import type { Subscriber } from './subscriptions.ts';
import { feedWindow } from './window.ts';

/**
 * The personal feed (personligt abonnement) and the case feeds. Like the public feeds, each is a
 * query and a name; what the subscriber may see is decided here from their role as it is now.
 */

/** The stages' meetings and deadlines of the given cases within the window. */
async function itemsOfCases(
	db: Db,
	cases: CaseWithStages[],
	today: Temporal.PlainDate,
	origin: string,
	opt: { viewer: Viewer | null; deadlines: boolean; deadlineAlarmMinutes: number | null; meetingAlarmMinutes: number | null }
): Promise<FeedItem[]> {
	if (cases.length === 0) return [];
	const window = feedWindow(today);
	const [bodies, meetings, ctx] = await Promise.all([
		listVisibleBodies(db, opt.viewer),
		listVisibleMeetings(db, opt.viewer, { from: window.from, to: window.to }),
		planningContext(db, [window.from, window.to])
	]);
	const byId = new Map(meetings.map((m) => [m.id, m]));
	const byCode = new Map(bodies.map((b) => [b.code, b]));
	return cases.flatMap((c) => caseItems(c, ctx, byId, byCode, window, origin, opt));
}

function describe(s: Selection, viewer: Viewer): string {
	const parts = [
		s.bodies.length ? `møder i ${s.bodies.join(', ')}` : '',
		s.categories.length ? 'udvalgte begivenheder' : '',
		s.ownCases ? `sager med ${viewer.name} som ansvarlig` : '',
		s.unitCases ? `sager fra ${viewer.unit}` : '',
		(s.ownCases || s.unitCases) && s.deadlines ? 'frister for sagsfremstillinger' : ''
	].filter(Boolean);
	return `Personlig kalender for ${viewer.name}: ${parts.join(', ') || 'intet valgt'}.`;
}

/** A subscriber's feed: the chosen bodies' meetings, event categories and cases, with reminders. */
export async function personalFeed(db: Db, sub: Subscriber, today: Temporal.PlainDate, origin: string): Promise<Feed> {
	const { viewer, selection: s } = sub;
	const window = feedWindow(today);
	const allBodies = await listVisibleBodies(db, viewer);
	const chosen = allBodies.filter((b) => s.bodies.includes(b.code));
	const slugs = new Map(allBodies.map((b) => [b.id, b.slug]));
	const unit = s.unitCases && viewer.unit !== '' && hasRole(viewer, 'editor') ? viewer.unit : null;
	const [meetings, events, cases] = await Promise.all([
		meetingItems(db, today, origin, chosen, viewer),
		s.categories.length ? listVisibleEvents(db, viewer, window) : Promise.resolve([]),
		listFollowedCases(db, viewer, { own: s.ownCases, unit })
	]);
	const caseList = await itemsOfCases(db, cases, today, origin, {
		viewer,
		deadlines: s.deadlines,
		deadlineAlarmMinutes: s.reminders.deadlineMinutes,
		meetingAlarmMinutes: s.reminders.meetingMinutes
	});
	const eventList = events
		.filter((e) => s.categories.includes(e.category) && (e.body_id === null || slugs.has(e.body_id)))
		.map((e) => eventItem(e, e.body_id === null ? null : slugs.get(e.body_id)!, origin));
	const items = [...meetings.map((m) => ({ ...m, alarmMinutes: m.status === 'cancelled' ? null : s.reminders.meetingMinutes })), ...eventList, ...caseList];
	return {
		calendar: { name: `Årshjul – ${sub.name}`, description: describe(s, viewer), items },
		lastModified: newest([...allBodies.map((b) => rowTime(b.updated_at)), ...items.map((i) => i.updatedAt)])
	};
}

/**
 * One case's stages and deadlines. Open cases for everyone, showing only stages at public
 * bodies to the public; closed cases only for a signed-in viewer (reached via a personal token).
 * Undefined when the case does not exist for this viewer.
 */
export async function caseFeed(db: Db, caseId: string, viewer: Viewer | null, today: Temporal.PlainDate, origin: string): Promise<Feed | undefined> {
	const c = await findVisibleCase(db, viewer, caseId);
	if (!c) return undefined;
	const items = await itemsOfCases(db, [c], today, origin, { viewer, deadlines: true, deadlineAlarmMinutes: null, meetingAlarmMinutes: null });
	const name = `Årshjul – sag: ${c.title}`;
	return {
		calendar: { name, description: `Sagsgangen for ${c.case_number ? `${c.case_number} ` : ''}${c.title}: møderne og fristerne for sagsfremstillingerne.`, items },
		lastModified: newest([rowTime(c.updated_at), ...items.map((i) => i.updatedAt)])
	};
}
