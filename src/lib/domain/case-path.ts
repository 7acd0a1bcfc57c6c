import type { BodyKind } from './bodies.ts';
import type { DeadlineRule } from './deadlines.ts';

/** The role a body plays for a case at one stage of its path (sagsgang), least weighty first. */
export const STAGE_ROLES = ['orientering', 'drøftelse', 'indstilling', 'beslutning'] as const;

export type StageRole = (typeof STAGE_ROLES)[number];

/**
 * A stage's progress. A treated stage (behandlet) is history: repairs never move it. A stage on
 * the agenda (på dagsordenen) has its write-up in, so its deadline no longer matters.
 */
export const STAGE_STATUSES = ['planned', 'on-agenda', 'treated', 'postponed'] as const;

export type StageStatus = (typeof STAGE_STATUSES)[number];

/**
 * How forms, the API and stored templates write "the case's responsible standing committee"
 * (sagens fagudvalg) where a stage names a body code.
 */
export const RESPONSIBLE_COMMITTEE = 'FAGUDVALG';

/** What the planner needs to know of a body. */
export interface PlannerBody {
	code: string;
	kind: BodyKind;
	deadline: DeadlineRule;
}

/**
 * A stage's body in a template: a fixed body, or "the responsible standing committee"
 * (fagudvalget), which each case names for itself.
 */
export type StageBody = { kind: 'body'; code: string } | { kind: 'responsible-committee' };

/** A stage's body from its code as written, where RESPONSIBLE_COMMITTEE stands for the placeholder. */
export const stageBodyOf = (code: string): StageBody =>
	code === RESPONSIBLE_COMMITTEE ? { kind: 'responsible-committee' } : { kind: 'body', code };

/** How a stage follows the previous one. */
export interface StageLink {
	/**
	 * Least number of calendar days (in Copenhagen) from the previous stage's meeting to this
	 * one's. 1 = a later day; 0 = the same day, but still a later meeting.
	 */
	minGapDays: number;
	/**
	 * The write-up for this stage is finished only after the previous stage has treated the case
	 * (e.g. the board clears a case before it goes to a committee), so the previous meeting must
	 * start before this stage's write-up deadline. ØK → KB does not need it: ØK's recommendation
	 * is added to the KB write-up after the deadline.
	 */
	afterPreviousBeforeDeadline: boolean;
}

/** One stage of a path template (sagsgangsskabelon). */
export interface TemplateStage extends StageLink {
	body: StageBody;
	role: StageRole;
}

/** A stage of one case's path, with its body known. */
export interface PathStage extends StageLink {
	bodyCode: string;
	role: StageRole;
}

export const DEFAULT_LINK: StageLink = { minGapDays: 1, afterPreviousBeforeDeadline: false };

export type PathProblemCode =
	| 'empty-path'
	| 'decision-not-last'
	| 'several-decisions'
	| 'unknown-body'
	| 'invalid-gap'
	| 'no-responsible-committee';

export interface PathProblem {
	code: PathProblemCode;
	/** The stage the problem is on (0-based), or null for the path as a whole. */
	stage: number | null;
	/** Danish, for the user. */
	message: string;
}

type BodyLookup = ReadonlyMap<string, PlannerBody>;

function stageCode(stage: TemplateStage | PathStage): string | null {
	if ('bodyCode' in stage) return stage.bodyCode;
	return stage.body.kind === 'body' ? stage.body.code : null;
}

/**
 * The problems of a template or a resolved path: it has a stage; at most one 'beslutning',
 * and only on the last stage; every body exists; gaps are whole numbers >= 0. A template's
 * placeholder stage is not checked against the bodies here: it is resolved per case.
 */
export function validatePath(stages: readonly (TemplateStage | PathStage)[], bodies: BodyLookup): PathProblem[] {
	if (stages.length === 0) {
		return [{ code: 'empty-path', stage: null, message: 'Sagsgangen skal have mindst ét trin.' }];
	}
	const problems: PathProblem[] = [];
	const decisions = stages.flatMap((stage, index) => (stage.role === 'beslutning' ? [index] : []));
	if (decisions.length > 1) {
		problems.push({
			code: 'several-decisions',
			stage: null,
			message: `Sagsgangen har ${decisions.length} beslutningstrin; en sag besluttes ét sted.`
		});
	}
	for (const index of decisions) {
		if (index !== stages.length - 1) {
			problems.push({
				code: 'decision-not-last',
				stage: index,
				message: `Trin ${index + 1} er beslutning, men kun det sidste trin kan være beslutning.`
			});
		}
	}
	stages.forEach((stage, index) => {
		const code = stageCode(stage);
		if (code !== null && !bodies.has(code)) {
			problems.push({ code: 'unknown-body', stage: index, message: `Trin ${index + 1}: organet ${code} findes ikke.` });
		}
		if (!Number.isInteger(stage.minGapDays) || stage.minGapDays < 0) {
			problems.push({
				code: 'invalid-gap',
				stage: index,
				message: `Trin ${index + 1}: mindste afstand skal være et helt antal dage (0 eller mere).`
			});
		}
	});
	return problems;
}

/**
 * A case's path from a template: the placeholder becomes the case's responsible committee.
 * When that committee is also the body of the stage right before or after (a case in ØK's own
 * area going DIR → fagudvalg → ØK → KB), the two stages are one treatment: they merge, keeping
 * the weightier role and the link of the first.
 */
export function resolvePath(
	template: readonly TemplateStage[],
	responsibleCommitteeCode: string | null,
	bodies: BodyLookup
): { ok: true; stages: PathStage[] } | { ok: false; problems: PathProblem[] } {
	const problems = validatePath(template, bodies);
	const resolved: PathStage[] = [];
	template.forEach((stage, index) => {
		let bodyCode: string;
		if (stage.body.kind === 'body') {
			bodyCode = stage.body.code;
		} else if (responsibleCommitteeCode === null) {
			problems.push({
				code: 'no-responsible-committee',
				stage: index,
				message: `Trin ${index + 1} er det ansvarlige fagudvalg, men sagen har intet ansvarligt fagudvalg.`
			});
			return;
		} else {
			if (!bodies.has(responsibleCommitteeCode)) {
				problems.push({
					code: 'unknown-body',
					stage: index,
					message: `Trin ${index + 1}: det ansvarlige fagudvalg ${responsibleCommitteeCode} findes ikke.`
				});
			}
			bodyCode = responsibleCommitteeCode;
		}
		resolved.push({
			bodyCode,
			role: stage.role,
			minGapDays: stage.minGapDays,
			afterPreviousBeforeDeadline: stage.afterPreviousBeforeDeadline
		});
	});
	if (problems.length > 0) return { ok: false, problems };

	const placeholderAt = new Set(
		template.flatMap((stage, index) => (stage.body.kind === 'responsible-committee' ? [index] : []))
	);
	const merged: PathStage[] = [];
	resolved.forEach((stage, index) => {
		const previous = merged[merged.length - 1];
		const mergeable = placeholderAt.has(index) || placeholderAt.has(index - 1);
		if (previous !== undefined && mergeable && previous.bodyCode === stage.bodyCode) {
			if (STAGE_ROLES.indexOf(stage.role) > STAGE_ROLES.indexOf(previous.role)) previous.role = stage.role;
			return;
		}
		merged.push({ ...stage });
	});
	return { ok: true, stages: merged };
}
