import { formatInstant } from '../../domain/day-range.ts';
import { toInstant } from '../db/temporal.ts';
import type { EventListItem } from './repository.ts';

export const eventJson = (e: EventListItem) => ({
	id: e.id,
	title: e.title,
	description: e.description,
	category: e.category,
	allDay: e.all_day,
	...(e.all_day
		? { startDate: e.start_date, endDate: e.end_date }
		: { start: formatInstant(toInstant(e.starts_at!)), end: formatInstant(toInstant(e.ends_at!)) }),
	location: e.location,
	body: e.body_code,
	public: e.is_public,
	version: e.version
});
