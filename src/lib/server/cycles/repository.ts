import type { Db } from '../db/index.ts';

/** The pinned Månedsgrebet meetings: council meeting id → board meeting id. */
export async function listBriefingPins(db: Db): Promise<Map<string, string>> {
	const rows = await db.selectFrom('cycle_briefing').select(['council_meeting_id', 'board_meeting_id']).execute();
	return new Map(rows.map((r) => [r.council_meeting_id, r.board_meeting_id]));
}

export async function getBriefingPin(db: Db, councilMeetingId: string): Promise<string | null> {
	const row = await db
		.selectFrom('cycle_briefing')
		.select('board_meeting_id')
		.where('council_meeting_id', '=', councilMeetingId)
		.executeTakeFirst();
	return row?.board_meeting_id ?? null;
}

export async function putBriefingPin(db: Db, councilMeetingId: string, boardMeetingId: string, isDemo = false): Promise<void> {
	await db
		.insertInto('cycle_briefing')
		.values({ council_meeting_id: councilMeetingId, board_meeting_id: boardMeetingId, is_demo: isDemo })
		.onConflict((oc) => oc.column('council_meeting_id').doUpdateSet({ board_meeting_id: boardMeetingId, updated_at: new Date() }))
		.execute();
}

export async function deleteBriefingPin(db: Db, councilMeetingId: string): Promise<void> {
	await db.deleteFrom('cycle_briefing').where('council_meeting_id', '=', councilMeetingId).execute();
}
