import { appDb } from '$lib/server/db/app-db';
import { embedOrigins } from '$lib/server/embed/origins';
import { publicBodies } from '$lib/server/embed/source';
import { requirePageRole } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

/** The snippet builder: the public bodies to choose from and the sites allowed to frame the embeds. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	const bodies = await publicBodies(appDb());
	const { origins, rejected } = embedOrigins();
	return {
		origin: url.origin,
		bodies: bodies.map((b) => ({ code: b.code, slug: b.slug, name: b.name })),
		allowedOrigins: origins,
		rejectedOrigins: rejected
	};
};
