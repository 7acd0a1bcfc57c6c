import { Temporal } from 'temporal-polyfill';
import type { Viewer } from '$lib/server/auth/access';
import { calendarContext } from '$lib/server/calendar/model';
import type { CaseWithStages } from '$lib/server/cases/repository';
import { caseJson, type CaseJson } from '$lib/server/cases/serialize';
import type { Db } from '$lib/server/db/index';
import { deadlineText, moment } from '$lib/format';

/**
 * A case as the case pages show it: each stage's meeting with date, time and ISO week, its
 * deadline in words, its cycle and whether a conflict sits on it. caseJson has already
 * anonymised internal stages and left out the conflicts for the public.
 */
export function caseView(json: CaseJson) {
	const conflicted = new Set(json.conflicts.map((x) => x.stage));
	return {
		id: json.id,
		caseNumber: json.caseNumber,
		title: json.title,
		description: json.description,
		unit: json.unit,
		responsible: json.responsible,
		committee: json.committee,
		closed: json.closed,
		keyCase: json.keyCase,
		template: json.template,
		version: json.version,
		stages: json.stages.map((s) => ({
			position: s.position,
			body: s.body,
			bodyName: s.bodyName,
			role: s.role,
			status: s.status,
			meeting: s.meeting ? { id: s.meeting.id, cancelled: s.meeting.cancelled, ...(s.meeting.start ? moment(s.meeting.start) : {}) } : null,
			deadline: s.deadline ? deadlineText(s.deadline) : null,
			rul: s.rul?.name ?? null,
			conflict: conflicted.has(s.position)
		})),
		conflicts: json.conflicts
	};
}

export type CaseView = ReturnType<typeof caseView>;

/** The cases (read through the visible readers), planned against one calendar spanning every meeting they use. */
export async function caseViews(db: Db, cases: CaseWithStages[], viewer: Viewer | null): Promise<CaseView[]> {
	const now = Temporal.Now.instant();
	const ctx = await calendarContext(db);
	return cases.map((c) => caseView(caseJson(ctx, c, now, viewer)));
}
