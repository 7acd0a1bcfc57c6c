import { requirePageRole } from '$lib/server/http/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	return {};
};
