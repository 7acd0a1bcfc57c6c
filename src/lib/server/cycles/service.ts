import { Temporal } from 'temporal-polyfill';
import { assignCycles, cycleRoles, type CycleAssignment } from '../../domain/cycles.ts';
import { agendaDeadline } from '../../domain/deadlines.ts';
import type { WorkingCalendar } from '../../domain/working-days.ts';
import { ZONE } from '../../domain/zone.ts';
import type { BodyRow, MeetingStatus } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';

export interface CycleMeetingRow {
	id: string;
	body_code: string;
	starts_at: Date;
	status: MeetingStatus;
}

/**
 * The ruls of the given meetings, the committee meetings with their write-up deadlines (from
 * their bodies' rules and the working calendar), and Månedsgrebet where the secretariat pinned it.
 */
export function cyclesOfRows(
	rows: readonly CycleMeetingRow[],
	bodies: readonly Pick<BodyRow, 'code' | 'kind' | 'deadline_working_days' | 'deadline_time'>[],
	calendar: WorkingCalendar,
	pins: ReadonlyMap<string, string>
): CycleAssignment {
	const roles = cycleRoles(bodies);
	const byCode = new Map(bodies.map((b) => [b.code, b]));
	return assignCycles(
		rows.map((m) => {
			const start = toInstant(m.starts_at);
			const body = byCode.get(m.body_code);
			const deadline =
				body !== undefined && roles.feeders.has(m.body_code)
					? agendaDeadline(
							calendar,
							start.toZonedDateTimeISO(ZONE),
							{ workingDays: body.deadline_working_days, time: Temporal.PlainTime.from(body.deadline_time) },
							m.body_code
						).toInstant()
					: undefined;
			return { id: m.id, bodyCode: m.body_code, start, cancelled: m.status === 'cancelled', deadline };
		}),
		roles,
		pins
	);
}
