import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZONE } from '../../../src/lib/domain/zone.ts';
import type { PlanSpec } from '../../../src/lib/domain/meeting-plan.ts';
import { loadWorkingCalendar } from '../../../src/lib/server/closures/repository.ts';
import { insertBody } from '../../../src/lib/server/bodies/repository.ts';
import type { BodyRow } from '../../../src/lib/server/db/schema.ts';
import { toInstant } from '../../../src/lib/server/db/temporal.ts';
import { acceptPlan, previewPlan } from '../../../src/lib/server/plans/repository.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const spec = (time: string): PlanSpec => ({
	rule: { kind: 'monthly', weekday: 2, nth: 4 },
	startTime: Temporal.PlainTime.from(time),
	durationMinutes: 240,
	excludeMonths: [7]
});

describe.each(dialects)('meeting plans on %s', (dialect) => {
	let t: TestDb;
	let kb: BodyRow;
	beforeAll(async () => {
		t = await freshDb(dialect);
		kb = await insertBody(t.db, {
			code: 'KB', slug: 'kb', name: 'Kommunalbestyrelsen', kind: 'council', color: '#8c2d19', is_public: true,
			default_start_time: '17:00', default_duration_minutes: 240, deadline_working_days: 6, deadline_time: '12:00'
		});
	});
	afterAll(() => t.destroy());

	const meetings = () =>
		t.db.selectFrom('meeting').select(['id', 'plan_key', 'starts_at', 'status', 'changed_by_hand', 'sequence']).orderBy('plan_key').execute();
	const local = (d: Date) => toInstant(d).toZonedDateTimeISO(ZONE).toPlainDateTime().toString({ smallestUnit: 'minute' });

	it('previews without saving, then accepts a year skipping July and Christmas Eve', async () => {
		const cal = await loadWorkingCalendar(t.db);
		const preview = await previewPlan(t.db, cal, kb, 2024, spec('17:00'));
		expect(preview.merge.create).toHaveLength(10);
		expect(preview.skipped.map((s) => [s.key, s.reason])).toEqual([
			['2024-07-23', 'Juli er undtaget'],
			['2024-12-24', 'Juleaftensdag']
		]);
		expect(await meetings()).toEqual([]);
		await t.db.transaction().execute((tx) => acceptPlan(tx, cal, kb, 2024, spec('17:00')));
		const saved = await meetings();
		expect(saved.map((m) => local(m.starts_at))).toEqual([
			'2024-01-23T17:00', '2024-02-27T17:00', '2024-03-26T17:00', '2024-04-23T17:00', '2024-05-28T17:00',
			'2024-06-25T17:00', '2024-08-27T17:00', '2024-09-24T17:00', '2024-10-22T17:00', '2024-11-26T17:00'
		]);
	});

	it('regenerating keeps meetings moved or cancelled by hand and updates the rest', async () => {
		const cal = await loadWorkingCalendar(t.db);
		const [jan, feb] = await meetings();
		await t.db.updateTable('meeting').set({ starts_at: new Date('2024-01-24T16:00:00Z'), ends_at: new Date('2024-01-24T20:00:00Z'), changed_by_hand: true }).where('id', '=', jan!.id).execute();
		await t.db.updateTable('meeting').set({ status: 'cancelled', changed_by_hand: true }).where('id', '=', feb!.id).execute();

		const result = await t.db.transaction().execute((tx) => acceptPlan(tx, cal, kb, 2024, spec('16:30')));
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect([...result.merge.keep].sort(byId)).toEqual(
			[
				{ id: jan!.id, reason: 'changed-by-hand' },
				{ id: feb!.id, reason: 'changed-by-hand' }
			].sort(byId)
		);
		const after = await meetings();
		expect(after.map((m) => [local(m.starts_at), m.status, m.sequence])).toEqual([
			['2024-01-24T17:00', 'planned', 0],
			['2024-02-27T17:00', 'cancelled', 0],
			...['03-26', '04-23', '05-28', '06-25', '08-27', '09-24', '10-22', '11-26'].map((md) => [`2024-${md}T16:30`, 'planned', 1])
		]);
		expect(after.map((m) => m.id)).toEqual((await meetings()).map((m) => m.id));
	});
});
