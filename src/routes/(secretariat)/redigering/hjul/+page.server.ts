import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { requirePageRole } from '$lib/server/http/guard';
import { formAction } from '$lib/server/http/forms';
import { wheelSettings } from '$lib/server/settings/repository';
import { updateLoadThreshold } from '$lib/server/settings/service';
import { version } from '$lib/schemas/calendar';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	return { settings: await wheelSettings(appDb()) };
};

const thresholdSchema = z.object({
	version,
	loadThreshold: z.coerce
		.number({ error: 'Skriv et helt tal' })
		.int({ error: 'Skriv et helt tal' })
		.min(1, { error: 'Grænsen skal være mindst 1' })
		.max(999, { error: 'Grænsen må højst være 999' })
});

export const actions: Actions = {
	threshold: formAction({
		role: 'secretariat',
		form: 'threshold',
		schema: thresholdSchema,
		conflictMessage: 'Grænsen er ændret af en anden siden du åbnede siden – her er den nye',
		run: (tx, input, { viewer }) => updateLoadThreshold(tx, viewer, input),
		done: (saved) => ({ saved: `Et møde med ${saved.loadThreshold} sager eller flere markeres nu i årshjulet.` })
	})
};
