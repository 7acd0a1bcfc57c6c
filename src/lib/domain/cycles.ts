import { Temporal } from 'temporal-polyfill';
import { danishMonthName } from './month-names.ts';
import { ZONE } from './zone.ts';

/** A rul is named after its council meeting's month, e.g. 'Rul maj 2023'. */
export const cycleName = (councilDate: Temporal.PlainDate) => `Rul ${danishMonthName(councilDate.month)} ${councilDate.year}`;

export interface CycleInput {
	id: string;
	bodyCode: string;
	start: Temporal.Instant;
	cancelled?: boolean;
}

/**
 * A political cycle (politisk rul): the cases of a month run through the committees and ØK and
 * end in a council meeting, which names the rul. Månedsgrebet goes on its first board meeting.
 */
export interface Cycle {
	councilMeetingId: string;
	/** in ZONE */
	councilDate: Temporal.PlainDate;
	/** councilDate ISO, e.g. '2023-05-23' */
	key: string;
	/** e.g. 'Rul maj 2023' */
	name: string;
	firstBoardMeetingId: string | null;
}

/**
 * Every meeting belongs to the rul of the next council meeting at or after its start; meetings
 * after the last council meeting belong to none. Cancelled meetings are neither cycle ends nor
 * first board meetings, but still get assigned to a cycle.
 */
export function assignCycles(
	meetings: CycleInput[],
	councilCode = 'KB',
	boardCode = 'DIR'
): { cycles: Cycle[]; cycleOf: Map<string, string> } {
	const endsCycle = (m: CycleInput) => m.bodyCode === councilCode && m.cancelled !== true;
	// A meeting starting at the same instant as a council meeting still belongs to its rul.
	const sorted = [...meetings].sort(
		(a, b) =>
			Temporal.Instant.compare(a.start, b.start) || Number(endsCycle(a)) - Number(endsCycle(b))
	);

	const cycles: Cycle[] = [];
	const cycleOf = new Map<string, string>();
	let pending: CycleInput[] = [];
	for (const meeting of sorted) {
		pending.push(meeting);
		if (!endsCycle(meeting)) continue;

		const councilDate = meeting.start.toZonedDateTimeISO(ZONE).toPlainDate();
		const key = councilDate.toString();
		const firstBoard = pending.find((m) => m.bodyCode === boardCode && m.cancelled !== true);
		cycles.push({
			councilMeetingId: meeting.id,
			councilDate,
			key,
			name: cycleName(councilDate),
			firstBoardMeetingId: firstBoard?.id ?? null
		});
		for (const member of pending) cycleOf.set(member.id, key);
		pending = [];
	}
	return { cycles, cycleOf };
}
