import { oparl } from '$lib/server/oparl/http';
import { bodyKeyMatches, personList } from '$lib/server/oparl/service';

export const GET = oparl(async ({ urls, params, list }) => (bodyKeyMatches(params.body!) ? personList(urls, list()) : null));
