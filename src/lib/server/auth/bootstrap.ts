import type { Db } from '../db/index.ts';
import type { Role } from '../db/schema.ts';
import { MIN_PASSWORD_LENGTH } from '../../schemas/auth.ts';
import { countUsers, createUser } from '../users/repository.ts';

/** On a start with no users, the first admin comes from ADMIN_EMAIL and ADMIN_PASSWORD; never a default password. */
export async function ensureFirstAdmin(db: Db, env: Record<string, string | undefined>): Promise<string | null> {
	const email = env.ADMIN_EMAIL?.trim();
	const password = env.ADMIN_PASSWORD;
	if (!email || !password || (await countUsers(db)) > 0) return null;
	if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`ADMIN_PASSWORD skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`);
	await createUser(db, { email, name: env.ADMIN_NAME?.trim() || 'Administrator', role: 'admin', password });
	return email;
}

/** Demo accounts, one per role, created only together with the demo data (README says how to log in). */
export const DEMO_PASSWORD = 'aarshjul-demo';
export const DEMO_USERS: { email: string; name: string; unit: string; role: Role }[] = [
	{ email: 'admin@demo.aarshjul.dk', name: 'Anne Admin', unit: 'Borgerservice, IT og Digitalisering', role: 'admin' },
	{ email: 'sekretariat@demo.aarshjul.dk', name: 'Sofie Sekretariat', unit: 'Ledelsessekretariatet', role: 'secretariat' },
	{ email: 'redaktoer@demo.aarshjul.dk', name: 'Rasmus Redaktør', unit: 'HR og Personale', role: 'editor' },
	{ email: 'laeser@demo.aarshjul.dk', name: 'Lene Læser', unit: 'Teknik og Miljø', role: 'reader' }
];

export async function createDemoUsers(db: Db): Promise<void> {
	for (const u of DEMO_USERS) await createUser(db, { ...u, password: DEMO_PASSWORD, isDemo: true });
}
