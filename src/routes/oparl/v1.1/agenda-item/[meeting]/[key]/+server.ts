import { oparl } from '$lib/server/oparl/http';
import { agendaItem } from '$lib/server/oparl/service';

export const GET = oparl(({ db, urls, params }) => agendaItem(db, urls, params.meeting!, params.key!));
