import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { legalChecksForYear } from '$lib/server/cases/legal';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import { textDate } from '$lib/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'reader');
	const year = yearParam(url);
	const checks = await legalChecksForYear(appDb(), viewer, year);
	// Written in the sentence the Danish way: "15. oktober 2026".
	return { year, ...checks, budgetDeadline: textDate(Temporal.PlainDate.from(checks.budgetDeadline)) };
};
