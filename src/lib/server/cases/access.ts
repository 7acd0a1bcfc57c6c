import { hasRole, type Viewer } from '../auth/access.ts';
import { forbidden } from '../http/problem.ts';

/** Editors write the cases of their own unit; the secretariat and admins every case. */
export function assertMayEditCase(viewer: Viewer, unit: string): void {
	if (!mayEditCase(viewer, unit)) throw forbidden('Du kan kun redigere sager fra din egen enhed.');
}

export function mayEditCase(viewer: Viewer | null, unit: string): boolean {
	if (!viewer) return false;
	if (hasRole(viewer, 'secretariat')) return true;
	return viewer.role === 'editor' && viewer.unit !== '' && viewer.unit === unit;
}
