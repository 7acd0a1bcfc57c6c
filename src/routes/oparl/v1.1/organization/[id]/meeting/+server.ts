import { idParam, oparl } from '$lib/server/oparl/http';
import { meetingList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params, list }) => {
	const id = idParam(params.id);
	return id === null ? null : meetingList(db, urls, list(), id);
});
