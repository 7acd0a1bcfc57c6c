import { idParam, oparl } from '$lib/server/oparl/http';
import { term } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params }) => {
	const year = idParam(params.year);
	return year === null ? null : term(db, urls, year);
});
