import { textDate } from '../../format.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { localDay } from '../db/temporal.ts';
import { findMeetingWithBody } from './repository.ts';
import { invalidField, notFound } from '../http/problem.ts';

/**
 * Marks a council meeting as the new council's constitutive meeting (KSL § 6, stk. 1), or
 * unmarks it; the legal checks then look for it in 1–15 December of the election year. One
 * transaction with its audit row: call inside one.
 */
export async function markConstitutive(db: Db, viewer: Viewer, meetingId: string, constitutive: boolean): Promise<void> {
	const meeting = await findMeetingWithBody(db, meetingId);
	if (!meeting) throw notFound('Mødet');
	if (meeting.kind !== 'council') throw invalidField('constitutive', 'Kun et møde i kommunalbestyrelsen kan være det konstituerende møde.');
	if (meeting.is_constitutive === constitutive) return;
	await db.updateTable('meeting').set({ is_constitutive: constitutive, updated_at: new Date() }).where('id', '=', meetingId).execute();
	const day = textDate(localDay(meeting.starts_at));
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'meeting',
		entityId: meetingId,
		summary: constitutive ? `${meeting.code} ${day} markeret som konstituerende møde` : `${meeting.code} ${day} er ikke længere det konstituerende møde`,
		before: { constitutive: meeting.is_constitutive },
		after: { constitutive }
	});
}
