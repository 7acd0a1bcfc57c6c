import { oparl } from '$lib/server/oparl/http';
import { consultation } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params }) => {
	const position = /^(0|[1-9]\d{0,3})$/.test(params.position!) ? Number(params.position) : null;
	return position === null ? null : consultation(db, urls, params.id!, position);
});
