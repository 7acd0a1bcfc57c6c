import { canSeeInternal } from '$lib/server/auth/access';
import { appDb } from '$lib/server/db/app-db';
import { listBodies } from '$lib/server/bodies/repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const bodies = await listBodies(appDb(), { includeInternal: canSeeInternal(locals.viewer) });
	return { bodies: bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name, kind: b.kind, color: b.color })) };
};
