import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { listBodies } from '$lib/server/bodies/repository';
import { ZONE } from '$lib/domain/zone';
import { isoDate } from '$lib/schemas/query';
import { parseWheelView } from '$lib/wheel/view';
import { canEditCalendar, canSeeInternal } from '$lib/server/auth/access';
import type { PageServerLoad } from './$types';

const VIEWS = new Set(['dayGridMonth', 'timeGridWeek', 'listMonth', 'multiMonthYear']);

/** The calendar's frame: bodies for colours and filters; the events come from the API by range. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const view = parseWheelView(url.searchParams);
	const date = isoDate.safeParse(url.searchParams.get('date'));
	const requestedView = url.searchParams.get('view') ?? '';
	const bodies = await listBodies(appDb(), { includeInternal: canSeeInternal(locals.viewer) });
	return {
		date: (date.success ? date.data : Temporal.Now.plainDateISO(ZONE)).toString(),
		view: VIEWS.has(requestedView) ? requestedView : 'dayGridMonth',
		canMove: canEditCalendar(locals.viewer),
		bodies: bodies.map((b) => ({ code: b.code, name: b.name, color: b.color })),
		filters: {
			bodies: view.bodies ? [...view.bodies] : null,
			categories: view.categories ? [...view.categories] : null
		}
	};
};
