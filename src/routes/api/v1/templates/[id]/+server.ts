import type { RequestHandler } from './$types';
import { inTransaction } from '$lib/server/db/transaction';
import { deleteTemplate, updateTemplate } from '$lib/server/cases/definitions';
import { api } from '$lib/server/http/api';
import { parseJsonBody } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { notFound } from '$lib/server/http/problem';
import { templateUpdateSchema } from '$lib/schemas/cases';

const idOf = (raw: string) => {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id < 1) throw notFound('Skabelonen');
	return id;
};

export const PATCH: RequestHandler = api(async ({ params, locals, request }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const id = idOf(params.id);
	const input = await parseJsonBody(request, templateUpdateSchema);
	await inTransaction((tx) => updateTemplate(tx, viewer, id, input));
	return new Response(null, { status: 204 });
});

export const DELETE: RequestHandler = api(async ({ params, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const id = idOf(params.id);
	await inTransaction((tx) => deleteTemplate(tx, viewer, id));
	return new Response(null, { status: 204 });
});
