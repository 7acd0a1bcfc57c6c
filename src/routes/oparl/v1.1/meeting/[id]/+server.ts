import { oparl } from '$lib/server/oparl/http';
import { meeting } from '$lib/server/oparl/service';

export const GET = oparl(({ db, urls, params }) => meeting(db, urls, params.id!));
