import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { appDb } from '$lib/server/db/app-db';
import { memoByData } from '$lib/server/db/fingerprint';
import { publicWheel } from '$lib/server/embed/source';
import { zoomParam } from '$lib/wheel/view';
import { embedParams } from '../params';
import type { PageServerLoad } from './$types';

// Each embedded view holds its laid-out wheel and markup: a few dozen are kept (db/fingerprint.ts).
const EMBED_PAGES = { name: 'embed-wheel', entries: 24 };

/**
 * The public wheel for another site: `?organ=KB&year=2026&start=9&zoom=q2`. The same for every
 * visitor: built once per change of the data (and of the day) for each view, and the page lays
 * it out once per data object (wheel/draw.ts).
 */
export const load: PageServerLoad = async ({ url }) => {
	const q = embedParams(url);
	const today = Temporal.Now.plainDateISO(ZONE).toString();
	const key = JSON.stringify([today, q.year, q.startMonth, zoomParam(q.zoom), q.bodies ? [...q.bodies].sort() : null]);
	return memoByData(
		appDb(),
		key,
		async () => {
			const { bodies, ...wheel } = await publicWheel(appDb(), q);
			return { year: q.year, startMonth: q.startMonth, zoom: zoomParam(q.zoom), bodies, wheel: { zoomKind: q.zoom.kind, today, ...wheel } };
		},
		EMBED_PAGES
	);
};
