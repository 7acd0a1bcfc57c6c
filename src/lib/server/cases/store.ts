import type { Db } from '../db/index.ts';
import { memoByData } from '../db/fingerprint.ts';
import type { CaseFileRow, StageRole, StageStatus } from '../db/schema.ts';

/** A stage of a case's path, with its body. */
export interface StageWithBody {
	position: number;
	body_id: number;
	body_code: string;
	body_name: string;
	body_is_public: boolean;
	role: StageRole;
	min_gap_days: number;
	after_previous_before_deadline: boolean;
	meeting_id: string | null;
	/** when the stage's meeting starts, for the history (null without a meeting) */
	meeting_starts_at: Date | null;
	status: StageStatus;
}

export interface CaseWithStages extends CaseFileRow {
	committee_code: string | null;
	template_name: string | null;
	stages: StageWithBody[];
}

/**
 * Every case with its stages, held in memory and read again only when the data changes (see
 * db/fingerprint.ts), as the calendar model is: a case list or a wheel then costs no query. Built
 * with two queries in the order the case list has (newest first, then by title, as the database
 * sorts them). Only for reading outside a transaction: a transaction reads its own writes from
 * the database. The visibility rule is applied by the repository's readers, never here.
 */
export interface CaseStore {
	/** newest first, then by title */
	readonly all: readonly CaseWithStages[];
	readonly byId: ReadonlyMap<string, CaseWithStages>;
	/** the cases with a stage on each meeting */
	readonly byMeeting: ReadonlyMap<string, readonly CaseWithStages[]>;
}

type CaseRows = (db: Db) => Promise<{ cases: Omit<CaseWithStages, 'stages'>[]; stages: (StageWithBody & { case_id: string })[] }>;

/** Each case with its stages, from stage rows in the order of their positions. */
export function attachStages<C extends { id: string }>(cases: readonly C[], stages: readonly (StageWithBody & { case_id: string })[]): (C & { stages: StageWithBody[] })[] {
	const stagesOf = new Map<string, StageWithBody[]>();
	for (const { case_id, ...stage } of stages) {
		let list = stagesOf.get(case_id);
		if (!list) stagesOf.set(case_id, (list = []));
		list.push(stage);
	}
	return cases.map((c) => ({ ...c, stages: stagesOf.get(c.id) ?? [] }));
}

async function build(db: Db, rows: CaseRows): Promise<CaseStore> {
	const { cases, stages } = await rows(db);
	const all = attachStages(cases, stages);
	const byMeeting = new Map<string, CaseWithStages[]>();
	for (const c of all) {
		for (const id of new Set(c.stages.flatMap((s) => (s.meeting_id ? [s.meeting_id] : [])))) {
			let list = byMeeting.get(id);
			if (!list) byMeeting.set(id, (list = []));
			list.push(c);
		}
	}
	return { all, byId: new Map(all.map((c) => [c.id, c])), byMeeting };
}

/** The store of the data as it is now; null inside a transaction, which must read the database. */
export async function caseStore(db: Db, rows: CaseRows): Promise<CaseStore | null> {
	return db.isTransaction ? null : memoByData(db, 'case-store', () => build(db, rows));
}
