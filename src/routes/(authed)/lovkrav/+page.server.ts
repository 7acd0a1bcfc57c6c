import { appDb } from '$lib/server/db/app-db';
import { canSeeInternal } from '$lib/server/auth/access';
import { legalChecksForYear } from '$lib/server/cases/legal';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'reader');
	const year = yearParam(url);
	return { year, ...(await legalChecksForYear(appDb(), year, canSeeInternal(locals.viewer))) };
};
