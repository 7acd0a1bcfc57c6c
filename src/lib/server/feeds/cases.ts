import type { Temporal } from 'temporal-polyfill';
import { localDate } from '../../domain/day-range.ts';
import { meetingDeadline, type PlanningContext } from '../../domain/planning-context.ts';
import { maySeeStage, type Viewer } from '../auth/access.ts';
import { ZONE } from '../../domain/zone.ts';
import type { CaseWithStages } from '../cases/repository.ts';
import type { MeetingListItem } from '../meetings/repository.ts';
import type { BodyRow } from '../db/schema.ts';
import { toInstant } from '../db/temporal.ts';
import { rowTime } from './items.ts';
import type { FeedItem } from './render.ts';
import { cancelledStillShown, type FeedWindow } from './window.ts';

/**
 * A case (sag) in a feed: for each stage whose meeting lies in the window, the meeting as it
 * concerns the case, and the write-up deadline (frist for sagsfremstillingen) as its own short
 * item at the deadline instant.
 *
 * UIDs name the case and the stage's position, not the meeting, so moving the meeting or moving
 * the stage to another meeting keeps them. SEQUENCE adds the case's version, the meeting's
 * sequence and (for deadlines) the body's version: each only grows, so any change to what the
 * item shows raises it. A stage on a cancelled meeting shows as AFLYST like the meeting itself.
 */
export interface CaseItemOptions {
	/** Whose feed: stages at internal bodies (Chefforum, ISU) only for signed-in subscribers. */
	viewer: Viewer | null;
	/** The stages as items of their own (a case feed); a personal feed shows them in the meetings instead. */
	stages: boolean;
	deadlines: boolean;
	deadlineAlarmMinutes: number | null;
	meetingAlarmMinutes: number | null;
}

/** How long a deadline item lasts: a point in time that calendar clients still draw. */
export const DEADLINE_MINUTES = 15;

export const casePageUrl = (origin: string, caseId: string) => `${origin}/sager/${caseId}`;

/** A stage's status as the case pages name it (sagstrinnets status). */
export const STAGE_STATUS_NAME: Record<string, string> = { planned: 'Planlagt', 'on-agenda': 'På dagsordenen', treated: 'Behandlet', postponed: 'Udsat' };

/** "27.4.2023 kl. 13.00", as Danish calendars write it. */
function when(i: Temporal.Instant): string {
	const z = i.toZonedDateTimeISO(ZONE);
	return `${z.day}.${z.month}.${z.year} kl. ${String(z.hour).padStart(2, '0')}.${String(z.minute).padStart(2, '0')}`;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

export function caseItems(
	c: CaseWithStages,
	ctx: PlanningContext,
	meetings: ReadonlyMap<string, MeetingListItem>,
	bodies: ReadonlyMap<string, BodyRow>,
	window: FeedWindow,
	origin: string,
	opt: CaseItemOptions
): FeedItem[] {
	const url = casePageUrl(origin, c.id);
	const caseUpdated = rowTime(c.updated_at);
	const items: FeedItem[] = [];
	for (const s of c.stages) {
		if (!maySeeStage(opt.viewer, s)) continue;
		const m = s.meeting_id ? meetings.get(s.meeting_id) : undefined;
		const indexed = s.meeting_id ? ctx.byId.get(s.meeting_id) : undefined;
		if (!m || !indexed) continue;
		const cancelled = m.status === 'cancelled';
		if (cancelled && !cancelledStillShown(localDate(toInstant(m.ends_at)), window.today)) continue;
		const start = toInstant(m.starts_at);
		const prefix = cancelled ? 'AFLYST: ' : '';
		const updatedAt = later(caseUpdated, m.updated_at);
		const meetingLine = `${m.body_name} (${s.body_code}) ${when(start)}`;
		if (opt.stages) items.push({
			uid: `case-${c.id}-${s.position}@aarshjul`,
			sequence: c.version + m.sequence,
			updatedAt,
			timing: { allDay: false, start, end: toInstant(m.ends_at) },
			summary: `${prefix}${c.title} i ${s.body_code} (${s.role})`,
			description: [cancelled ? 'Mødet er aflyst.' : '', `Sagen behandles i ${meetingLine} til ${s.role}.`, `Status: ${STAGE_STATUS_NAME[s.status] ?? s.status}`, c.case_number ? `Sagsnummer: ${c.case_number}` : '', `Sag: ${url}`]
				.filter(Boolean)
				.join('\n'),
			location: m.location,
			url,
			status: cancelled ? 'cancelled' : null,
			alarmMinutes: opt.meetingAlarmMinutes
		});
		if (!opt.deadlines) continue;
		const deadline = meetingDeadline(ctx, indexed.meeting).toInstant();
		const body = bodies.get(s.body_code);
		items.push({
			uid: `deadline-${c.id}-${s.position}@aarshjul`,
			sequence: c.version + m.sequence + (body?.version ?? 0),
			updatedAt: body ? later(updatedAt, rowTime(body.updated_at)) : updatedAt,
			timing: { allDay: false, start: deadline, end: deadline.add({ minutes: DEADLINE_MINUTES }) },
			summary: `${prefix}Frist: ${c.title} til ${s.body_code}`,
			description: [cancelled ? 'Mødet er aflyst.' : '', `Sagsfremstillingen skal være klar til ${meetingLine}.`, `Sag: ${url}`].filter(Boolean).join('\n'),
			location: '',
			url,
			status: cancelled ? 'cancelled' : null,
			alarmMinutes: opt.deadlineAlarmMinutes,
			transparent: true
		});
	}
	return items;
}
