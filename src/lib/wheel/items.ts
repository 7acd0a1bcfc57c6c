import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../domain/zone.ts';
import { clock, longDate } from '../format.ts';
import { eventCategory } from './categories.ts';
import { ringOfKind } from './rings.ts';

/**
 * Meetings and events as the wheel, the list and their tooltips show them: local Copenhagen
 * days and times, Danish texts and an accessible name, in plain strings that travel from the
 * server to the browser unchanged.
 */
export type MeetingSource = {
	id: string;
	body_code: string;
	body_name: string;
	body_kind: string;
	body_color: string;
	starts_at: Date;
	ends_at: Date;
	location: string;
	status: string;
	note: string;
	cycle: { key: string; name: string; councilDate: Temporal.PlainDate } | null;
};

export type EventSource = {
	id: string;
	title: string;
	description: string;
	category: string;
	all_day: boolean;
	start_date: string | null;
	end_date: string | null;
	starts_at: Date | null;
	ends_at: Date | null;
	location: string;
	body_code: string | null;
};

export type MeetingItem = {
	id: string;
	ringId: string;
	bodyCode: string;
	bodyName: string;
	color: string;
	/** local day 'YYYY-MM-DD' and start in minutes after local midnight */
	date: string;
	minutes: number;
	dateLabel: string;
	time: string;
	location: string;
	note: string;
	cancelled: boolean;
	rul: string | null;
	/** the fixed items (faste punkter) on the meeting, e.g. Månedsgrebet */
	fixedItems: string[];
	/** e.g. "Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023" */
	name: string;
	href: string;
};

export type EventItem = {
	id: string;
	title: string;
	category: string;
	categoryLabel: string;
	color: string;
	/** local days, `end` inclusive */
	start: string;
	end: string;
	/** local start of a timed event; null when it lasts whole days */
	minutes: number | null;
	when: string;
	location: string;
	description: string;
	bodyCode: string | null;
	name: string;
	href: string;
};

export function meetingItem(m: MeetingSource, fixedItems: string[] = []): MeetingItem {
	const start = local(m.starts_at);
	const end = local(m.ends_at);
	const day = start.toPlainDate();
	const cancelled = m.status === 'cancelled';
	const rul = m.cycle?.name ?? null;
	return {
		id: m.id,
		ringId: ringOfKind(m.body_kind),
		bodyCode: m.body_code,
		bodyName: m.body_name,
		color: m.body_color,
		date: day.toString(),
		minutes: start.hour * 60 + start.minute,
		dateLabel: longDate(day),
		time: `${clock(start)}–${clock(end)}`,
		location: m.location,
		note: m.note,
		cancelled,
		rul,
		fixedItems,
		name: [m.body_name, `${longDate(day)} kl. ${clock(start)}`, rul, cancelled ? 'aflyst' : null, fixedItems.length ? `faste punkter: ${fixedItems.join('; ')}` : null]
			.filter((part) => part !== null)
			.join(', '),
		// The meeting's own page: its body, agenda, history and, for the secretariat, the move form.
		href: `/moeder/${m.id}`
	};
}

export function eventItem(e: EventSource): EventItem {
	const category = eventCategory(e.category);
	const timed = !e.all_day && e.starts_at !== null && e.ends_at !== null;
	const startZ = e.starts_at ? local(e.starts_at) : null;
	const start = timed && startZ ? startZ.toPlainDate() : Temporal.PlainDate.from(e.start_date ?? '');
	const end = timed && e.ends_at ? local(e.ends_at).toPlainDate() : Temporal.PlainDate.from(e.end_date ?? '');
	const when = timed && startZ && e.ends_at
		? `${longDate(start)} kl. ${clock(startZ)}–${clock(local(e.ends_at))}`
		: start.equals(end)
			? longDate(start)
			: `${longDate(start)} til ${longDate(end)}`;
	return {
		id: e.id,
		title: e.title,
		category: category.id,
		categoryLabel: category.label,
		color: category.color,
		start: start.toString(),
		end: end.toString(),
		minutes: timed && startZ ? startZ.hour * 60 + startZ.minute : null,
		when,
		location: e.location,
		description: e.description,
		bodyCode: e.body_code,
		name: `${e.title}, ${when}`,
		href: `/begivenheder/${e.id}`
	};
}

function local(d: Date): Temporal.ZonedDateTime {
	return Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(ZONE);
}
