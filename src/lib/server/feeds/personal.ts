import type { Temporal } from 'temporal-polyfill';
import { canSeeInternal, hasRole, type Viewer } from '../auth/access.ts';
import { planningContext } from '../cases/context.ts';
import { getCase, type CaseWithStages } from '../db/cases.ts';
import { listBodies } from '../db/bodies.ts';
import { listEvents } from '../db/events.ts';
import type { Db } from '../db/index.ts';
import { listMeetings } from '../db/meetings.ts';
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

/**
 * The cases a personal feed follows. `own`: the user is responsible — responsible_user_id is
 * theirs, or no user is linked and responsible_name is their name (cases written before the link
 * existed, or by an integration that only knows the name). `unit`: every case of that unit.
 */
export async function followedCaseIds(db: Db, user: { id: number; name: string }, f: { own: boolean; unit: string | null; includeClosed: boolean }): Promise<string[]> {
	if (!f.own && !f.unit) return [];
	let q = db
		.selectFrom('case_file')
		.select('id')
		.where('deleted_at', 'is', null)
		.where((eb) =>
			eb.or([
				...(f.own ? [eb('responsible_user_id', '=', user.id), eb.and([eb('responsible_user_id', 'is', null), eb('responsible_name', '=', user.name)])] : []),
				...(f.unit ? [eb('unit', '=', f.unit)] : [])
			])
		)
		.orderBy('created_at')
		.orderBy('id');
	if (!f.includeClosed) q = q.where('is_closed', '=', false);
	return (await q.execute()).map((r) => r.id);
}

/** The stages' meetings (for a case feed) and deadlines of the given cases within the window. */
async function itemsOfCases(db: Db, cases: CaseWithStages[], today: Temporal.PlainDate, origin: string, opt: CaseItemOptions): Promise<FeedItem[]> {
	if (cases.length === 0 || (!opt.stages && !opt.deadlines)) return [];
	const window = feedWindow(today);
	const [bodies, meetings, ctx] = await Promise.all([
		listBodies(db, { includeInternal: opt.includeInternal }),
		listMeetings(db, { from: window.from, to: window.to, includeInternal: opt.includeInternal }),
		planningContext(db, [window.from, window.to])
	]);
	const byId = new Map(meetings.map((m) => [m.id, m]));
	const byCode = new Map(bodies.map((b) => [b.code, b]));
	return cases.flatMap((c) => caseItems(c, ctx, byId, byCode, window, origin, opt));
}

async function casesByIds(db: Db, ids: string[]): Promise<CaseWithStages[]> {
	const found = await Promise.all(ids.map((id) => getCase(db, id)));
	return found.filter((c): c is CaseWithStages => c !== undefined);
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
	const internal = canSeeInternal(viewer);
	const window = feedWindow(today);
	const allBodies = await listBodies(db, { includeInternal: internal });
	const chosen = new Set(allBodies.filter((b) => s.bodies.includes(b.code)).map((b) => b.id));
	const slugs = new Map(allBodies.map((b) => [b.id, b.slug]));
	const unit = s.unitCases && viewer.unit !== '' && hasRole(viewer, 'editor') ? viewer.unit : null;
	const caseIds = await followedCaseIds(db, { id: viewer.userId!, name: viewer.name }, { own: s.ownCases, unit, includeClosed: internal });
	const cases = await casesByIds(db, caseIds);
	const stagesAt = new Map<string, StageOnMeeting[]>();
	for (const c of cases) {
		for (const st of c.stages) {
			if (!st.meeting_id || (!st.body_is_public && !internal)) continue;
			const shown = { title: c.title, role: st.role, status: STAGE_STATUS_NAME[st.status] ?? st.status, url: casePageUrl(origin, c.id) };
			stagesAt.set(st.meeting_id, [...(stagesAt.get(st.meeting_id) ?? []), shown]);
		}
	}
	const [meetings, events, deadlines] = await Promise.all([
		chosen.size || stagesAt.size ? listMeetings(db, { from: window.from, to: window.to, includeInternal: internal }) : Promise.resolve([]),
		s.categories.length ? listEvents(db, { ...window, includeInternal: internal }) : Promise.resolve([]),
		itemsOfCases(db, cases, today, origin, { includeInternal: internal, stages: false, deadlines: s.deadlines, deadlineAlarmMinutes: s.reminders.deadlineMinutes, meetingAlarmMinutes: null })
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
	const c = await getCase(db, caseId);
	const internal = canSeeInternal(viewer);
	if (!c || (c.is_closed && !internal)) return undefined;
	const items = await itemsOfCases(db, [c], today, origin, { includeInternal: internal, stages: true, deadlines: true, deadlineAlarmMinutes: null, meetingAlarmMinutes: null });
	const name = `Årshjul – sag: ${c.title}`;
	return {
		key: subscriptionId === undefined ? `case:${c.id}` : `personal:${subscriptionId}:case:${c.id}`,
		fileName: 'aarshjul-sag.ics',
		calendar: { name, description: `Sagsgangen for ${c.case_number ? `${c.case_number} ` : ''}${c.title}: møderne og fristerne for sagsfremstillingerne.`, items }
	};
}
