import { error, redirect } from '@sveltejs/kit';
import { hasRole, type Viewer } from '../auth/access.ts';
import type { Role } from '../db/schema.ts';
import { ProblemError } from './problem.ts';

/** For pages and form actions: the login page for the public, 403 for a role too low. */
export function requirePageRole(locals: App.Locals, url: URL, role: Role): Viewer {
	if (!locals.viewer) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!hasRole(locals.viewer, role)) error(403, 'Du har ikke adgang til denne side.');
	return locals.viewer;
}

/** For API endpoints: 401 without credentials, 403 for a role too low, as JSON problems. */
export function requireApiRole(locals: App.Locals, role: Role): Viewer {
	if (!locals.viewer) {
		throw new ProblemError({ type: 'about:blank', title: 'Login påkrævet', status: 401, detail: 'Log ind eller send en API-nøgle (Authorization: Bearer).' });
	}
	if (!hasRole(locals.viewer, role)) {
		throw new ProblemError({ type: 'about:blank', title: 'Ingen adgang', status: 403, detail: `Kræver rollen ${role} eller højere.` });
	}
	return locals.viewer;
}
