import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { auditHistory } from '../../../src/lib/server/audit/repository.ts';
import { listVisibleCases } from '../../../src/lib/server/cases/repository.ts';
import { updateCase } from '../../../src/lib/server/cases/service.ts';
import { ConflictError } from '../../../src/lib/server/http/problem.ts';
import { wheelSettings } from '../../../src/lib/server/settings/repository.ts';
import { updateLoadThreshold } from '../../../src/lib/server/settings/service.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const staff: Viewer = { role: 'secretariat', name: 'Sekretariatet', unit: '', userId: null, email: null, sessionId: null, tokenId: null };
const now = Temporal.Instant.from('2026-11-22T09:00:00Z');

describe.each(dialects)('key cases and the load threshold on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	it('the demo budget is the one key case; marking another is audited and leaves it open', async () => {
		const all = await listVisibleCases(t.db, staff, {});
		expect(all.filter((c) => c.is_key_case).map((c) => c.title)).toEqual(['Budget 2028–2031']);
		const closed = all.find((c) => c.title === 'Program for KB-seminar 2024')!;
		const saved = await updateCase(t.db, staff, closed.id, { version: closed.version, keyCase: true }, now);
		expect([saved.is_key_case, saved.is_closed]).toEqual([true, true]);
		const [row] = await auditHistory(t.db, 'case', closed.id);
		expect([row?.action, (row?.before as { keyCase: boolean }).keyCase, (row?.after as { keyCase: boolean }).keyCase]).toEqual(['update', false, true]);
	});

	it('the threshold starts at 8, changes with an audit row, refuses a stale version and a value the database forbids', async () => {
		expect(await wheelSettings(t.db)).toEqual({ loadThreshold: 8, version: 1 });
		expect(await updateLoadThreshold(t.db, staff, { loadThreshold: 3, version: 1 })).toEqual({ loadThreshold: 3, version: 2 });
		const [row] = await auditHistory(t.db, 'wheel_setting', 1);
		expect([row?.summary, row?.before, row?.after]).toEqual(['Mange sager på et møde fra 3', { loadThreshold: 8 }, { loadThreshold: 3 }]);
		await expect(updateLoadThreshold(t.db, staff, { loadThreshold: 5, version: 1 })).rejects.toBeInstanceOf(ConflictError);
		await expect(t.db.updateTable('wheel_setting').set({ load_threshold: 0 }).execute()).rejects.toThrow();
		expect(await wheelSettings(t.db)).toEqual({ loadThreshold: 3, version: 2 });
	});
});
