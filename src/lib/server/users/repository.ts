import type { Db } from '../db/index.ts';
import type { Role, UserRow } from '../db/schema.ts';
import { hashPassword } from '../auth/password.ts';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
	return db.selectFrom('app_user').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export function findUser(db: Db, id: number): Promise<UserRow | undefined> {
	return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function createUser(
	db: Db,
	u: { email: string; name: string; unit?: string; role: Role; password: string; isDemo?: boolean }
): Promise<UserRow> {
	return db
		.insertInto('app_user')
		.values({
			email: normaliseEmail(u.email),
			name: u.name.trim(),
			unit: u.unit?.trim() ?? '',
			role: u.role,
			password_hash: await hashPassword(u.password),
			is_demo: u.isDemo ?? false
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function setPassword(db: Db, userId: number, password: string): Promise<void> {
	await db.updateTable('app_user').set({ password_hash: await hashPassword(password), updated_at: new Date() }).where('id', '=', userId).execute();
}

export async function countUsers(db: Db): Promise<number> {
	const { n } = await db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(n);
}

export function listUsers(db: Db) {
	return db.selectFrom('app_user').select(['id', 'email', 'name', 'unit', 'role', 'disabled_at', 'created_at']).orderBy('name').execute();
}
