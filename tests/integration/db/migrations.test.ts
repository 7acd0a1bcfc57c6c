import { sql } from 'kysely';
import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { folderProvider, migrationsFolder } from '../../../src/lib/server/db/migrate.ts';
import { dialects, freshDb, tableNames, type TestDb } from './context.ts';

describe.each(dialects)('migrations on %s', (dialect) => {
	let t: TestDb;
	afterEach(() => t.destroy());

	it('creates the calendar, account and case tables', async () => {
		t = await freshDb(dialect);
		expect(await tableNames(t.db)).toEqual(['api_token', 'app_user', 'audit_log', 'body', 'budget_deadline', 'case_file', 'case_stage', 'closure', 'cycle_briefing', 'event', 'feed_data_version', 'feed_fetch', 'feed_published', 'feed_state', 'feed_subscription', 'fixed_item', 'login_limit', 'meeting', 'meeting_plan', 'path_template', 'path_template_stage', 'session', 'sso_role_rule', 'sso_setting', 'wheel_setting']);
	});

	it('migrates down to nothing and up again', async () => {
		t = await freshDb(dialect);
		const migrator = new Migrator({ db: t.db, provider: folderProvider(migrationsFolder()) });
		const files = Object.keys(await folderProvider(migrationsFolder()).getMigrations());
		const down = await migrator.migrateTo(NO_MIGRATIONS);
		expect(down.error).toBeUndefined();
		expect(await tableNames(t.db)).toEqual([]);
		const up = await migrator.migrateToLatest();
		expect(up.results?.map((r) => r.status)).toEqual(files.map(() => 'Success'));
		const { rows } = await sql<{ n: number }>`select count(*)::int as n from body`.execute(t.db);
		expect(rows[0]!.n).toBe(0);
	});
});
