import { appDb } from '$lib/server/db/app-db';
import { api, json } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { importJson, importProblem, readImportRequest } from '$lib/server/import/http';
import { previewImport } from '$lib/server/import/service';
import { ImportRefused } from '$lib/server/import/table';

/** What importing the file (the request body; options in the query string) would do, row by row; saves nothing. */
export const POST = api(async ({ request, url, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	try {
		const { req, fileName } = await readImportRequest(request, url);
		return json(importJson(req, fileName, await previewImport(appDb(), viewer, req)));
	} catch (e) {
		throw e instanceof ImportRefused ? importProblem(e) : e;
	}
});
