import { canSeeInternal } from '$lib/server/auth/access';
import { error } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { meetingsWithCycles } from '$lib/server/meetings/repository';
import { findBody } from '$lib/server/bodies/repository';
import { toInstant } from '$lib/server/db/temporal';
import { yearParam } from '$lib/server/http/page';
import { ZONE } from '$lib/domain/zone';
import { clock, longDate } from '$lib/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const year = yearParam(url);
	const db = appDb();
	const body = await findBody(db, { slug: params.slug }, { includeInternal: canSeeInternal(locals.viewer) });
	if (!body) error(404, 'Organet findes ikke');
	const meetings = await meetingsWithCycles(db, {
		from: Temporal.PlainDate.from({ year, month: 1, day: 1 }),
		to: Temporal.PlainDate.from({ year, month: 12, day: 31 }),
		bodyIds: [body.id],
		includeInternal: canSeeInternal(locals.viewer)
	});
	return {
		year,
		body: { code: body.code, name: body.name, color: body.color, location: body.default_location, deadlineDays: body.deadline_working_days },
		meetings: meetings.map((m) => {
			const start = toInstant(m.starts_at).toZonedDateTimeISO(ZONE);
			const end = toInstant(m.ends_at).toZonedDateTimeISO(ZONE);
			return {
				id: m.id,
				week: start.weekOfYear,
				date: longDate(start.toPlainDate()),
				time: `${clock(start)}–${clock(end)}`,
				location: m.location,
				status: m.status,
				note: m.note,
				rul: m.cycle?.name ?? null
			};
		})
	};
};
