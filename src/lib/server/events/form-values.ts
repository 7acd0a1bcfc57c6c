import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { clock } from '$lib/format';

interface EventLike {
	title: string;
	description: string;
	category: string;
	location: string;
	is_public: boolean;
	all_day: boolean;
	start_date: string | null;
	end_date: string | null;
	starts_at: Date | null;
	ends_at: Date | null;
	version: number;
}

const wall = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(ZONE);

/** An event as the strings its edit form shows (the same names the form posts). */
export function eventFormValues(e: EventLike, bodyCode: string | null): Record<string, string> {
	const base = {
		title: e.title,
		description: e.description,
		category: e.category,
		location: e.location,
		public: e.is_public ? 'on' : '',
		body: bodyCode ?? '',
		version: String(e.version)
	};
	if (e.all_day) return { ...base, allDay: 'on', startDate: e.start_date ?? '', endDate: e.end_date ?? '' };
	const start = wall(e.starts_at!);
	const end = wall(e.ends_at!);
	return {
		...base,
		allDay: '',
		date: start.toPlainDate().toString(),
		start: start.toPlainTime().toString({ smallestUnit: 'minute' }),
		end: end.toPlainTime().toString({ smallestUnit: 'minute' })
	};
}

/** e.g. "2024-01-22 – 2024-01-23" for days, "2024-01-09 17.00–19.00" for a timed event. */
export function eventWhenText(e: EventLike): string {
	if (e.all_day) return e.start_date === e.end_date ? (e.start_date ?? '') : `${e.start_date} – ${e.end_date}`;
	const start = wall(e.starts_at!);
	return `${start.toPlainDate()} ${clock(start)}–${clock(wall(e.ends_at!))}`;
}
