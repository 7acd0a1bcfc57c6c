import { oparl } from '$lib/server/oparl/http';
import { bodyList } from '$lib/server/oparl/service';

export const GET = oparl(({ db, urls, list }) => bodyList(db, urls, list()));
