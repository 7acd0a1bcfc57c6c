import { appDb } from '$lib/server/db/app-db';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const bodies = await listVisibleBodies(appDb(), locals.viewer);
	return { bodies: bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name, kind: b.kind, color: b.color })) };
};
