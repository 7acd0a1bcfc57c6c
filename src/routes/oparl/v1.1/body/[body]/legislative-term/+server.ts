import { oparl } from '$lib/server/oparl/http';
import { bodyKeyMatches, termList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params, list }) => (bodyKeyMatches(params.body!) ? termList(db, urls, list()) : null));
