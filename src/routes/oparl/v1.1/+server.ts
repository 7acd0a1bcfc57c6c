import { oparl } from '$lib/server/oparl/http';
import { system } from '$lib/server/oparl/service';

/** The OParl 1.1 System: where a client starts. */
export const GET = oparl(({ db, urls }) => system(db, urls));
