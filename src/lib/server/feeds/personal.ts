import type { Temporal } from 'temporal-polyfill';
import { hasRole, maySeeStage, type Viewer } from '../auth/access.ts';
import { planningContext } from '../cases/context.ts';
import { listVisibleBodies } from '../bodies/repository.ts';
import { findVisibleCase, listFollowedCases, type CaseWithStages } from '../cases/repository.ts';
import type { Db } from '../db/index.ts';
import { listVisibleEvents } from '../events/repository.ts';
import { listVisibleMeetings } from '../meetings/repository.ts';
import { localDate } from '../../domain/day-range.ts';
import { openAgendas } from '../cases/agenda.ts';
import { toInstant } from '../db/temporal.ts';
import { caseItems, casePageUrl, STAGE_STATUS_NAME, type CaseItemOptions } from './cases.ts';
import { eventItem, meetingItem, type StageOnMeeting } from './items.ts';
import type { Feed } from './public.ts';
import type { FeedItem } from './render.ts';
import type { Selection } from './selection.ts';
import type { Subscriber } from './subscriptions.ts';
import { cancelledStillShown, feedWindow } from './window.ts';

/**
 * The personal feed (personligt abonnement) and the case feeds. Like the public feeds, each is a
 * query and a name; what the subscriber may see is decided here from their role as it is now.
 */

/** The stages' meetings (for a case feed) and deadlines of the given cases within the window. */
async function itemsOfCases(db: Db, cases: CaseWithStages[], today: Temporal.PlainDate, origin: string, opt: CaseItemOptions): Promise<FeedItem[]> {
	if (cases.length === 0 || (!opt.stages && !opt.deadlines)) return [];
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

/**
 * A subscriber's feed: the chosen bodies' meetings, event categories and cases, with reminders.
 * Every meeting appears once, as one busy block with one reminder: the meetings of the chosen
 * bodies and the meetings where the subscriber's cases are treated, with those case stages named
 * in the summary and listed in the description. Write-up deadlines are items of their own.
 */
export async function personalFeed(db: Db, sub: Subscriber, today: Temporal.PlainDate, origin: string): Promise<Feed> {
	const { viewer, selection: s } = sub;
	const window = feedWindow(today);
	const allBodies = await listVisibleBodies(db, viewer);
	const chosen = new Set(allBodies.filter((b) => s.bodies.includes(b.code)).map((b) => b.id));
	const slugs = new Map(allBodies.map((b) => [b.id, b.slug]));
	const unit = s.unitCases && viewer.unit !== '' && hasRole(viewer, 'editor') ? viewer.unit : null;
	const cases = await listFollowedCases(db, viewer, { own: s.ownCases, unit });
	const stagesAt = new Map<string, StageOnMeeting[]>();
	for (const c of cases) {
		for (const st of c.stages) {
			if (!st.meeting_id || !maySeeStage(viewer, st)) continue;
			const shown = { title: c.title, role: st.role, status: STAGE_STATUS_NAME[st.status] ?? st.status, url: casePageUrl(origin, c.id) };
			stagesAt.set(st.meeting_id, [...(stagesAt.get(st.meeting_id) ?? []), shown]);
		}
	}
	const [meetings, events, deadlines] = await Promise.all([
		chosen.size || stagesAt.size ? listVisibleMeetings(db, viewer, { from: window.from, to: window.to }) : Promise.resolve([]),
		s.categories.length ? listVisibleEvents(db, viewer, window) : Promise.resolve([]),
		itemsOfCases(db, cases, today, origin, { viewer, stages: false, deadlines: s.deadlines, deadlineAlarmMinutes: s.reminders.deadlineMinutes, meetingAlarmMinutes: null })
	]);
	const shownMeetings = meetings.filter(
		(m) => (chosen.has(m.body_id) || stagesAt.has(m.id)) && (m.status !== 'cancelled' || cancelledStillShown(localDate(toInstant(m.ends_at)), today))
	);
	const agendas = await openAgendas(db, shownMeetings.filter((m) => m.status !== 'cancelled'));
	const meetingList = shownMeetings.map((m) => ({
		...meetingItem(m, slugs.get(m.body_id)!, origin, agendas.get(m.id), stagesAt.get(m.id)),
		alarmMinutes: m.status === 'cancelled' ? null : s.reminders.meetingMinutes
	}));
	const eventList = events
		.filter((e) => s.categories.includes(e.category) && (e.body_id === null || slugs.has(e.body_id)))
		.map((e) => eventItem(e, e.body_id === null ? null : slugs.get(e.body_id)!, origin));
	return {
		key: `personal:${sub.subscriptionId}`,
		fileName: 'aarshjul-personlig.ics',
		calendar: { name: `Årshjul – ${sub.name}`, description: describe(s, viewer), items: [...meetingList, ...eventList, ...deadlines] }
	};
}

/**
 * One case's stages and deadlines. Open cases for everyone, showing only stages at public
 * bodies to the public; closed cases only for a signed-in viewer (reached via a personal token,
 * whose subscription names the published state). Undefined when the case does not exist for this viewer.
 */
export async function caseFeed(db: Db, caseId: string, viewer: Viewer | null, today: Temporal.PlainDate, origin: string, subscriptionId?: number): Promise<Feed | undefined> {
	const c = await findVisibleCase(db, viewer, caseId);
	if (!c) return undefined;
	const items = await itemsOfCases(db, [c], today, origin, { viewer, stages: true, deadlines: true, deadlineAlarmMinutes: null, meetingAlarmMinutes: null });
	const name = `Årshjul – sag: ${c.title}`;
	return {
		key: subscriptionId === undefined ? `case:${c.id}` : `personal:${subscriptionId}:case:${c.id}`,
		fileName: 'aarshjul-sag.ics',
		calendar: { name, description: `Sagsgangen for ${c.case_number ? `${c.case_number} ` : ''}${c.title}: møderne og fristerne for sagsfremstillingerne.`, items }
	};
}
