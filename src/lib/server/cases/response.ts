import { Temporal } from 'temporal-polyfill';
import type { CaseWithStages } from './repository.ts';
import type { Db } from '../db/index.ts';
import { json } from '../http/api.ts';
import { planningContext, stageInstants } from './context.ts';
import { caseJson } from './service.ts';

/** The case with its stages, deadlines and conflicts, planned against the calendar around its meetings. */
export async function caseResponse(db: Db, c: CaseWithStages, showInternal: boolean, status = 200): Promise<Response> {
	const now = Temporal.Now.instant();
	const ctx = await planningContext(db, await stageInstants(db, c.stages.map((s) => s.meeting_id), now));
	return json(caseJson(ctx, c, now, showInternal), { status, ...(status === 201 ? { headers: { location: `/api/v1/cases/${c.id}` } } : {}) });
}
