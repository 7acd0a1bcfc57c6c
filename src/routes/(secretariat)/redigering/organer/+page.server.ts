import { appDb } from '$lib/server/db/app-db';
import { listBodies } from '$lib/server/bodies/repository';
import { requirePageRole } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'secretariat');
	const bodies = await listBodies(appDb(), { includeInternal: true });
	return {
		bodies: bodies.map((b) => ({
			code: b.code,
			name: b.name,
			kind: b.kind,
			color: b.color,
			public: b.is_public,
			time: `${b.default_start_time.slice(0, 5).replace(':', '.')}, ${b.default_duration_minutes} min.`,
			deadline: `${b.deadline_working_days} arbejdsdage før kl. ${b.deadline_time.slice(0, 5).replace(':', '.')}`
		}))
	};
};
