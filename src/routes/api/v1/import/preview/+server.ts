import { appDb } from '$lib/server/app-db';
import { api, json } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { importJson, importProblem, readImportForm } from '$lib/server/import/http';
import { previewImport } from '$lib/server/import/service';
import { ImportRefused } from '$lib/server/import/table';

/** What importing the file (multipart field `file`) would do, row by row; saves nothing. */
export const POST = api(async ({ request, locals }) => {
	requireApiRole(locals, 'secretariat');
	try {
		const { req, fileName } = await readImportForm(request);
		return json(importJson(req, fileName, await previewImport(appDb(), req)));
	} catch (e) {
		throw e instanceof ImportRefused ? importProblem(e) : e;
	}
});
