import { z } from 'zod';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { createTemplate } from '$lib/server/cases/definitions';
import { listVisibleTemplates, type TemplateWithStages } from '$lib/server/cases/repository';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { RESPONSIBLE_COMMITTEE } from '$lib/domain/case-path';
import { templateSchema } from '$lib/schemas/cases';

const templateJson = (t: TemplateWithStages) => ({
	id: t.id,
	name: t.name,
	description: t.description,
	version: t.version,
	stages: t.stages.map((s) => ({ body: s.body_code ?? RESPONSIBLE_COMMITTEE, role: s.role, minGapDays: s.min_gap_days, afterPreviousBeforeDeadline: s.after_previous_before_deadline }))
});

export const GET = api(async ({ url, locals }) => {
	parseQuery(url, z.object({}), []);
	return json((await listVisibleTemplates(appDb(), locals.viewer)).map(templateJson));
});

export const POST = api(async ({ request, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const input = await parseJsonBody(request, templateSchema);
	const id = await inTransaction((tx) => createTemplate(tx, viewer, input));
	const created = (await listVisibleTemplates(appDb(), viewer)).find((t) => t.id === id)!;
	return json(templateJson(created), { status: 201 });
});
