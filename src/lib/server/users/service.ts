import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import { invalidateUserSessions } from '../auth/session.ts';
import { createUser, findUser, findUserByEmail, setPassword } from './repository.ts';
import { verifyPassword } from '../auth/password.ts';
import type { Db } from '../db/index.ts';
import type { Role, UserRow } from '../db/schema.ts';
import { invalidField, notFound } from '../http/problem.ts';

/** The audit log's picture of an account; never the password hash. */
const userSnapshot = (u: UserRow) => ({ email: u.email, name: u.name, unit: u.unit, role: u.role, disabled: u.disabled_at !== null });

/** An admin creates an account with an initial password the user is told out of band. Run in a transaction. */
export async function createUserAccount(db: Db, viewer: Viewer, input: { email: string; name: string; unit: string; role: Role; password: string }): Promise<UserRow> {
	if (await findUserByEmail(db, input.email)) throw invalidField('email', 'Der findes allerede en bruger med den e-mailadresse');
	const user = await createUser(db, input);
	await recordAudit(db, viewer, { action: 'create', entity: 'app_user', entityId: user.id, summary: `Bruger oprettet: ${user.email}`, after: userSnapshot(user) });
	return user;
}

async function existing(db: Db, id: number): Promise<UserRow> {
	const user = await findUser(db, id);
	if (!user) throw notFound('Brugeren');
	return user;
}

/** An admin cannot lower or disable their own account: the last admin would lock everyone out. */
function notSelf(viewer: Viewer, id: number, field: string) {
	if (viewer.userId === id) throw invalidField(field, 'Du kan ikke ændre din egen rolle eller deaktivere dig selv');
}

export async function changeUserRole(db: Db, viewer: Viewer, id: number, role: Role): Promise<UserRow> {
	notSelf(viewer, id, 'role');
	const before = await existing(db, id);
	const after = await db.updateTable('app_user').set({ role, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'update', entity: 'app_user', entityId: id, summary: `Rolle ændret: ${after.email}`, before: userSnapshot(before), after: userSnapshot(after) });
	return after;
}

/** Disabling ends the user's sessions at once; enabling lets them log in again with their password. */
export async function setUserDisabled(db: Db, viewer: Viewer, id: number, disabled: boolean): Promise<UserRow> {
	notSelf(viewer, id, 'disabled');
	const before = await existing(db, id);
	const after = await db
		.updateTable('app_user')
		.set({ disabled_at: disabled ? (before.disabled_at ?? new Date()) : null, updated_at: new Date() })
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirstOrThrow();
	if (disabled) await invalidateUserSessions(db, id);
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'app_user',
		entityId: id,
		summary: `${disabled ? 'Bruger deaktiveret' : 'Bruger genaktiveret'}: ${after.email}`,
		before: userSnapshot(before),
		after: userSnapshot(after)
	});
	return after;
}

/** A user changes their own password; every other session ends, a thief's included. Run in a transaction. */
export async function changeOwnPassword(db: Db, viewer: Viewer & { userId: number }, input: { current: string; next: string }): Promise<void> {
	const user = await findUser(db, viewer.userId);
	if (!user || user.password_hash === null || !(await verifyPassword(user.password_hash, input.current))) throw invalidField('current', 'Den nuværende adgangskode er forkert');
	await setPassword(db, viewer.userId, input.next);
	await invalidateUserSessions(db, viewer.userId, viewer.sessionId ?? undefined);
}
