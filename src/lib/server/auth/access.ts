import type { Kysely } from 'kysely';
import { ROLES, type Role } from '../../domain/roles.ts';
import { memoByData, type MemoGroup } from '../db/fingerprint.ts';
import type { DB } from '../db/schema.ts';

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

/**
 * The visibility rule, written once: internal bodies, internal events and closed (lukket)
 * content exist only for signed-in staff (any role). The public sees public bodies, public
 * events and open content. Repositories apply it when they read; nothing else re-implements it.
 */
export const canSeeInternal = (viewer: Viewer | null) => hasRole(viewer, 'reader');
export const maySeeEvent = (viewer: Viewer | null, event: { is_public: boolean }) => event.is_public || canSeeInternal(viewer);
export const maySeeContent = (viewer: Viewer | null, content: { is_closed: boolean }) => !content.is_closed || canSeeInternal(viewer);
/** A case's stage at an internal body keeps its place in the path, but only staff learn the body and its meeting. */
export const maySeeStage = (viewer: Viewer | null, stage: { body_is_public: boolean }) => stage.body_is_public || canSeeInternal(viewer);
/**
 * `compute()` once per change of the data for each side of the visibility rule: what a viewer is
 * shown depends on the data and on whether they may see internal content, nothing else about
 * them, so it is built once and shared by every viewer on the same side (memoByData).
 */
export const memoForViewer = <T>(db: Kysely<DB>, viewer: Viewer | null, key: string, compute: () => Promise<T>, group?: MemoGroup): Promise<T> =>
	memoByData(db, `${key}|${canSeeInternal(viewer) ? 'internal' : 'public'}`, compute, group);

/** Bodies, meeting plans, meetings, events, closures. */
export const canEditCalendar = (viewer: Viewer | null) => hasRole(viewer, 'secretariat');

/** How the audit log names the actor. */
export const actorName = (viewer: Viewer) =>
	viewer.tokenId !== null ? `API-nøgle: ${viewer.name}` : viewer.email ? `${viewer.name} <${viewer.email}>` : viewer.name;
