import { inTransaction } from '$lib/server/db/transaction';
import { api, json } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { importJson, importProblem, readImportRequest } from '$lib/server/import/http';
import { acceptImport } from '$lib/server/import/service';
import { ImportRefused } from '$lib/server/import/table';

/** Imports the file: new and changed rows are written in one transaction with their audit rows; refused rows are left out. */
export const POST = api(async ({ request, url, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	try {
		const { req, fileName } = await readImportRequest(request, url);
		const result = await inTransaction((tx) => acceptImport(tx, viewer, req, fileName));
		return json(importJson(req, fileName, result));
	} catch (e) {
		throw e instanceof ImportRefused ? importProblem(e) : e;
	}
});
