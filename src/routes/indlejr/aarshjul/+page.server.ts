import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { appDb } from '$lib/server/db/app-db';
import { publicWheel } from '$lib/server/embed/source';
import { zoomParam } from '$lib/wheel/view';
import { embedParams } from '../params';
import type { PageServerLoad } from './$types';

/** The public wheel for another site: `?organ=KB&year=2026&start=9&zoom=q2`. */
export const load: PageServerLoad = async ({ url }) => {
	const q = embedParams(url);
	return {
		year: q.year,
		startMonth: q.startMonth,
		zoom: zoomParam(q.zoom),
		zoomKind: q.zoom.kind,
		today: Temporal.Now.plainDateISO(ZONE).toString(),
		...(await publicWheel(appDb(), q))
	};
};
