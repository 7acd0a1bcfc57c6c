import { fixedItemsOnMeeting, type FixedItemContext, type FixedItemRule } from '../../domain/fixed-items.ts';
import { formatInstant } from '../../domain/day-range.ts';
import { meetingDeadline } from '../../domain/planning-context.ts';
import { casesOnMeetings, listFixedItems } from './repository.ts';
import { maySeeContent, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import { calendarModel, type CalendarModel } from '../calendar/model.ts';

// The meetings that carry a "first only" rule, by the rule's text: the rules are read afresh on
// every request, the calendar model (and so this) only when the data changes.
const firstOnly = new WeakMap<CalendarModel, Map<string, ReadonlySet<string>>>();

/**
 * The model's fixed-item context with a cache of the "first only" rules that lives as long as
 * the model: the domain caches by the rule object, which is new on every request.
 */
function fixedItemsOf(model: CalendarModel): FixedItemContext {
	const shared = model.fixedItems();
	let byText = firstOnly.get(model);
	if (!byText) firstOnly.set(model, (byText = new Map()));
	const known = byText;
	const cache = new Map<FixedItemRule, ReadonlySet<string>>();
	return {
		...shared,
		firstOnlyCache: {
			get: (rule: FixedItemRule) => cache.get(rule) ?? known.get(JSON.stringify(rule)),
			set(rule: FixedItemRule, ids: ReadonlySet<string>) {
				cache.set(rule, ids);
				known.set(JSON.stringify(rule), ids);
			}
		}
	};
}

const ROLE_ORDER = { orientering: 0, drøftelse: 1, indstilling: 2, beslutning: 3 } as const;

/**
 * A meeting's agenda (dagsorden): its fixed items, then the cases with a stage on it
 * (decisions first). For the public a closed item is only "Lukket punkt": neither title,
 * content nor id.
 */
export async function meetingAgenda(db: Db, meeting: { id: string; starts_at: Date; body_code: string }, viewer: Viewer | null) {
	const model = await calendarModel(db);
	const ctx = model.context;
	const self = ctx.byId.get(meeting.id);
	const fixed = await listFixedItems(db, [meeting.body_code]);
	const due = self
		? fixedItemsOnMeeting(
				self.meeting,
				fixed.map((f) => ({ ...f, id: String(f.id), bodyCode: f.body_code, rule: f.rule as FixedItemRule })),
				fixedItemsOf(model)
			)
		: [];
	const cases = (await casesOnMeetings(db, [meeting.id])).flatMap((c) =>
		c.stages.filter((s) => s.meeting_id === meeting.id).map((stage) => ({ c, stage }))
	);
	cases.sort((a, b) => ROLE_ORDER[b.stage.role] - ROLE_ORDER[a.stage.role] || a.c.title.localeCompare(b.c.title, 'da'));
	const deadline = self ? formatInstant(meetingDeadline(ctx, self.meeting).toInstant()) : null;

	const items = [
		...due.map((f) =>
			!maySeeContent(viewer, f)
				? { kind: 'fixed' as const, closed: true, title: 'Lukket punkt' }
				: { kind: 'fixed' as const, closed: f.is_closed, id: f.id, title: f.title, description: f.description }
		),
		...cases.map(({ c, stage }) =>
			!maySeeContent(viewer, c)
				? { kind: 'case' as const, closed: true, title: 'Lukket punkt' }
				: { kind: 'case' as const, closed: c.is_closed, id: c.id, caseNumber: c.case_number, title: c.title, role: stage.role, status: stage.status, stage: stage.position }
		)
	];
	return { meeting: meeting.id, deadline, items: items.map((item, i) => ({ number: i + 1, ...item })) };
}

export interface PublicAgenda {
	/** numbered lines: open items by title, closed ones only as "Lukket punkt" */
	lines: string[];
	/** the newest change among the items, so a feed's DTSTAMP moves when the agenda does */
	updatedAt: Date | null;
}

type MeetingRef = { id: string; starts_at: Date; body_code: string };

/**
 * The fixed items falling on each of many meetings, in their order: one planning context for
 * the span they cover (the cycles need the council meetings around it) and one query.
 */
export async function fixedItemsByMeeting(db: Db, meetings: MeetingRef[]): Promise<Map<string, { title: string; closed: boolean }[]>> {
	const result = new Map<string, { title: string; closed: boolean }[]>();
	if (meetings.length === 0) return result;
	const fixed = (await listFixedItems(db, [...new Set(meetings.map((m) => m.body_code))])).map((f) => ({ ...f, id: String(f.id), bodyCode: f.body_code, rule: f.rule as FixedItemRule }));
	if (fixed.length === 0) return result;
	const model = await calendarModel(db);
	const ctx = model.context;
	const fixedCtx = fixedItemsOf(model);
	for (const m of meetings) {
		const self = ctx.byId.get(m.id);
		if (!self) continue;
		const due = fixedItemsOnMeeting(self.meeting, fixed.filter((f) => f.bodyCode === m.body_code), fixedCtx);
		if (due.length) result.set(m.id, due.map((f) => ({ title: f.title, closed: f.is_closed })));
	}
	return result;
}

/** The titles of the fixed items on each meeting that the viewer may see, for the wheel and the list. */
export async function visibleFixedItemTitles(db: Db, viewer: Viewer | null, meetings: MeetingRef[]): Promise<Map<string, string[]>> {
	const fixed = await fixedItemsByMeeting(db, meetings);
	return new Map([...fixed].map(([id, items]) => [id, items.filter((f) => maySeeContent(viewer, { is_closed: f.closed })).map((f) => f.title)]));
}

/** The open agendas of many meetings at once, for feeds: fixed items, then the cases on them. */
export async function openAgendas(db: Db, meetings: MeetingRef[]): Promise<Map<string, PublicAgenda>> {
	const result = new Map<string, PublicAgenda>();
	if (meetings.length === 0) return result;
	const fixed = await fixedItemsByMeeting(db, meetings);
	const fixedUpdated = await db.selectFrom('fixed_item').select((eb) => eb.fn.max('updated_at').as('at')).where('deleted_at', 'is', null).executeTakeFirst();
	const byMeeting = new Map<string, { title: string; closed: boolean; role: keyof typeof ROLE_ORDER; updated: Date }[]>();
	for (const c of await casesOnMeetings(db, meetings.map((m) => m.id))) {
		for (const s of c.stages) {
			if (!s.meeting_id) continue;
			byMeeting.set(s.meeting_id, [...(byMeeting.get(s.meeting_id) ?? []), { title: c.title, closed: c.is_closed, role: s.role, updated: c.updated_at }]);
		}
	}
	for (const m of meetings) {
		const items = fixed.get(m.id) ?? [];
		const cases = (byMeeting.get(m.id) ?? []).sort((a, b) => ROLE_ORDER[b.role] - ROLE_ORDER[a.role] || a.title.localeCompare(b.title, 'da'));
		const titles = [...items, ...cases].map((i) => (i.closed ? 'Lukket punkt' : i.title));
		const dates = [...(items.length && fixedUpdated?.at ? [fixedUpdated.at as Date] : []), ...cases.map((c) => c.updated)];
		result.set(m.id, {
			lines: titles.map((t, i) => `${i + 1}. ${t}`),
			updatedAt: dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null
		});
	}
	return result;
}
