import { ZONE } from '../../domain/zone.ts';
import { formatInstant } from '../../domain/day-range.ts';
import type { MeetingInCycle } from '../calendar/span.ts';
import type { EventListItem } from '../events/repository.ts';
import type { BodyRow, MeetingRow } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';

/** The API's JSON shapes: one place, so pages, feeds and API agree. */
export const bodyJson = (b: BodyRow) => ({
	code: b.code,
	slug: b.slug,
	name: b.name,
	kind: b.kind,
	color: b.color,
	public: b.is_public
});

/** A body with its settings, for editing. */
export const bodyDetailJson = (b: BodyRow) => ({
	...bodyJson(b),
	defaultStart: b.default_start_time.slice(0, 5),
	defaultMinutes: b.default_duration_minutes,
	defaultLocation: b.default_location,
	deadlineDays: b.deadline_working_days,
	deadlineTime: b.deadline_time.slice(0, 5),
	version: b.version
});

/** One meeting as written: the list shape less the cycle, which is only computed for spans. */
export const meetingRowJson = (m: Pick<MeetingRow, 'id' | 'starts_at' | 'ends_at' | 'status' | 'location' | 'note' | 'version'>, body: { code: string; name: string }) => ({
	id: m.id,
	body: body.code,
	bodyName: body.name,
	start: formatInstant(toInstant(m.starts_at)),
	end: formatInstant(toInstant(m.ends_at)),
	week: toInstant(m.starts_at).toZonedDateTimeISO(ZONE).weekOfYear,
	status: m.status,
	location: m.location,
	note: m.note,
	version: m.version
});

export const meetingJson = (m: MeetingInCycle) => ({
	...meetingRowJson(m, { code: m.body_code, name: m.body_name }),
	rul: m.cycle ? { key: m.cycle.key, name: m.cycle.name } : null
});

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

