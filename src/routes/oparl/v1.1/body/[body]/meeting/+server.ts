import { oparl } from '$lib/server/oparl/http';
import { bodyKeyMatches, meetingList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params, list }) => (bodyKeyMatches(params.body!) ? meetingList(db, urls, list()) : null));
