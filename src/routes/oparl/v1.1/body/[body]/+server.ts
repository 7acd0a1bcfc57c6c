import { oparl } from '$lib/server/oparl/http';
import { body, bodyKeyMatches } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params }) => (bodyKeyMatches(params.body!) ? body(db, urls) : null));
