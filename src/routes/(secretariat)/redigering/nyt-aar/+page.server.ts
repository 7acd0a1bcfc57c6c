import { redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/db/app-db';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { yearParam } from '$lib/server/http/page';
import { ProblemError } from '$lib/server/http/problem';
import { acceptRollover, rolloverPreview } from '$lib/server/plans/rollover';
import { rolloverSchema } from '$lib/schemas/calendar';
import type { Actions, PageServerLoad } from './$types';

/** Next year started from this year's plans: the preview as the page, one button to accept it. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const from = yearParam(url);
	try {
		return { from, preview: await rolloverPreview(appDb(), viewer, from, Temporal.Now.instant()), refused: null };
	} catch (e) {
		// A year without plans is said on the page, with the way to another year.
		if (e instanceof ProblemError && e.problem.status === 400) return { from, preview: null, refused: e.problem['invalid-params']?.[0]?.reason ?? e.problem.detail ?? '' };
		throw e;
	}
};

export const actions: Actions = {
	accept: formAction({
		role: 'secretariat',
		form: 'accept',
		schema: rolloverSchema,
		run: (tx, input, { viewer }) => acceptRollover(tx, viewer, input.from, Temporal.Now.instant()),
		done: (result) => redirect(303, `/sager/${result.approvalCase.id}?startet=${result.to}`)
	})
};
