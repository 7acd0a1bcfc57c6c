import { Temporal } from 'temporal-polyfill';
import type { PlannerMeeting } from './planning-context.ts';
import { ZONE } from './zone.ts';

/**
 * When a fixed item (fast punkt) falls on a body's meetings:
 * - every-meeting: on every meeting ("Direktionens årsplan – generelt fast punkt");
 * - first-in-cycle: on the body's first meeting of each political cycle (Månedsgrebet on the
 *   first board meeting of each rul);
 * - months: on the meetings in the given months (1–12) of every year (budget items in
 *   August–October);
 * - every-n-years: in every N-th year counted from `fromYear`, optionally only in given months
 *   (the equality report every third year from 2020: 2023, 2026, …).
 * With `firstOnly`, only the first matching meeting of each year carries the item.
 */
/** The kinds of rule, in the order the forms offer them. */
export const FIXED_ITEM_RULE_KINDS = ['every-meeting', 'first-in-cycle', 'months', 'every-n-years'] as const;
export type FixedItemRuleKind = (typeof FIXED_ITEM_RULE_KINDS)[number];

export type FixedItemRule =
	| { kind: 'every-meeting' }
	| { kind: 'first-in-cycle' }
	| { kind: 'months'; months: readonly number[]; firstOnly?: boolean }
	| {
			kind: 'every-n-years';
			every: number;
			fromYear: number;
			months?: readonly number[];
			firstOnly?: boolean;
			/** the day the reported period ends in a due year (31 May for the equality report) */
			periodEnds?: { month: number; day: number };
	  };

/** A fixed item of one body; callers may extend it with title, description, visibility. */
export interface FixedItemDefinition {
	id: string;
	bodyCode: string;
	rule: FixedItemRule;
}

/** What the rules need beyond the meeting itself, built once for a set of meetings. */
export interface FixedItemContext {
	/** ids of each body's first non-cancelled meeting in each political cycle */
	firstInCycle: ReadonlySet<string>;
	/** each body's non-cancelled meetings, by start */
	byBody: ReadonlyMap<string, readonly PlannerMeeting[]>;
	/** per firstOnly rule, the ids of the meetings that carry it; filled as asked */
	firstOnlyCache: FirstOnlyCache;
}

/** Where the meetings a firstOnly rule falls on are kept once worked out (a Map will do). */
export interface FirstOnlyCache {
	get(rule: FixedItemRule): ReadonlySet<string> | undefined;
	set(rule: FixedItemRule, ids: ReadonlySet<string>): void;
}

function localDate(meeting: PlannerMeeting): Temporal.PlainDate {
	return meeting.start.withTimeZone(ZONE).toPlainDate();
}

/**
 * The context for a set of meetings and their cycles (`cycleOf` from assignCycles). Meetings
 * must be loaded from the council meeting before the first one asked about: a body's first
 * meeting in a cycle can only be known if the cycle's start is in the set.
 */
export function fixedItemContext(meetings: readonly PlannerMeeting[], cycleOf: ReadonlyMap<string, string>): FixedItemContext {
	const byBody = new Map<string, PlannerMeeting[]>();
	for (const meeting of meetings) {
		if (meeting.cancelled) continue;
		let list = byBody.get(meeting.bodyCode);
		if (list === undefined) byBody.set(meeting.bodyCode, (list = []));
		list.push(meeting);
	}
	const firstInCycle = new Set<string>();
	for (const list of byBody.values()) {
		list.sort((a, b) => Temporal.ZonedDateTime.compare(a.start, b.start));
		const seen = new Set<string>();
		for (const meeting of list) {
			const cycle = cycleOf.get(meeting.id);
			if (cycle === undefined || seen.has(cycle)) continue;
			seen.add(cycle);
			firstInCycle.add(meeting.id);
		}
	}
	return { firstInCycle, byBody, firstOnlyCache: new Map() };
}

/** Whether an every-n-years rule is due in `year`. */
export function isDueYear(rule: { every: number; fromYear: number }, year: number): boolean {
	if (!Number.isInteger(rule.every) || rule.every < 1) throw new RangeError(`every must be a whole number >= 1: ${rule.every}`);
	return year >= rule.fromYear && (year - rule.fromYear) % rule.every === 0;
}

/**
 * The period an every-n-years item reports on in a due year: the N years ending on `periodEnds`
 * (the equality report 2023 covers 1 June 2020 – 31 May 2023). Null if the year is not due or
 * the rule has no period.
 */
export function reportingPeriod(
	rule: Extract<FixedItemRule, { kind: 'every-n-years' }>,
	year: number
): { from: Temporal.PlainDate; to: Temporal.PlainDate } | null {
	if (rule.periodEnds === undefined || !isDueYear(rule, year)) return null;
	const to = Temporal.PlainDate.from({ year, ...rule.periodEnds });
	return { from: to.subtract({ years: rule.every }).add({ days: 1 }), to };
}

/** Whether the meeting lies in the rule's years and months, ignoring firstOnly. */
function inRuleTime(rule: FixedItemRule, date: Temporal.PlainDate): boolean {
	switch (rule.kind) {
		case 'months':
			return rule.months.includes(date.month);
		case 'every-n-years':
			return isDueYear(rule, date.year) && (rule.months === undefined || rule.months.includes(date.month));
		default:
			return true;
	}
}

function appliesTo(item: FixedItemDefinition, meeting: PlannerMeeting, ctx: FixedItemContext): boolean {
	if (meeting.cancelled || meeting.bodyCode !== item.bodyCode) return false;
	const { rule } = item;
	if (rule.kind === 'every-meeting') return true;
	if (rule.kind === 'first-in-cycle') return ctx.firstInCycle.has(meeting.id);
	const date = localDate(meeting);
	if (!inRuleTime(rule, date)) return false;
	if (rule.firstOnly !== true) return true;
	let firsts = ctx.firstOnlyCache.get(rule);
	if (firsts === undefined) {
		const ids = new Set<string>();
		const years = new Set<number>();
		for (const other of ctx.byBody.get(item.bodyCode) ?? []) {
			const otherDate = localDate(other);
			if (years.has(otherDate.year) || !inRuleTime(rule, otherDate)) continue;
			years.add(otherDate.year);
			ids.add(other.id);
		}
		ctx.firstOnlyCache.set(rule, (firsts = ids));
	}
	return firsts.has(meeting.id);
}

/** The fixed items that fall on a meeting, in the order given. Cancelled meetings carry none. */
export function fixedItemsOnMeeting<T extends FixedItemDefinition>(
	meeting: PlannerMeeting,
	items: readonly T[],
	ctx: FixedItemContext
): T[] {
	return items.filter((item) => appliesTo(item, meeting, ctx));
}

/** The meetings a fixed item falls on, by start. */
export function meetingsForFixedItem(
	item: FixedItemDefinition,
	meetings: readonly PlannerMeeting[],
	cycleOf: ReadonlyMap<string, string>
): PlannerMeeting[] {
	const ctx = fixedItemContext(meetings, cycleOf);
	return meetings
		.filter((meeting) => appliesTo(item, meeting, ctx))
		.sort((a, b) => Temporal.ZonedDateTime.compare(a.start, b.start));
}
