import { appDb } from '$lib/server/db/app-db';
import { listVisibleTemplates } from '$lib/server/cases/repository';
import { requirePageRole } from '$lib/server/http/guard';
import { templatePathText } from '$lib/server/cases/serialize';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const templates = await listVisibleTemplates(appDb(), viewer);
	return {
		templates: templates.map((t) => ({
			id: t.id,
			name: t.name,
			description: t.description,
			path: templatePathText(t)
		}))
	};
};
