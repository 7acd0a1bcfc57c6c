import { textDate } from '../../format.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { localDay } from '../db/temporal.ts';
import { invalidField, notFound } from '../http/problem.ts';
import { findMeetingWithBody, visibleMeetingsWithCycles } from '../meetings/repository.ts';
import { deleteBriefingPin, getBriefingPin, putBriefingPin } from './repository.ts';

/** How far before its council meeting a rul's Månedsgrebet may lie: a rul is prepared for weeks, not seasons. */
const MAX_BRIEFING_LEAD_DAYS = 100;

const dayText = (at: Date) => textDate(localDay(at));

/**
 * Puts Månedsgrebet for the rul that ends in `councilMeetingId` on a board meeting (`null`:
 * back to the rule). The board meeting must be held, and lie before the council meeting, at
 * most 100 days before it. One transaction with its audit row: call inside one.
 */
export async function pinBriefing(db: Db, viewer: Viewer, councilMeetingId: string, boardMeetingId: string | null): Promise<void> {
	const council = await findMeetingWithBody(db, councilMeetingId);
	if (!council || council.kind !== 'council') throw notFound('Rullet', 'Rullet findes ikke: mødet er ikke et møde i kommunalbestyrelsen.');
	if (council.status === 'cancelled') throw invalidField('council', 'Kommunalbestyrelsens møde er aflyst, så det afslutter intet rul.');
	const before = await getBriefingPin(db, councilMeetingId);
	if (boardMeetingId === null) {
		if (before === null) return;
		await deleteBriefingPin(db, councilMeetingId);
		await recordAudit(db, viewer, {
			action: 'update',
			entity: 'cycle',
			entityId: councilMeetingId,
			summary: `Månedsgrebet for rullet til KB ${dayText(council.starts_at)} følger igen reglen`,
			before: { briefing: before },
			after: { briefing: null }
		});
		return;
	}
	const board = await findMeetingWithBody(db, boardMeetingId);
	if (!board || board.kind !== 'executive-board') throw invalidField('meeting', 'Månedsgrebet skal ligge på et direktionsmøde.');
	if (board.status === 'cancelled') throw invalidField('meeting', 'Direktionsmødet er aflyst.');
	const lead = (council.starts_at.getTime() - board.starts_at.getTime()) / 86_400_000;
	if (lead <= 0 || lead > MAX_BRIEFING_LEAD_DAYS) {
		throw invalidField('meeting', `Direktionsmødet skal ligge før kommunalbestyrelsens møde ${dayText(council.starts_at)} og højst ${MAX_BRIEFING_LEAD_DAYS} dage før.`);
	}
	if (before === boardMeetingId) return;
	await putBriefingPin(db, councilMeetingId, boardMeetingId);
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'cycle',
		entityId: councilMeetingId,
		summary: `Månedsgrebet for rullet til KB ${dayText(council.starts_at)} lagt på ${board.code} ${dayText(board.starts_at)}`,
		before: { briefing: before },
		after: { briefing: boardMeetingId }
	});
}

export interface BriefingOption {
	councilMeetingId: string;
	/** 'Rul maj 2023' */
	name: string;
	/** whether this board meeting holds the rul's Månedsgrebet now */
	here: boolean;
	/** whether the secretariat pinned the rul's Månedsgrebet (here or elsewhere) */
	pinned: boolean;
}

/** The ruls a board meeting could open with Månedsgrebet: those whose council meets within 100 days after it. */
export async function briefingOptions(db: Db, viewer: Viewer, boardMeeting: { id: string; starts_at: Date }): Promise<BriefingOption[]> {
	const day = localDay(boardMeeting.starts_at);
	const meetings = await visibleMeetingsWithCycles(db, viewer, { from: day, to: day.add({ days: MAX_BRIEFING_LEAD_DAYS }) });
	return meetings
		.filter((m) => m.cycle !== null && m.id === m.cycle.councilMeetingId && m.starts_at > boardMeeting.starts_at)
		.map((m) => ({
			councilMeetingId: m.id,
			name: m.cycle!.name,
			here: m.cycle!.briefingMeetingId === boardMeeting.id,
			pinned: m.cycle!.briefingPinned
		}));
}
