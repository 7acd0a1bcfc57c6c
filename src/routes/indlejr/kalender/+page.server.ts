import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import { isoDate } from '$lib/schemas/query';
import { appDb } from '$lib/server/db/app-db';
import { publicBodies } from '$lib/server/embed/source';
import { embedParams } from '../params';
import type { PageServerLoad } from './$types';

const VIEWS = new Set(['dayGridMonth', 'timeGridWeek', 'listMonth', 'multiMonthYear']);

/**
 * The public calendar for another site: `?organ=KB&year=2026` or `?date=2026-03-01&view=dayGridMonth`.
 * The list is the default: it reads well in a narrow frame and passes the accessibility checks
 * that FullCalendar's month grid does not (its day cells' names leave out their text).
 */
export const load: PageServerLoad = async ({ url }) => {
	const q = embedParams(url);
	const date = isoDate.safeParse(url.searchParams.get('date'));
	const today = Temporal.Now.plainDateISO(ZONE);
	const start = date.success ? date.data : url.searchParams.has('year') && q.year !== today.year ? Temporal.PlainDate.from({ year: q.year, month: 1, day: 1 }) : today;
	const view = url.searchParams.get('view') ?? '';
	const bodies = await publicBodies(appDb());
	return {
		date: start.toString(),
		view: VIEWS.has(view) ? view : 'listMonth',
		bodies: bodies.map((b) => ({ code: b.code, name: b.name, color: b.color })),
		selected: q.bodies ? [...q.bodies] : null
	};
};
