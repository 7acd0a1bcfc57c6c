import { Temporal } from 'temporal-polyfill';
import type { BodyKind } from './bodies.ts';
import { danishMonthName } from './month-names.ts';
import { ZONE } from './zone.ts';

/** A rul is named after its council meeting's month, e.g. 'Rul maj 2023'. */
export const cycleName = (councilDate: Temporal.PlainDate) => `Rul ${danishMonthName(councilDate.month)} ${councilDate.year}`;

export interface CycleInput {
	id: string;
	bodyCode: string;
	start: Temporal.Instant;
	cancelled?: boolean;
	/** the write-up deadline (frist) of a committee or HU meeting; its start if not given */
	deadline?: Temporal.Instant;
}

/** Which bodies play which part in a rul. */
export interface CycleRoles {
	/** the council (KB), whose meetings end and name the ruls */
	council: string;
	/** the finance committee (ØK), the last stop before the council; null if there is none */
	finance: string | null;
	/** the executive board (DIR), which prepares the ruls and holds Månedsgrebet */
	board: string;
	/** the committees and HU that feed ØK */
	feeders: ReadonlySet<string>;
}

const DEFAULT_CYCLE_ROLES: CycleRoles = { council: 'KB', finance: 'ØK', board: 'DIR', feeders: new Set() };

/** The parts the bodies play, from their kinds. */
export function cycleRoles(bodies: readonly { code: string; kind: BodyKind }[]): CycleRoles {
	const codeOf = (kind: BodyKind) => bodies.find((b) => b.kind === kind)?.code;
	return {
		council: codeOf('council') ?? DEFAULT_CYCLE_ROLES.council,
		finance: codeOf('finance-committee') ?? null,
		board: codeOf('executive-board') ?? DEFAULT_CYCLE_ROLES.board,
		feeders: new Set(bodies.filter((b) => b.kind === 'standing-committee' || b.kind === 'med-committee').map((b) => b.code))
	};
}

/**
 * A political cycle (politisk rul): the cases of a month run through the committees and ØK and
 * end in a council meeting, which names the rul.
 */
export interface Cycle {
	councilMeetingId: string;
	/** in ZONE */
	councilDate: Temporal.PlainDate;
	/** councilDate ISO, e.g. '2023-05-23' */
	key: string;
	/** e.g. 'Rul maj 2023' */
	name: string;
	/** the ØK meeting the rul's committee meetings feed, or null if the rul has none */
	financeMeetingId: string | null;
	/** the board meeting that opens the rul with Månedsgrebet, or null if there is none */
	briefingMeetingId: string | null;
	/** whether the secretariat chose the Månedsgrebet meeting for this rul */
	briefingPinned: boolean;
}

export interface CycleAssignment {
	cycles: Cycle[];
	/** meeting id → the key of its rul; meetings the known ruls cannot place are left out */
	cycleOf: Map<string, string>;
}

const ms = (i: Temporal.Instant) => i.epochMilliseconds;

/**
 * Every meeting's rul, as the minutes have it:
 * - the council meetings end the ruls: a rul runs from the day after one council meeting up to
 *   and including the next one; a cancelled council meeting's rul rolls into the next;
 * - ØK and bodies outside the rul (chefforum …) belong to the next council meeting;
 * - a committee or HU meeting belongs to the rul whose ØK it can still feed: one held after a
 *   rul's ØK belongs to the next rul (MTU 24 April 2023 to the rul of KB 23 May);
 * - Månedsgrebet opens a rul on the last board meeting before the earliest write-up deadline of
 *   the rul's committee meetings (DIR 12 April 2023 for the rul of KB 23 May), unless the
 *   secretariat pinned it to another (`pins`: council meeting id → board meeting id);
 * - board meetings belong to the rul they prepare: from its Månedsgrebet meeting up to the next
 *   rul's.
 * Meetings after the last council meeting belong to no known rul.
 */
export function assignCycles(
	meetings: readonly CycleInput[],
	roles: CycleRoles = DEFAULT_CYCLE_ROLES,
	pins: ReadonlyMap<string, string> = new Map()
): CycleAssignment {
	const endsCycle = (m: CycleInput) => m.bodyCode === roles.council && m.cancelled !== true;
	// A meeting starting at the same instant as a council meeting still belongs to its rul.
	const sorted = [...meetings].sort(
		(a, b) => Temporal.Instant.compare(a.start, b.start) || Number(endsCycle(a)) - Number(endsCycle(b))
	);
	const councils = sorted.filter(endsCycle);
	const byId = new Map(sorted.map((m) => [m.id, m]));
	/** index of the first council meeting at or after `t` (councils.length if none) */
	const councilAtOrAfter = (t: number) => {
		const index = councils.findIndex((c) => ms(c.start) >= t);
		return index < 0 ? councils.length : index;
	};

	// ØK of each rul: its last meeting in the rul; the committees feed it until it starts.
	const finance: (CycleInput | null)[] = councils.map(() => null);
	for (const m of sorted) {
		if (m.bodyCode !== roles.finance || m.cancelled === true) continue;
		const index = councilAtOrAfter(ms(m.start));
		if (index < councils.length) finance[index] = m;
	}
	const feeds = (t: number, index: number) => {
		const okMeeting = finance[index];
		return okMeeting === null || okMeeting === undefined ? t <= ms((councils[index] as CycleInput).start) : t < ms(okMeeting.start);
	};
	/** index of the rul a committee meeting at `t` feeds; councils.length for the rul after the last */
	const feederRul = (t: number) => {
		let index = councilAtOrAfter(t);
		while (index < councils.length && !feeds(t, index)) index++;
		return index;
	};

	const cycleOf = new Map<string, string>();
	const keys = councils.map((c) => c.start.toZonedDateTimeISO(ZONE).toPlainDate().toString());
	const earliestDeadline: number[] = councils.map(() => Number.POSITIVE_INFINITY).concat(Number.POSITIVE_INFINITY);
	for (const m of sorted) {
		if (m.bodyCode === roles.board) continue;
		const t = ms(m.start);
		const index = roles.feeders.has(m.bodyCode) ? feederRul(t) : councilAtOrAfter(t);
		if (index < councils.length) cycleOf.set(m.id, keys[index] as string);
		if (roles.feeders.has(m.bodyCode) && m.cancelled !== true) {
			earliestDeadline[index] = Math.min(earliestDeadline[index] as number, ms(m.deadline ?? m.start));
		}
	}

	// Månedsgrebet: a pinned meeting, else the last board meeting before the earliest deadline of
	// the rul's committee meetings. A rul without committee meetings in the data takes its first
	// board meeting, if that lies between its neighbours' Månedsgrebet.
	const boards = sorted.filter((m) => m.bodyCode === roles.board && m.cancelled !== true);
	const pinned = councils.map((council) => {
		const pin = byId.get(pins.get(council.id) ?? '');
		return pin !== undefined && pin.bodyCode === roles.board && pin.cancelled !== true ? pin : null;
	});
	const briefings: (CycleInput | null)[] = earliestDeadline.map((deadline, index) => {
		const pin = pinned[index];
		if (pin !== null && pin !== undefined) return pin;
		return deadline === Number.POSITIVE_INFINITY ? null : (boards.findLast((b) => ms(b.start) < deadline) ?? null);
	});
	for (let index = 1; index < briefings.length; index++) {
		const previous = briefings.slice(0, index).findLast((b) => b !== null);
		const own = briefings[index];
		if (own && previous && pinned[index] === null && ms(own.start) <= ms(previous.start)) briefings[index] = null;
	}
	councils.forEach((council, index) => {
		if (briefings[index] !== null) return;
		const after = index === 0 ? Number.NEGATIVE_INFINITY : ms((councils[index - 1] as CycleInput).start);
		const first = boards.find((b) => ms(b.start) > after && ms(b.start) <= ms(council.start));
		const previous = briefings.slice(0, index).findLast((b) => b !== null);
		const next = briefings.slice(index + 1).find((b) => b !== null);
		if (first && (!previous || ms(first.start) > ms(previous.start)) && (!next || ms(first.start) < ms(next.start))) {
			briefings[index] = first;
		}
	});

	// Board meetings: the rul of the latest Månedsgrebet at or before them; before the first
	// known one, the next council meeting's.
	const opened = briefings.flatMap((b, index) => (b === null ? [] : [{ at: ms(b.start), index }]));
	for (const m of sorted) {
		if (m.bodyCode !== roles.board) continue;
		const t = ms(m.start);
		const index = opened.findLast((o) => o.at <= t)?.index ?? councilAtOrAfter(t);
		if (index < councils.length) cycleOf.set(m.id, keys[index] as string);
	}

	const cycles = councils.map((council, index): Cycle => {
		const councilDate = council.start.toZonedDateTimeISO(ZONE).toPlainDate();
		return {
			councilMeetingId: council.id,
			councilDate,
			key: keys[index] as string,
			name: cycleName(councilDate),
			financeMeetingId: finance[index]?.id ?? null,
			briefingMeetingId: briefings[index]?.id ?? null,
			briefingPinned: pinned[index] !== null
		};
	});
	return { cycles, cycleOf };
}
