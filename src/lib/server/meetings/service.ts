import { Temporal } from 'temporal-polyfill';
import { formatInstant, wallClockInstant } from '../../domain/day-range.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import type { MeetingRow, MeetingStatus } from '../db/schema.ts';
import { toDate, toInstant } from '../db/temporal.ts';
import { ambiguousTime, ConflictError, invalidField, notFound } from '../http/problem.ts';
import { bodyByCode } from '../bodies/repository.ts';
import { UUID } from '../../schemas/query.ts';

export interface MeetingTimes {
	date: Temporal.PlainDate;
	start: Temporal.PlainTime;
	end: Temporal.PlainTime;
}

function instants(t: MeetingTimes): { start: Date; end: Date } {
	let start: Temporal.Instant;
	let end: Temporal.Instant;
	try {
		start = wallClockInstant(t.date, t.start);
	} catch {
		throw ambiguousTime('start');
	}
	try {
		end = wallClockInstant(t.date, t.end);
	} catch {
		throw ambiguousTime('end');
	}
	if (Temporal.Instant.compare(end, start) <= 0) throw invalidField('end', 'Sluttidspunktet skal ligge efter starttidspunktet');
	return { start: toDate(start), end: toDate(end) };
}

/** The audit log's picture of a meeting: what a person would compare. */
export const meetingSnapshot = (m: MeetingRow) => ({
	start: formatInstant(toInstant(m.starts_at)),
	end: formatInstant(toInstant(m.ends_at)),
	location: m.location,
	status: m.status,
	note: m.note,
	version: m.version
});

export async function createMeeting(
	db: Db,
	viewer: Viewer,
	input: MeetingTimes & { body: string; location?: string; note?: string; status?: MeetingStatus }
): Promise<MeetingRow> {
	const { start, end } = instants(input);
	const body = await bodyByCode(db, input.body);
	const row = await db
		.insertInto('meeting')
		.values({
			body_id: body.id,
			starts_at: start,
			ends_at: end,
			location: input.location ?? body.default_location,
			note: input.note ?? '',
			status: input.status ?? 'planned',
			plan_id: null,
			plan_key: null,
			changed_by_hand: true
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'create', entity: 'meeting', entityId: row.id, summary: `Møde oprettet (${input.body})`, after: meetingSnapshot(row) });
	return row;
}

export async function findMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
	if (!UUID.test(id)) return undefined;
	return db.selectFrom('meeting').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/**
 * Moves, cancels, restores or edits one meeting. A change of time, place or status raises the
 * iCal SEQUENCE and marks the meeting as changed by hand, so a regenerated plan leaves it be.
 */
export async function updateMeeting(
	db: Db,
	viewer: Viewer,
	id: string,
	input: { version: number; date?: Temporal.PlainDate; start?: Temporal.PlainTime; end?: Temporal.PlainTime; location?: string; note?: string; status?: MeetingStatus }
): Promise<MeetingRow> {
	const before = await findMeeting(db, id);
	if (!before) throw notFound('Mødet');
	if (before.version !== input.version) throw new ConflictError(meetingSnapshot(before));
	const times = input.date && input.start && input.end ? instants({ date: input.date, start: input.start, end: input.end }) : null;
	const moved = times !== null && (times.start.getTime() !== before.starts_at.getTime() || times.end.getTime() !== before.ends_at.getTime());
	const relocated = input.location !== undefined && input.location !== before.location;
	const restatused = input.status !== undefined && input.status !== before.status;
	const after = await db
		.updateTable('meeting')
		.set((eb) => ({
			...(times ? { starts_at: times.start, ends_at: times.end } : {}),
			...(input.location !== undefined ? { location: input.location } : {}),
			...(input.note !== undefined ? { note: input.note } : {}),
			...(input.status !== undefined ? { status: input.status } : {}),
			changed_by_hand: before.changed_by_hand || moved || restatused,
			sequence: moved || relocated || restatused ? eb(eb.ref('sequence'), '+', 1) : eb.ref('sequence'),
			version: eb(eb.ref('version'), '+', 1),
			updated_at: new Date()
		}))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.returningAll()
		.executeTakeFirst();
	if (!after) throw new ConflictError(meetingSnapshot((await findMeeting(db, id))!));
	const action = restatused && input.status === 'cancelled' ? 'cancel' : restatused && before.status === 'cancelled' ? 'restore' : moved ? 'move' : 'update';
	const summary = { cancel: 'Møde aflyst', restore: 'Møde genoptaget', move: 'Møde flyttet', update: 'Møde ændret' }[action];
	await recordAudit(db, viewer, { action, entity: 'meeting', entityId: id, summary, before: meetingSnapshot(before), after: meetingSnapshot(after) });
	return after;
}

/** Soft delete: the row and its history stay; feeds and pages no longer show it. */
export async function deleteMeeting(db: Db, viewer: Viewer, id: string, version: number): Promise<void> {
	const before = await findMeeting(db, id);
	if (!before) throw notFound('Mødet');
	const r = await db
		.updateTable('meeting')
		.set((eb) => ({ deleted_at: new Date(), version: eb(eb.ref('version'), '+', 1), sequence: eb(eb.ref('sequence'), '+', 1), updated_at: new Date() }))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(meetingSnapshot(before));
	await recordAudit(db, viewer, { action: 'delete', entity: 'meeting', entityId: id, summary: 'Møde slettet', before: meetingSnapshot(before) });
}
