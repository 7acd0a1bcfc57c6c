import { appDb } from '$lib/server/db/app-db';
import { queriedVisibleBody } from '$lib/server/bodies/repository';
import { loadWorkingCalendar } from '$lib/server/closures/repository';
import { api, json, parseQuery } from '$lib/server/http/api';
import { bodyCode, isoDate } from '$lib/schemas/query';
import { z } from 'zod';

const query = z.object({
	date: isoDate,
	days: z.coerce
		.number({ error: 'Antal arbejdsdage skal være et tal' })
		.int({ error: 'Antal arbejdsdage skal være et helt tal' })
		.min(0, { error: 'Antal arbejdsdage må ikke være negativt' })
		.max(250, { error: 'Højst 250 arbejdsdage' }),
	body: bodyCode.optional()
});

/** N working days before a date: weekends, holidays, closed days and local closures skipped. */
export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, query, ['date', 'days', 'body']);
	const db = appDb();
	if (q.body !== undefined) await queriedVisibleBody(db, locals.viewer, q.body);
	const cal = await loadWorkingCalendar(db);
	return json({ date: cal.workingDaysBefore(q.date, q.days, q.body).toString(), from: q.date.toString(), days: q.days });
});
