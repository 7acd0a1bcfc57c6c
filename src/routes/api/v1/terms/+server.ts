import { termContaining } from '$lib/domain/terms';
import { api, json, parseQuery } from '$lib/server/http/api';
import { year } from '$lib/schemas/query';
import { z } from 'zod';

export const GET = api(async ({ url }) => {
	const q = parseQuery(url, z.object({ year }), ['year']);
	const t = termContaining(q.year);
	return json({
		startYear: t.startYear,
		endYear: t.endYear,
		start: t.start.toString(),
		end: t.end.toString(),
		electionDay: t.electionDay.toString(),
		constitutiveWindow: { from: t.constitutiveWindow.from.toString(), to: t.constitutiveWindow.to.toString() },
		nextElectionDay: t.nextElectionDay.toString()
	});
});
