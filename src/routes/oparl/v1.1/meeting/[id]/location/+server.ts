import { oparl } from '$lib/server/oparl/http';
import { meetingLocation } from '$lib/server/oparl/service';

export const GET = oparl(({ db, urls, params }) => meetingLocation(db, urls, params.id!));
