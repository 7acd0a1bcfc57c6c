import { Temporal } from 'temporal-polyfill';
import { HALF_DAY_CLOSES } from './holidays.ts';
import type { MeetingStatus } from './meetings.ts';
import { danishMonthName } from './month-names.ts';
import { ruleDates, type PlanRule } from './plan-dates.ts';
import type { WorkingCalendar } from './working-days.ts';
import { ZONE } from './zone.ts';

export type { PlanRule } from './plan-dates.ts';

/** A body's meeting plan (mødeplan): the rule that generates its meetings for a year. */
export interface PlanSpec {
	rule: PlanRule;
	startTime: Temporal.PlainTime;
	durationMinutes: number;
	/** e.g. [7] = not in July */
	excludeMonths: number[];
	/**
	 * What happens to a meeting that falls on a day off (a holiday, a closure, or a half day
	 * when the meeting would start at noon or later): 'skip' drops it; 'move-before' and
	 * 'move-after' move it to the nearest working day, first within the same week (on the side
	 * the plan says first), then outside it, never out of its month. 'skip' unless told.
	 */
	onDayOff?: DayOffPolicy;
	/** a meeting starting before noon is held on a half day (1 May, grundlovsdag); true unless told */
	keepMorningOnHalfDay?: boolean;
}


/** What a meeting plan does with a meeting that falls on a day off. */
export const DAY_OFF_POLICIES = ['skip', 'move-before', 'move-after'] as const;
export type DayOffPolicy = (typeof DAY_OFF_POLICIES)[number];

export interface PlannedSlot {
	/** The slot's own date ISO, e.g. '2024-03-26': the stable identity of the occurrence. */
	key: string;
	start: Temporal.ZonedDateTime;
	end: Temporal.ZonedDateTime;
	/** why the meeting is not on its rule's date (the day off it was moved from), if moved */
	movedBecause?: string;
}

/** A month the rule gives a meeting in, left without one (every date of it skipped). */
export interface MonthWithout {
	year: number;
	month: number;
	/** Danish, e.g. 'Ingen møde i april 2023: 2. påskedag' */
	message: string;
}

export interface SkippedSlot {
	key: string;
	date: Temporal.PlainDate;
	/** Danish, e.g. 'Påskedag', 'Juli er undtaget', 'Mellem jul og nytår' */
	reason: string;
}

/**
 * anchorDates: the dates of the anchor body's meetings (for 'relative'). Slots in excluded
 * months are skipped; a slot on a day off for bodyCode is skipped or moved as the plan says
 * (`onDayOff`). Times are wall-clock in ZONE (correct across DST). `monthsWithout` names the
 * months the rule gives a meeting in that are left without one.
 */
export function generatePlan(
	spec: PlanSpec,
	year: number,
	cal: WorkingCalendar,
	bodyCode: string,
	anchorDates?: Temporal.PlainDate[]
): { slots: PlannedSlot[]; skipped: SkippedSlot[]; monthsWithout: MonthWithout[] } {
	if (!Number.isInteger(spec.durationMinutes) || spec.durationMinutes <= 0) {
		throw new RangeError(`duration must be a whole number of minutes > 0: ${spec.durationMinutes}`);
	}
	const dates = ruleDates(spec.rule, year, anchorDates);
	const taken = new Set(dates.map((d) => d.toString()));
	const slots: PlannedSlot[] = [];
	const skipped: SkippedSlot[] = [];
	for (const date of dates) {
		const key = date.toString();
		if (spec.excludeMonths.includes(date.month)) {
			const month = danishMonthName(date.month);
			skipped.push({ key, date, reason: `${month.charAt(0).toUpperCase()}${month.slice(1)} er undtaget` });
			continue;
		}
		const reason = dayOffReason(spec, date, cal, bodyCode);
		let day = date;
		if (reason !== null) {
			const moved = spec.onDayOff === undefined || spec.onDayOff === 'skip' ? null : moveTo(spec, date, cal, bodyCode, taken);
			if (moved === null) {
				skipped.push({ key, date, reason });
				continue;
			}
			taken.add(moved.toString());
			day = moved;
		}
		const start = day.toZonedDateTime({ timeZone: ZONE, plainTime: spec.startTime });
		const slot: PlannedSlot = { key, start, end: start.add({ minutes: spec.durationMinutes }) };
		slots.push(reason === null ? slot : { ...slot, movedBecause: reason });
	}
	return { slots, skipped, monthsWithout: monthsWithout(spec, skipped, slots) };
}

function monthsWithout(spec: PlanSpec, skipped: readonly SkippedSlot[], slots: readonly PlannedSlot[]): MonthWithout[] {
	const held = new Set(slots.map((s) => `${s.start.year}-${s.start.month}`));
	const result = new Map<string, MonthWithout>();
	for (const s of skipped) {
		const id = `${s.date.year}-${s.date.month}`;
		// An excluded month is the plan's own choice, not a month left without a meeting.
		if (held.has(id) || result.has(id) || spec.excludeMonths.includes(s.date.month)) continue;
		const reasons = skipped.filter((o) => o.date.year === s.date.year && o.date.month === s.date.month).map((o) => o.reason);
		result.set(id, {
			year: s.date.year,
			month: s.date.month,
			message: `Ingen møde i ${danishMonthName(s.date.month)} ${s.date.year}: ${[...new Set(reasons)].join(', ')}`
		});
	}
	return [...result.values()];
}

/** Why a meeting cannot be held on `date`, or null if it can. */
function dayOffReason(spec: PlanSpec, date: Temporal.PlainDate, cal: WorkingCalendar, bodyCode: string): string | null {
	const dayOff = cal.dayOffReason(date, bodyCode);
	if (dayOff !== null) return dayOff;
	const halfDay = cal.dayOffOn(date);
	if (halfDay?.kind !== 'half-day') return null;
	const morning = Temporal.PlainTime.compare(spec.startTime, HALF_DAY_CLOSES) < 0;
	return morning && spec.keepMorningOnHalfDay !== false ? null : `${halfDay.name} – fri fra kl. 12`;
}

/**
 * The nearest day in the same month the meeting can be held instead: the same ISO week first
 * (the plan's side first, nearest first), then outside the week, the plan's side first. Null if
 * the month has none that is not another of the plan's own dates.
 */
function moveTo(spec: PlanSpec, date: Temporal.PlainDate, cal: WorkingCalendar, bodyCode: string, taken: ReadonlySet<string>): Temporal.PlainDate | null {
	const sign = spec.onDayOff === 'move-before' ? -1 : 1;
	const fits = (d: Temporal.PlainDate) =>
		d.month === date.month && d.year === date.year && !taken.has(d.toString()) && dayOffReason(spec, d, cal, bodyCode) === null;
	const sameWeek = (d: Temporal.PlainDate) => d.weekOfYear === date.weekOfYear && d.yearOfWeek === date.yearOfWeek;
	for (const side of [sign, -sign]) {
		for (let n = 1; n < 7; n++) {
			const d = date.add({ days: side * n });
			if (!sameWeek(d)) break;
			if (fits(d)) return d;
		}
	}
	for (const side of [sign, -sign]) {
		for (let n = 1; n <= 31; n++) {
			const d = date.add({ days: side * n });
			if (d.month !== date.month) break;
			if (!sameWeek(d) && fits(d)) return d;
		}
	}
	return null;
}

/** A meeting already generated from the plan; planKey is the key of the slot it came from. */
export interface ExistingPlanMeeting {
	id: string;
	planKey: string;
	start: Temporal.Instant;
	end: Temporal.Instant;
	status: MeetingStatus;
	changedByHand: boolean;
}

export interface PlanMerge {
	/** slots with no existing meeting of that key */
	create: PlannedSlot[];
	/** untouched meetings whose generated time differs */
	update: { id: string; slot: PlannedSlot }[];
	keep: { id: string; reason: 'changed-by-hand' | 'unchanged' }[];
	/** untouched, not hand-changed meetings whose key is no longer generated */
	remove: string[];
}

/**
 * Regenerating never overwrites a meeting moved or cancelled by hand. A cancelled meeting
 * counts as changed by hand even without the flag: the plan never cancels anything itself, and
 * removing it would erase the record of the cancellation.
 */
export function mergePlan(existing: ExistingPlanMeeting[], slots: PlannedSlot[]): PlanMerge {
	const byKey = new Map<string, ExistingPlanMeeting>();
	for (const meeting of existing) {
		if (byKey.has(meeting.planKey)) {
			throw new RangeError(`two meetings come from plan slot ${meeting.planKey}`);
		}
		byKey.set(meeting.planKey, meeting);
	}
	const slotByKey = new Map(slots.map((slot) => [slot.key, slot]));

	const merge: PlanMerge = {
		create: slots.filter((slot) => !byKey.has(slot.key)),
		update: [],
		keep: [],
		remove: []
	};
	for (const meeting of existing) {
		const slot = slotByKey.get(meeting.planKey);
		if (meeting.changedByHand || meeting.status === 'cancelled') {
			merge.keep.push({ id: meeting.id, reason: 'changed-by-hand' });
		} else if (slot === undefined) {
			merge.remove.push(meeting.id);
		} else if (
			meeting.start.equals(slot.start.toInstant()) &&
			meeting.end.equals(slot.end.toInstant())
		) {
			merge.keep.push({ id: meeting.id, reason: 'unchanged' });
		} else {
			merge.update.push({ id: meeting.id, slot });
		}
	}
	return merge;
}
