import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { spanText } from '$lib/format';

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
		// A timed event over several days keeps its last day; one on a single day leaves it empty.
		endDate: end.toPlainDate().equals(start.toPlainDate()) ? '' : end.toPlainDate().toString(),
		end: end.toPlainTime().toString({ smallestUnit: 'minute' })
	};
}

/** e.g. "22. til 23. januar 2024" for days, "9. januar 2024 kl. 17.00–19.00" for a timed event. */
export function eventWhenText(e: EventLike): string {
	if (e.all_day) return spanText(Temporal.PlainDate.from(e.start_date!), Temporal.PlainDate.from(e.end_date!));
	return spanText(wall(e.starts_at!), wall(e.ends_at!));
}
