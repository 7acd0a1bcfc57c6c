import { appDb } from '$lib/server/db/app-db';
import { legalChecksForYear } from '$lib/server/cases/legal';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'reader');
	const year = yearParam(url);
	return { year, ...(await legalChecksForYear(appDb(), viewer, year)) };
};
