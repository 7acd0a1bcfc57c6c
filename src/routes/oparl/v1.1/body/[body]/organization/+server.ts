import { oparl } from '$lib/server/oparl/http';
import { bodyKeyMatches, organizationList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ db, urls, params, list }) => (bodyKeyMatches(params.body!) ? organizationList(db, urls, list()) : null));
