import { oparl } from '$lib/server/oparl/http';
import { bodyKeyMatches, paperList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params, list }) => (bodyKeyMatches(params.body!) ? paperList(db, urls, list()) : null));
