import type { Db } from '../db/index.ts';
import type { MappedRole, Role, UserRow } from '../db/schema.ts';
import type { SsoMapping } from './mapping.ts';

/** The admin's mapping: the one settings row and its rules, sorted by claim value. */
export async function loadMapping(db: Db): Promise<SsoMapping & { version: number; ruleIds: number[] }> {
	const [s, rules] = await Promise.all([
		db.selectFrom('sso_setting').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
		db.selectFrom('sso_role_rule').select(['id', 'claim_value', 'role']).orderBy('claim_value').execute()
	]);
	return {
		roleClaim: s.role_claim,
		unitClaim: s.unit_claim,
		defaultRole: s.default_role,
		version: s.version,
		rules: rules.map((r) => ({ claimValue: r.claim_value, role: r.role })),
		ruleIds: rules.map((r) => r.id)
	};
}

export async function updateSettings(db: Db, s: { roleClaim: string; unitClaim: string; defaultRole: MappedRole; version: number }): Promise<boolean> {
	const r = await db
		.updateTable('sso_setting')
		.set((eb) => ({ role_claim: s.roleClaim, unit_claim: s.unitClaim, default_role: s.defaultRole, version: eb(eb.ref('version'), '+', 1) }))
		.where('id', '=', 1)
		.where('version', '=', s.version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export function findRuleByValue(db: Db, claimValue: string) {
	return db.selectFrom('sso_role_rule').select(['id', 'claim_value', 'role']).where('claim_value', '=', claimValue).executeTakeFirst();
}

export function insertRule(db: Db, claimValue: string, role: MappedRole) {
	return db.insertInto('sso_role_rule').values({ claim_value: claimValue, role }).returning(['id', 'claim_value', 'role']).executeTakeFirstOrThrow();
}

export function deleteRule(db: Db, id: number) {
	return db.deleteFrom('sso_role_rule').where('id', '=', id).returning(['id', 'claim_value', 'role']).executeTakeFirst();
}

export function findUserByIdentity(db: Db, issuer: string, subject: string): Promise<UserRow | undefined> {
	return db.selectFrom('app_user').selectAll().where('oidc_issuer', '=', issuer).where('oidc_subject', '=', subject).executeTakeFirst();
}

export function findUserIdByEmail(db: Db, email: string) {
	return db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst();
}

export function insertSsoUser(db: Db, u: { issuer: string; subject: string; email: string; name: string; unit: string; role: Role }): Promise<UserRow> {
	return db
		.insertInto('app_user')
		.values({ email: u.email, name: u.name, unit: u.unit, role: u.role, password_hash: null, oidc_issuer: u.issuer, oidc_subject: u.subject })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export function updateSsoUser(db: Db, id: number, u: { email: string; name: string; unit: string; role: Role }): Promise<UserRow> {
	return db.updateTable('app_user').set({ ...u, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
