import { oparl } from '$lib/server/oparl/http';
import { paper } from '$lib/server/oparl/service';

export const GET = oparl(({ db, urls, params }) => paper(db, urls, params.id!));
