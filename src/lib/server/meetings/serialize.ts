import { ZONE } from '../../domain/zone.ts';
import { formatInstant } from '../../domain/day-range.ts';
import type { MeetingInCycle } from '../meetings/repository.ts';
import type { MeetingRow } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';

// The calendar model's rows live as long as the data, and their Date objects with them: a
// moment is written out once, not on every request that lists it.
const written = new WeakMap<Date, { iso: string; week: number | undefined }>();

function moment(d: Date) {
	let w = written.get(d);
	if (!w) {
		const instant = toInstant(d);
		written.set(d, (w = { iso: formatInstant(instant), week: instant.toZonedDateTimeISO(ZONE).weekOfYear }));
	}
	return w;
}

/** One meeting as written: the list shape less the cycle, which is only computed for spans. */
export const meetingRowJson = (m: Pick<MeetingRow, 'id' | 'starts_at' | 'ends_at' | 'status' | 'location' | 'note' | 'version'>, body: { code: string; name: string }) => ({
	id: m.id,
	body: body.code,
	bodyName: body.name,
	start: moment(m.starts_at).iso,
	end: moment(m.ends_at).iso,
	week: moment(m.starts_at).week,
	status: m.status,
	location: m.location,
	note: m.note,
	version: m.version
});

export const meetingJson = (m: MeetingInCycle) => ({
	...meetingRowJson(m, { code: m.body_code, name: m.body_name }),
	rul: m.cycle ? { key: m.cycle.key, name: m.cycle.name } : null
});
