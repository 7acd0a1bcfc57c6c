import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { createBody, updateBody } from '../../../src/lib/server/bodies/service.ts';
import { createClosure, deleteClosure } from '../../../src/lib/server/closures/service.ts';
import { createEvent, deleteEvent, updateEvent } from '../../../src/lib/server/events/service.ts';
import { createMeeting, deleteMeeting, updateMeeting } from '../../../src/lib/server/meetings/service.ts';
import { acceptBodyPlan } from '../../../src/lib/server/plans/service.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const d = Temporal.PlainDate.from;
const t_ = Temporal.PlainTime.from;
const sofie: Viewer = { role: 'secretariat', name: 'Sofie', unit: 'Sekretariatet', userId: null, email: 'sofie@kommune.dk', sessionId: null, tokenId: null };

describe.each(dialects)('every kind of write is audited, in its own transaction, on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
	});
	afterAll(() => t.destroy());

	const log = () => t.db.selectFrom('audit_log').select(['actor', 'action', 'entity', 'summary']).orderBy('id').execute();

	it('records who did what to which kind of record, before and after', async () => {
		const body = { code: 'BU', slug: 'budgetudvalget', name: 'Budgetudvalget', kind: 'standing-committee' as const, color: '#123456', public: true, defaultStart: t_('15:00'), defaultMinutes: 120, defaultLocation: 'Rådhuset', deadlineDays: 5, deadlineTime: t_('12:00') };
		await t.db.transaction().execute((tx) => createBody(tx, sofie, body));
		await t.db.transaction().execute((tx) => updateBody(tx, sofie, 'BU', { ...body, name: 'Budget- og planudvalget', version: 1 }));
		const m = await t.db.transaction().execute((tx) => createMeeting(tx, sofie, { body: 'BU', date: d('2027-03-02'), start: t_('15:00'), end: t_('17:00') }));
		await t.db.transaction().execute((tx) => updateMeeting(tx, sofie, m.id, { version: 1, date: d('2027-03-03'), start: t_('15:00'), end: t_('17:00') }));
		await t.db.transaction().execute((tx) => updateMeeting(tx, sofie, m.id, { version: 2, status: 'cancelled' }));
		await t.db.transaction().execute((tx) => updateMeeting(tx, sofie, m.id, { version: 3, status: 'planned' }));
		await t.db.transaction().execute((tx) => deleteMeeting(tx, sofie, m.id, 4));
		const e = await t.db.transaction().execute((tx) => createEvent(tx, sofie, { title: 'Temadag', category: 'seminar', public: true, when: { allDay: true, startDate: d('2027-04-01'), endDate: d('2027-04-01') } }));
		await t.db.transaction().execute((tx) => updateEvent(tx, sofie, e.id, { title: 'Temadag om klima', category: 'seminar', public: true, when: { allDay: true, startDate: d('2027-04-01'), endDate: d('2027-04-02') }, version: 1 }));
		await t.db.transaction().execute((tx) => deleteEvent(tx, sofie, e.id, 2));
		const c = await t.db.transaction().execute((tx) => createClosure(tx, sofie, { name: 'Sommerferie', from: d('2027-07-05'), to: d('2027-07-30') }));
		await t.db.transaction().execute((tx) => deleteClosure(tx, sofie, c.id));
		await t.db.transaction().execute((tx) => acceptBodyPlan(tx, sofie, 'BU', 2027, { rule: { kind: 'monthly', weekday: 2, nth: 1 }, startTime: t_('15:00'), durationMinutes: 120, excludeMonths: [7] }));

		expect((await log()).map((r) => [r.actor, r.action, r.entity, r.summary])).toEqual([
			['Sofie <sofie@kommune.dk>', 'create', 'body', 'Organ oprettet: Budgetudvalget'],
			['Sofie <sofie@kommune.dk>', 'update', 'body', 'Organ ændret: Budget- og planudvalget'],
			['Sofie <sofie@kommune.dk>', 'create', 'meeting', 'Møde oprettet (BU)'],
			['Sofie <sofie@kommune.dk>', 'move', 'meeting', 'Møde flyttet'],
			['Sofie <sofie@kommune.dk>', 'cancel', 'meeting', 'Møde aflyst'],
			['Sofie <sofie@kommune.dk>', 'restore', 'meeting', 'Møde genoptaget'],
			['Sofie <sofie@kommune.dk>', 'delete', 'meeting', 'Møde slettet'],
			['Sofie <sofie@kommune.dk>', 'create', 'event', 'Begivenhed oprettet: Temadag'],
			['Sofie <sofie@kommune.dk>', 'update', 'event', 'Begivenhed ændret: Temadag om klima'],
			['Sofie <sofie@kommune.dk>', 'delete', 'event', 'Begivenhed slettet: Temadag om klima'],
			['Sofie <sofie@kommune.dk>', 'create', 'closure', 'Lukkeperiode oprettet: Sommerferie'],
			['Sofie <sofie@kommune.dk>', 'delete', 'closure', 'Lukkeperiode slettet: Sommerferie'],
			['Sofie <sofie@kommune.dk>', 'accept-plan', 'meeting_plan', 'Mødeplan 2027 for BU: 11 nye, 0 flyttet, 0 fjernet, 0 bevaret']
		]);
		const move = await t.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'move').executeTakeFirstOrThrow();
		expect(move.before).toMatchObject({ start: '2027-03-02T15:00:00+01:00', version: 1 });
		expect(move.after).toMatchObject({ start: '2027-03-03T15:00:00+01:00', version: 2 });
	});

	it('a write that fails half-way leaves neither the change nor its audit row', async () => {
		const before = (await log()).length;
		await expect(
			t.db.transaction().execute(async (tx) => {
				await createEvent(tx, sofie, { title: 'Halvt gemt', category: 'other', public: false, when: { allDay: true, startDate: d('2027-05-01'), endDate: d('2027-05-01') } });
				throw new Error('afbrudt');
			})
		).rejects.toThrow('afbrudt');
		expect((await log()).length).toBe(before);
		expect(await t.db.selectFrom('event').select('id').where('title', '=', 'Halvt gemt').execute()).toEqual([]);
	});
});
