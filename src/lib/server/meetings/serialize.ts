import { ZONE } from '../../domain/zone.ts';
import { formatInstant } from '../../domain/day-range.ts';
import type { MeetingInCycle } from '../meetings/repository.ts';
import type { MeetingRow } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';

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
