import { sql, type Kysely } from 'kysely';

/**
 * Single sign-on (OpenID Connect): a user may be known by the provider's issuer and subject
 * instead of a password; the admin's mapping from claims to role and unit; sign-ins in the
 * audit log. A role rule names 'none' where the mapping denies access.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('app_user').alterColumn('password_hash', (c) => c.dropNotNull()).execute();
	await db.schema.alterTable('app_user').addColumn('oidc_issuer', 'text').execute();
	await db.schema.alterTable('app_user').addColumn('oidc_subject', 'text').execute();
	await db.schema
		.alterTable('app_user')
		.addCheckConstraint('app_user_identity', sql`(oidc_issuer is null) = (oidc_subject is null) and (password_hash is not null or oidc_subject is not null)`)
		.execute();
	await db.schema.createIndex('app_user_oidc_key').on('app_user').columns(['oidc_issuer', 'oidc_subject']).unique().execute();

	await db.schema
		.createTable('sso_setting')
		.addColumn('id', 'integer', (c) => c.primaryKey().defaultTo(1).check(sql`id = 1`))
		.addColumn('role_claim', 'text', (c) => c.notNull().defaultTo('groups').check(sql`role_claim ~ '^[A-Za-z0-9_.:/-]{1,100}$'`))
		.addColumn('unit_claim', 'text', (c) => c.notNull().defaultTo('').check(sql`unit_claim ~ '^[A-Za-z0-9_.:/-]{0,100}$'`))
		.addColumn('default_role', 'text', (c) => c.notNull().defaultTo('reader').check(sql`default_role in ('admin', 'secretariat', 'editor', 'reader', 'none')`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.insertInto('sso_setting').values({ id: 1 }).execute();

	await db.schema
		.createTable('sso_role_rule')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('claim_value', 'text', (c) => c.notNull().unique().check(sql`length(btrim(claim_value)) between 1 and 200`))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'secretariat', 'editor', 'reader', 'none')`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema.alterTable('audit_log').dropConstraint('audit_log_action_check').execute();
	await db.schema
		.alterTable('audit_log')
		.addCheckConstraint(
			'audit_log_action_check',
			sql`action in ('create', 'update', 'move', 'cancel', 'restore', 'delete', 'accept-plan', 'revoke', 'sign-in', 'sign-in-refused', 'import')`
		)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('audit_log').where('action', 'in', ['sign-in', 'sign-in-refused', 'import']).execute();
	await db.schema.alterTable('audit_log').dropConstraint('audit_log_action_check').execute();
	await db.schema
		.alterTable('audit_log')
		.addCheckConstraint('audit_log_action_check', sql`action in ('create', 'update', 'move', 'cancel', 'restore', 'delete', 'accept-plan', 'revoke')`)
		.execute();
	await db.schema.dropTable('sso_role_rule').execute();
	await db.schema.dropTable('sso_setting').execute();
	await db.deleteFrom('app_user').where('password_hash', 'is', null).execute();
	await db.schema.dropIndex('app_user_oidc_key').execute();
	await db.schema.alterTable('app_user').dropConstraint('app_user_identity').execute();
	await db.schema.alterTable('app_user').dropColumn('oidc_subject').execute();
	await db.schema.alterTable('app_user').dropColumn('oidc_issuer').execute();
	await db.schema.alterTable('app_user').alterColumn('password_hash', (c) => c.setNotNull()).execute();
}
