import { fail } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { refusedWrite } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { FIELD_LABEL, IMPORT_FIELDS } from '$lib/server/import/columns';
import { importJson, readImportForm } from '$lib/server/import/http';
import { acceptImport, previewImport, type ImportRequest } from '$lib/server/import/service';
import { ImportRefused } from '$lib/server/import/table';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const bodies = await listVisibleBodies(appDb(), viewer);
	return {
		bodies: bodies.map((b) => ({ code: b.code, name: b.name })),
		year: Temporal.Now.plainDateISO(ZONE).year,
		fields: IMPORT_FIELDS.map((f) => ({ field: f, label: FIELD_LABEL[f] }))
	};
};

/** What the page keeps between preview and accept: the file as read, so it need not be chosen again. */
const carried = (req: ImportRequest, fileName: string) => ({
	table: JSON.stringify(req.table),
	fileName,
	target: req.target,
	body: req.body ?? '',
	columns: req.table.headers,
	mapping: Object.fromEntries(Object.entries(req.mapping).map(([f, i]) => [f, String(i)]))
});

async function handle(request: Request, work: (req: ImportRequest, fileName: string) => Promise<Awaited<ReturnType<typeof previewImport>>>, accepted: boolean) {
	let parsed: Awaited<ReturnType<typeof readImportForm>>;
	try {
		parsed = await readImportForm(request);
	} catch (e) {
		if (e instanceof ImportRefused) return fail(e.message.startsWith('Filen er for stor') ? 413 : 400, { form: 'import', errors: { file: e.message } });
		return refusedWrite(e, { name: 'import', values: {} });
	}
	const { req, fileName } = parsed;
	try {
		const result = await work(req, fileName);
		return { form: 'import', accepted, preview: importJson(req, fileName, result), kept: carried(req, fileName) };
	} catch (e) {
		if (e instanceof ImportRefused) return fail(400, { form: 'import', errors: { file: e.message }, kept: carried(req, fileName) });
		return refusedWrite(e, { name: 'import', values: {} });
	}
}

export const actions: Actions = {
	preview: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		return handle(request, (req) => previewImport(appDb(), viewer, req), false);
	},
	accept: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		return handle(request, (req, fileName) => inTransaction((tx) => acceptImport(tx, viewer, req, fileName)), true);
	}
};
