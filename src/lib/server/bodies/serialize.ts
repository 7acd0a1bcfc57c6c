import type { BodyRow } from '../db/schema.ts';

/** A body as the API, pages and feeds show it. */
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
