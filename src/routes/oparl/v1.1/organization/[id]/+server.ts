import { idParam, oparl } from '$lib/server/oparl/http';
import { organization } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params }) => {
	const id = idParam(params.id);
	return id === null ? null : organization(db, urls, id);
});
