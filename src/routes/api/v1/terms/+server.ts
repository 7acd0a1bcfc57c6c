import { FIRST_TERM_START_YEAR, termContaining } from '$lib/domain/terms';
import { api, json, parseQuery } from '$lib/server/http/api';
import { year } from '$lib/schemas/query';
import { z } from 'zod';

const termYear = year.refine((y) => y >= FIRST_TERM_START_YEAR, {
	error: `Valgperioder kendes fra det første kommunalvalg i november (1981), altså fra ${FIRST_TERM_START_YEAR}; før da blev kommunalvalg holdt i marts`
});

export const GET = api(async ({ url }) => {
	const q = parseQuery(url, z.object({ year: termYear }), ['year']);
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
