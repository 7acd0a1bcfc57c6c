import { appDb } from '$lib/server/app-db';
import { canSeeInternal } from '$lib/server/auth/access';
import { legalChecksForYear } from '$lib/server/cases/legal';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'reader');
	const year = yearParam(url);
	return { year, ...(await legalChecksForYear(appDb(), year, canSeeInternal(locals.viewer))) };
};
