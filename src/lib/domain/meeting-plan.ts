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
}

export interface PlannedSlot {
	/** The slot's own date ISO, e.g. '2024-03-26': the stable identity of the occurrence. */
	key: string;
	start: Temporal.ZonedDateTime;
	end: Temporal.ZonedDateTime;
}

export interface SkippedSlot {
	key: string;
	date: Temporal.PlainDate;
	/** Danish, e.g. 'Påskedag', 'Juli er undtaget', 'Mellem jul og nytår' */
	reason: string;
}

/**
 * anchorDates: the dates of the anchor body's meetings (for 'relative'). Slots in excluded
 * months or on days that are not working days for bodyCode are skipped with a reason; a slot on
 * a half day that starts at or after 12:00 is skipped too ('1. maj – fri fra kl. 12'). Times are
 * wall-clock in ZONE (correct across DST).
 */
export function generatePlan(
	spec: PlanSpec,
	year: number,
	cal: WorkingCalendar,
	bodyCode: string,
	anchorDates?: Temporal.PlainDate[]
): { slots: PlannedSlot[]; skipped: SkippedSlot[] } {
	if (!Number.isInteger(spec.durationMinutes) || spec.durationMinutes <= 0) {
		throw new RangeError(`duration must be a whole number of minutes > 0: ${spec.durationMinutes}`);
	}
	const slots: PlannedSlot[] = [];
	const skipped: SkippedSlot[] = [];
	for (const date of ruleDates(spec.rule, year, anchorDates)) {
		const key = date.toString();
		const reason = skipReason(spec, date, cal, bodyCode);
		if (reason !== null) {
			skipped.push({ key, date, reason });
			continue;
		}
		const start = date.toZonedDateTime({ timeZone: ZONE, plainTime: spec.startTime });
		slots.push({ key, start, end: start.add({ minutes: spec.durationMinutes }) });
	}
	return { slots, skipped };
}

// The plan's own exclusion is named first: it is the reason the secretariat chose.
function skipReason(
	spec: PlanSpec,
	date: Temporal.PlainDate,
	cal: WorkingCalendar,
	bodyCode: string
): string | null {
	if (spec.excludeMonths.includes(date.month)) {
		const month = danishMonthName(date.month);
		return `${month.charAt(0).toUpperCase()}${month.slice(1)} er undtaget`;
	}
	const dayOff = cal.dayOffReason(date, bodyCode);
	if (dayOff !== null) return dayOff;
	if (Temporal.PlainTime.compare(spec.startTime, HALF_DAY_CLOSES) < 0) return null;
	const halfDay = cal
		.daysOff(date.year)
		.find((d) => d.kind === 'half-day' && d.date.equals(date));
	return halfDay === undefined ? null : `${halfDay.name} – fri fra kl. 12`;
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
