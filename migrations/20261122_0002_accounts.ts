import { sql, type Kysely } from 'kysely';

/**
 * Accounts and sessions (Lucia's session design: a random id and a secret whose SHA-256 is
 * stored), API tokens for integrations, the audit log, and soft deletion where history matters.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('app_user')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(btrim(email)) and email ~ '^[^@\\s]+@[^@\\s]+$' and length(email) <= 254`))
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'secretariat', 'editor', 'reader')`))
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('disabled_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('app_user_email_key').on('app_user').column('email').unique().execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('secret_hash', 'bytea', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_verified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

	await db.schema
		.createTable('api_token')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) between 1 and 200`))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'secretariat', 'editor', 'reader')`))
		.addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
		.addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_used_at', 'timestamptz')
		.addColumn('revoked_at', 'timestamptz')
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'bigserial', (c) => c.primaryKey())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('actor', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'move', 'cancel', 'restore', 'delete', 'accept-plan', 'revoke')`))
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('before', 'jsonb')
		.addColumn('after', 'jsonb')
		.execute();
	await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id', 'at']).execute();
	await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

	for (const table of ['meeting', 'event', 'closure']) {
		await db.schema.alterTable(table).addColumn('deleted_at', 'timestamptz').execute();
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['meeting', 'event', 'closure']) {
		await db.schema.alterTable(table).dropColumn('deleted_at').execute();
	}
	for (const table of ['audit_log', 'api_token', 'session', 'app_user']) {
		await db.schema.dropTable(table).execute();
	}
}
