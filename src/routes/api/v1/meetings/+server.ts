import { canSeeInternal } from '$lib/server/auth/access';
import { meetingJson } from '$lib/server/api/serialize';
import { appDb } from '$lib/server/app-db';
import { meetingsWithCycles } from '$lib/server/calendar';
import { findBody } from '$lib/server/db/bodies';
import { api, json, parseQuery } from '$lib/server/http/api';
import { ProblemError } from '$lib/server/http/problem';
import { bodyCode, dateSpan } from '$lib/schemas/query';
import { z } from 'zod';

const query = dateSpan.and(z.object({ body: bodyCode.optional() }));

export const GET = api(async ({ url, locals }) => {
	const q = parseQuery(url, query, ['from', 'to', 'body']);
	const db = appDb();
	let bodyIds: number[] | undefined;
	if (q.body) {
		const body = await findBody(db, { code: q.body }, { includeInternal: canSeeInternal(locals.viewer) });
		if (!body) {
			throw new ProblemError({
				type: '/problems/invalid-parameters',
				title: 'Ugyldige parametre',
				status: 400,
				detail: `body: Intet organ har koden ${q.body}`,
				'invalid-params': [{ name: 'body', reason: `Intet organ har koden ${q.body}` }]
			});
		}
		bodyIds = [body.id];
	}
	const meetings = await meetingsWithCycles(db, { from: q.from, to: q.to, bodyIds, includeInternal: canSeeInternal(locals.viewer) });
	return json(meetings.map(meetingJson));
});
