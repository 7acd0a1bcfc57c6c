import { appDb } from '$lib/server/db/app-db';
import { bodyByCode } from '$lib/server/bodies/repository';
import { api, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';
import { exportYear } from '$lib/server/import/export';
import { z } from '$lib/schemas/zod';
import { PLAN_FILE_FORMATS } from '$lib/domain/import';

const exportQuery = z.object({
	body: z.string({ error: 'Angiv organets kode' }).regex(/^[A-ZÆØÅ0-9-]{1,16}$/, { error: 'Organkoden er ugyldig' }),
	year: z.coerce.number({ error: 'Angiv året' }).int({ error: 'Året skal være et helt tal' }).min(2000, { error: 'Året skal ligge mellem 2000 og 2100' }).max(2100, { error: 'Året skal ligge mellem 2000 og 2100' }),
	format: z.enum(PLAN_FILE_FORMATS, { error: 'Formatet skal være xlsx, csv eller ics' })
});

/** A body's meetings in a year as a file the import reads back unchanged. */
export const GET = api(async ({ url, locals }) => {
	const viewer = requireApiRole(locals, 'secretariat');
	const q = parseQuery(url, exportQuery, ['body', 'year', 'format']);
	const db = appDb();
	const file = await exportYear(db, viewer, await bodyByCode(db, q.body), q.year, q.format);
	return new Response(file.bytes, {
		headers: { 'content-type': file.type, 'content-disposition': `attachment; filename="${file.fileName}"`, 'cache-control': 'private, no-store' }
	});
});
