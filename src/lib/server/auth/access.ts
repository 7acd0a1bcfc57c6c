import { ROLES, type Role } from '../../domain/roles.ts';

/**
 * Who is asking: a signed-in user (session cookie), an integration (API token), or nobody
 * (the public). Roles are ordered: each includes the rights of those below it.
 */
export interface Viewer {
	role: Role;
	name: string;
	unit: string;
	userId: number | null;
	email: string | null;
	sessionId: string | null;
	tokenId: number | null;
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, secretariat: 3, admin: 4 };

export const ROLE_LABEL: Record<Role, string> = { admin: 'Administrator', secretariat: 'Sekretariat', editor: 'Redaktør', reader: 'Læser' };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
	return viewer !== null && RANK[viewer.role] >= RANK[role];
}

/** The roles with at least the rights of `role`, lowest first. */
export const rolesAtLeast = (role: Role): Role[] => ROLES.filter((r) => RANK[r] >= RANK[role]).reverse();

/** Internal bodies, internal events and closed content: any signed-in role. */
export const canSeeInternal = (viewer: Viewer | null) => hasRole(viewer, 'reader');
/** Bodies, meeting plans, meetings, events, closures. */
export const canEditCalendar = (viewer: Viewer | null) => hasRole(viewer, 'secretariat');
export const isAdmin = (viewer: Viewer | null) => hasRole(viewer, 'admin');

/** How the audit log names the actor. */
export const actorName = (viewer: Viewer) =>
	viewer.tokenId !== null ? `API-nøgle: ${viewer.name}` : viewer.email ? `${viewer.name} <${viewer.email}>` : viewer.name;
