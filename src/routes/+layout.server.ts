import type { LayoutServerLoad } from './$types';

/** Only what the header needs: never the session id. */
export const load: LayoutServerLoad = ({ locals }) => ({
	viewer: locals.viewer && locals.viewer.userId !== null ? { name: locals.viewer.name, role: locals.viewer.role } : null
});
