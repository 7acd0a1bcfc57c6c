import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { resolvePath, stageBodyOf, type PathStage, type StageRole, type StageStatus, type TemplateStage } from '../../domain/case-path.ts';
import { planBackward, planForward, type Plan } from '../../domain/planner.ts';
import type { PlanningContext } from '../../domain/planning-context.ts';
import type { caseCreateSchema, caseUpdateSchema, pathSpec, planRequestSchema, repairSchema } from '../../schemas/cases.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import { bodyByCode } from '../bodies/repository.ts';
import type { Db } from '../db/index.ts';
import { localDay } from '../db/temporal.ts';
import { ZONE } from '../../domain/zone.ts';
import { ConflictError, invalidField, notFound, ProblemError } from '../http/problem.ts';
import { assertMayEditCase } from './access.ts';
import { planningContext, stageInstants } from './context.ts';
import { bodyIdsByCode, getCase, listAllTemplates, meetingBodyCodes, replaceStages, type CaseWithStages, type StageToStore } from './repository.ts';
import { planJson } from './serialize.ts';

/** The path a request names: a template (by id or name) or a list of stages, resolved for the committee. */
export async function resolveRequestedPath(
	db: Db,
	ctx: PlanningContext,
	req: { path?: z.output<typeof pathSpec>; template?: number | string; committee?: string | null }
): Promise<{ stages: PathStage[]; templateId: number | null }> {
	let template: TemplateStage[];
	let templateId: number | null = null;
	if (req.template !== undefined) {
		const found = (await listAllTemplates(db)).find((t) => t.id === req.template || t.name === req.template);
		if (!found) throw invalidField('template', `Sagsgangsskabelonen ${req.template} findes ikke`);
		templateId = found.id;
		template = found.stages.map((s) => ({
			body: s.body_code === null ? { kind: 'responsible-committee' } : { kind: 'body', code: s.body_code },
			role: s.role,
			minGapDays: s.min_gap_days,
			afterPreviousBeforeDeadline: s.after_previous_before_deadline
		}));
	} else {
		const spec = req.path ?? [];
		template = spec.map((s, i) => ({
			body: stageBodyOf(s.body),
			role: (s.role ?? (i === spec.length - 1 ? 'beslutning' : 'drøftelse')) as StageRole,
			minGapDays: 'minGapDays' in s ? s.minGapDays : 1,
			afterPreviousBeforeDeadline: 'afterPreviousBeforeDeadline' in s ? s.afterPreviousBeforeDeadline : i > 0 && i < spec.length - 1
		}));
	}
	const resolved = resolvePath(template, req.committee ?? null, ctx.bodies);
	if (!resolved.ok) {
		throw new ProblemError({
			type: '/problems/invalid-parameters',
			title: 'Ugyldig sagsgang',
			status: 400,
			detail: resolved.problems.map((p) => p.message).join(' '),
			'invalid-params': resolved.problems.map((p) => ({ name: p.stage === null ? 'path' : `path.${p.stage}`, reason: p.message }))
		});
	}
	return { stages: resolved.stages, templateId };
}

type PlanTargetInput = { decide: { meeting: string } } | { decide: { by: Temporal.PlainDate } } | { start: Temporal.PlainDate };

/** Runs the planner for a target; checks that a named meeting belongs to the deciding body. */
export function runPlan(ctx: PlanningContext, stages: PathStage[], target: PlanTargetInput, now: Temporal.Instant): Plan {
	if ('start' in target) return planForward(ctx, stages, target.start, now);
	if ('meeting' in target.decide) {
		const m = ctx.byId.get(target.decide.meeting);
		const last = stages[stages.length - 1]!;
		if (!m) throw invalidField('decide.meeting', 'Mødet findes ikke');
		if (m.meeting.bodyCode !== last.bodyCode) throw invalidField('decide.meeting', `Mødet er et ${m.meeting.bodyCode}-møde, men sagen besluttes i ${last.bodyCode}`);
		return planBackward(ctx, stages, { meetingId: target.decide.meeting }, now);
	}
	return planBackward(ctx, stages, { by: target.decide.by }, now);
}

async function contextFor(db: Db, target: PlanTargetInput, now: Temporal.Instant): Promise<PlanningContext> {
	let around = now;
	if ('start' in target) around = target.start.toZonedDateTime(ZONE).toInstant();
	else if ('by' in target.decide) around = target.decide.by.toZonedDateTime(ZONE).toInstant();
	else around = (await stageInstants(db, [target.decide.meeting], now)).at(-1)!;
	return planningContext(db, [around, now]);
}

/** POST /api/v1/plan: the proposed stages and their conflicts; saves nothing. */
export async function proposePlan(db: Db, req: z.output<typeof planRequestSchema>, clock: Temporal.Instant) {
	// "As of" a day: the plan as it would have been made at the start of that day.
	const now = req.asOf === undefined ? clock : req.asOf.toZonedDateTime(ZONE).toInstant();
	const ctx = await contextFor(db, req, now);
	const { stages } = await resolveRequestedPath(db, ctx, req);
	return { ...(req.asOf === undefined ? {} : { asOf: req.asOf.toString() }), ...planJson(ctx, runPlan(ctx, stages, req, now)) };
}

const snapshot = (c: CaseWithStages) => ({
	caseNumber: c.case_number,
	title: c.title,
	unit: c.unit,
	closed: c.is_closed,
	keyCase: c.is_key_case,
	// Each stage as "body:role:meeting day:status", which the history writes in words.
	stages: c.stages.map((s) => `${s.body_code}:${s.role}:${s.meeting_starts_at ? localDay(s.meeting_starts_at).toString() : '-'}:${s.status}`),
	version: c.version
});

async function writeStages(db: Db, caseId: string, stages: (StageToStore & { bodyCode: string })[] | { bodyCode: string; role: StageRole; minGapDays: number; afterPreviousBeforeDeadline: boolean; meetingId: string | null; status: StageStatus }[]) {
	const ids = await bodyIdsByCode(db);
	await replaceStages(
		db,
		caseId,
		stages.map((s, position) => {
			const bodyId = ids.get(s.bodyCode);
			if (bodyId === undefined) throw invalidField(`stages.${position}.body`, `Organet ${s.bodyCode} findes ikke`);
			return { bodyId, role: s.role, minGapDays: s.minGapDays, afterPreviousBeforeDeadline: s.afterPreviousBeforeDeadline, meetingId: s.meetingId, status: s.status };
		})
	);
}

async function assertStageMeetings(db: Db, stages: { bodyCode: string; meetingId: string | null }[]) {
	const bodyOf = await meetingBodyCodes(db, stages.map((s) => s.meetingId).filter((id): id is string => id !== null));
	stages.forEach((s, i) => {
		if (s.meetingId === null) return;
		const code = bodyOf.get(s.meetingId);
		if (code === undefined) throw invalidField(`stages.${i}.meeting`, 'Mødet findes ikke');
		if (code !== s.bodyCode) throw invalidField(`stages.${i}.meeting`, `Mødet er et ${code}-møde, men trinnet er ${s.bodyCode}`);
	});
}

async function committeeId(db: Db, code: string | null | undefined): Promise<number | null> {
	if (!code) return null;
	const body = await bodyByCode(db, code, 'committee');
	if (body.kind !== 'standing-committee' && body.kind !== 'finance-committee') throw invalidField('committee', `${code} er ikke et fagudvalg`);
	return body.id;
}

/** Creates a case, its path (from a template or given stages) and, when asked, the planned meetings. */
export async function createCase(db: Db, viewer: Viewer, input: z.output<typeof caseCreateSchema>, now: Temporal.Instant): Promise<CaseWithStages> {
	assertMayEditCase(viewer, input.unit ?? '');
	const target = input.plan;
	const ctx = target ? await contextFor(db, target, now) : await planningContext(db, [now]);
	let stages: { bodyCode: string; role: StageRole; minGapDays: number; afterPreviousBeforeDeadline: boolean; meetingId: string | null; status: StageStatus }[];
	let templateId: number | null = null;
	if (input.template !== undefined) {
		const resolved = await resolveRequestedPath(db, ctx, { template: input.template, committee: input.committee });
		templateId = resolved.templateId;
		stages = resolved.stages.map((s) => ({ ...s, meetingId: null, status: 'planned' }));
	} else {
		const given = input.stages!;
		const resolved = await resolveRequestedPath(db, ctx, { path: given, committee: input.committee });
		stages = resolved.stages.map((s, i) => ({ ...s, meetingId: given[i]?.meeting ?? null, status: given[i]?.status ?? 'planned' }));
	}
	if (target) {
		const plan = runPlan(ctx, stages, target, now);
		stages = stages.map((s, i) => ({ ...s, meetingId: plan.stages[i]?.meetingId ?? null }));
	}
	await assertStageMeetings(db, stages);
	const row = await db
		.insertInto('case_file')
		.values({
			case_number: input.caseNumber ?? null,
			title: input.title,
			description: input.description ?? '',
			unit: input.unit ?? '',
			responsible_name: input.responsible ?? '',
			committee_body_id: await committeeId(db, input.committee),
			is_closed: input.closed,
			is_key_case: input.keyCase ?? false,
			legal_kind: input.legalKind ?? null,
			template_id: templateId
		})
		.returning('id')
		.executeTakeFirstOrThrow()
		.catch((e: unknown) => {
			if (String((e as { message?: string }).message).includes('case_file_case_number')) throw invalidField('caseNumber', `Sagsnummeret ${input.caseNumber} er allerede brugt`);
			throw e;
		});
	await writeStages(db, row.id, stages);
	const saved = (await getCase(db, row.id))!;
	await recordAudit(db, viewer, { action: 'create', entity: 'case', entityId: row.id, summary: `Sag oprettet: ${saved.title}`, after: snapshot(saved) });
	return saved;
}

export async function updateCase(db: Db, viewer: Viewer, id: string, input: z.output<typeof caseUpdateSchema>, now: Temporal.Instant): Promise<CaseWithStages> {
	const before = await getCase(db, id);
	if (!before) throw notFound('Sagen');
	assertMayEditCase(viewer, before.unit);
	if (input.unit !== undefined) assertMayEditCase(viewer, input.unit);
	if (before.version !== input.version) throw new ConflictError(snapshot(before));
	const r = await db
		.updateTable('case_file')
		.set((eb) => ({
			...(input.caseNumber !== undefined ? { case_number: input.caseNumber } : {}),
			...(input.title !== undefined ? { title: input.title } : {}),
			...(input.description !== undefined ? { description: input.description } : {}),
			...(input.unit !== undefined ? { unit: input.unit } : {}),
			...(input.responsible !== undefined ? { responsible_name: input.responsible } : {}),
			...(input.closed !== undefined ? { is_closed: input.closed } : {}),
			...(input.keyCase !== undefined ? { is_key_case: input.keyCase } : {}),
			...(input.legalKind !== undefined ? { legal_kind: input.legalKind } : {}),
			version: eb(eb.ref('version'), '+', 1),
			updated_at: new Date()
		}))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(snapshot((await getCase(db, id))!));
	if (input.committee !== undefined) await db.updateTable('case_file').set({ committee_body_id: await committeeId(db, input.committee) }).where('id', '=', id).execute();
	if (input.stages) {
		const ctx = await planningContext(db, [now]);
		const committee = input.committee !== undefined ? input.committee : before.committee_code;
		const resolved = await resolveRequestedPath(db, ctx, { path: input.stages, committee });
		const stages = resolved.stages.map((s, i) => ({ ...s, meetingId: input.stages![i]?.meeting ?? null, status: input.stages![i]?.status ?? ('planned' as const) }));
		await assertStageMeetings(db, stages);
		await writeStages(db, id, stages);
	}
	const after = (await getCase(db, id))!;
	await recordAudit(db, viewer, { action: 'update', entity: 'case', entityId: id, summary: `Sag ændret: ${after.title}`, before: snapshot(before), after: snapshot(after) });
	return after;
}

/** Accepts a proposed repair: the named stages move to the named meetings (or off them). */
export async function applyRepair(db: Db, viewer: Viewer, id: string, input: z.output<typeof repairSchema>): Promise<CaseWithStages> {
	const before = await getCase(db, id);
	if (!before) throw notFound('Sagen');
	assertMayEditCase(viewer, before.unit);
	if (before.version !== input.version) throw new ConflictError(snapshot(before));
	const stages = before.stages.map((s) => ({
		bodyCode: s.body_code,
		role: s.role,
		minGapDays: s.min_gap_days,
		afterPreviousBeforeDeadline: s.after_previous_before_deadline,
		meetingId: s.meeting_id,
		status: s.status
	}));
	for (const change of input.changes) {
		const stage = stages[change.stage];
		if (!stage) throw invalidField(`changes.${change.stage}`, 'Sagen har ikke det trin');
		if (stage.status === 'treated') throw invalidField(`changes.${change.stage}`, 'Trinnet er behandlet og kan ikke flyttes');
		stage.meetingId = change.meeting;
	}
	await assertStageMeetings(db, stages);
	const r = await db
		.updateTable('case_file')
		.set((eb) => ({ version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(snapshot(before));
	await writeStages(db, id, stages);
	const after = (await getCase(db, id))!;
	await recordAudit(db, viewer, { action: 'update', entity: 'case', entityId: id, summary: `Sagsgang rettet: ${after.title}`, before: snapshot(before), after: snapshot(after) });
	return after;
}

export async function deleteCase(db: Db, viewer: Viewer, id: string, version: number): Promise<void> {
	const before = await getCase(db, id);
	if (!before) throw notFound('Sagen');
	assertMayEditCase(viewer, before.unit);
	const r = await db
		.updateTable('case_file')
		.set((eb) => ({ deleted_at: new Date(), version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError(snapshot(before));
	await recordAudit(db, viewer, { action: 'delete', entity: 'case', entityId: id, summary: `Sag slettet: ${before.title}`, before: snapshot(before) });
}


/** Sets one stage's status (planned, on the agenda, treated, postponed), keeping the rest of the path. */
export async function setStageStatus(db: Db, viewer: Viewer, id: string, input: { version: number; stage: number; status: StageStatus }, now: Temporal.Instant): Promise<CaseWithStages> {
	const c = await getCase(db, id);
	if (!c || !c.stages[input.stage]) throw notFound('Sagen');
	const stages = c.stages.map((s) => ({
		body: s.body_code,
		role: s.role,
		minGapDays: s.min_gap_days,
		afterPreviousBeforeDeadline: s.after_previous_before_deadline,
		meeting: s.meeting_id,
		status: s.position === input.stage ? input.status : s.status
	}));
	return updateCase(db, viewer, id, { version: input.version, stages }, now);
}
