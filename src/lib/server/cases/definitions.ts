import type { z } from 'zod';
import { RESPONSIBLE_COMMITTEE } from '../../domain/case-path.ts';
import type { fixedItemSchema, fixedItemUpdateSchema, templateSchema, templateUpdateSchema } from '../../schemas/cases.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { ConflictError, invalidField, notFound } from '../http/problem.ts';
import { bodyByCode } from '../bodies/repository.ts';

/** Path templates (sagsgangsskabeloner) and fixed items (faste punkter): the secretariat's definitions. */

const bodyIdOf = async (db: Db, code: string, field: string): Promise<number> => (await bodyByCode(db, code, field)).id;

function checkTemplateStages(stages: z.output<typeof templateSchema>['stages']) {
	const decisions = stages.flatMap((s, i) => (s.role === 'beslutning' ? [i] : []));
	if (decisions.length > 1) throw invalidField('stages', 'En sagsgang har højst ét beslutningstrin');
	if (decisions.length === 1 && decisions[0] !== stages.length - 1) throw invalidField(`stages.${decisions[0]}.role`, 'Kun det sidste trin kan være beslutning');
}

async function writeTemplateStages(db: Db, templateId: number, stages: z.output<typeof templateSchema>['stages']) {
	checkTemplateStages(stages);
	await db.deleteFrom('path_template_stage').where('template_id', '=', templateId).execute();
	const rows = [];
	for (const [position, s] of stages.entries()) {
		rows.push({
			template_id: templateId,
			position,
			body_id: s.body === RESPONSIBLE_COMMITTEE ? null : await bodyIdOf(db, s.body, `stages.${position}.body`),
			role: s.role,
			min_gap_days: s.minGapDays,
			after_previous_before_deadline: s.afterPreviousBeforeDeadline
		});
	}
	await db.insertInto('path_template_stage').values(rows).execute();
}

const templateSnapshot = (t: { name: string; stages: { body: string; role: string }[] }) => ({ name: t.name, stages: t.stages.map((s) => `${s.body}:${s.role}`) });

export async function createTemplate(db: Db, viewer: Viewer, input: z.output<typeof templateSchema>) {
	const clash = await db.selectFrom('path_template').select('id').where('name', '=', input.name).executeTakeFirst();
	if (clash) throw invalidField('name', `Der findes allerede en skabelon med navnet ${input.name}`);
	const { id } = await db.insertInto('path_template').values({ name: input.name, description: input.description ?? '' }).returning('id').executeTakeFirstOrThrow();
	await writeTemplateStages(db, id, input.stages);
	await recordAudit(db, viewer, { action: 'create', entity: 'path_template', entityId: id, summary: `Sagsgangsskabelon oprettet: ${input.name}`, after: templateSnapshot(input) });
	return id;
}

export async function updateTemplate(db: Db, viewer: Viewer, id: number, input: z.output<typeof templateUpdateSchema>) {
	const before = await db.selectFrom('path_template').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
	if (!before) throw notFound('Skabelonen');
	const r = await db
		.updateTable('path_template')
		.set((eb) => ({ name: input.name, description: input.description ?? before.description, version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError({ name: before.name, version: before.version });
	const stagesBefore = await db
		.selectFrom('path_template_stage as s')
		.leftJoin('body as b', 'b.id', 's.body_id')
		.select(['b.code', 's.role'])
		.where('s.template_id', '=', id)
		.orderBy('s.position')
		.execute();
	await writeTemplateStages(db, id, input.stages);
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'path_template',
		entityId: id,
		summary: `Sagsgangsskabelon ændret: ${input.name}`,
		before: templateSnapshot({ name: before.name, stages: stagesBefore.map((s) => ({ body: s.code ?? RESPONSIBLE_COMMITTEE, role: s.role })) }),
		after: templateSnapshot(input)
	});
}

/** Deletes a template; given the version the user saw, a newer change is never deleted unseen. */
export async function deleteTemplate(db: Db, viewer: Viewer, id: number, version?: number) {
	const before = await db.selectFrom('path_template').select(['name', 'version']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
	if (!before) throw notFound('Skabelonen');
	if (version !== undefined && version !== before.version) throw new ConflictError(before);
	await db.updateTable('path_template').set({ deleted_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
	await recordAudit(db, viewer, { action: 'delete', entity: 'path_template', entityId: id, summary: `Sagsgangsskabelon slettet: ${before.name}` });
}

const itemSnapshot = (i: z.output<typeof fixedItemSchema>) => ({ body: i.body, title: i.title, rule: i.rule, closed: i.closed });

export async function createFixedItem(db: Db, viewer: Viewer, input: z.output<typeof fixedItemSchema>) {
	const { id } = await db
		.insertInto('fixed_item')
		.values({
			body_id: await bodyIdOf(db, input.body, 'body'),
			title: input.title,
			description: input.description ?? '',
			rule: JSON.stringify(input.rule),
			is_closed: input.closed,
			sort_order: input.sortOrder
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'create', entity: 'fixed_item', entityId: id, summary: `Fast punkt oprettet: ${input.title}`, after: itemSnapshot(input) });
	return id;
}

export async function updateFixedItem(db: Db, viewer: Viewer, id: number, input: z.output<typeof fixedItemUpdateSchema>) {
	const before = await db
		.selectFrom('fixed_item as f')
		.innerJoin('body as b', 'b.id', 'f.body_id')
		.select(['b.code', 'f.title', 'f.rule', 'f.is_closed', 'f.version'])
		.where('f.id', '=', id)
		.where('f.deleted_at', 'is', null)
		.executeTakeFirst();
	if (!before) throw notFound('Det faste punkt');
	const bodyId = await bodyIdOf(db, input.body, 'body');
	const r = await db
		.updateTable('fixed_item')
		.set((eb) => ({
			body_id: bodyId,
			title: input.title,
			description: input.description ?? '',
			rule: JSON.stringify(input.rule),
			is_closed: input.closed,
			sort_order: input.sortOrder,
			version: eb(eb.ref('version'), '+', 1),
			updated_at: new Date()
		}))
		.where('id', '=', id)
		.where('version', '=', input.version)
		.executeTakeFirst();
	const was = { body: before.code, title: before.title, rule: before.rule, closed: before.is_closed };
	if (Number(r.numUpdatedRows) !== 1) throw new ConflictError({ ...was, version: before.version });
	await recordAudit(db, viewer, { action: 'update', entity: 'fixed_item', entityId: id, summary: `Fast punkt ændret: ${input.title}`, before: was, after: itemSnapshot(input) });
}

/** Deletes a fixed item; given the version the user saw, a newer change is never deleted unseen. */
export async function deleteFixedItem(db: Db, viewer: Viewer, id: number, version?: number) {
	const before = await db.selectFrom('fixed_item').select(['title', 'version']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
	if (!before) throw notFound('Det faste punkt');
	if (version !== undefined && version !== before.version) throw new ConflictError(before);
	await db.updateTable('fixed_item').set({ deleted_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
	await recordAudit(db, viewer, { action: 'delete', entity: 'fixed_item', entityId: id, summary: `Fast punkt slettet: ${before.title}` });
}
