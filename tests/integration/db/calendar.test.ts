import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../../../src/lib/server/closures/repository.ts';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { findVisibleBody, listVisibleBodies } from '../../../src/lib/server/bodies/repository.ts';
import { listVisibleEvents } from '../../../src/lib/server/events/repository.ts';
import { listVisibleMeetings, visibleMeetingsWithCycles } from '../../../src/lib/server/meetings/repository.ts';
import { toInstant } from '../../../src/lib/server/db/temporal.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { dayRange, formatInstant } from '../../../src/lib/domain/day-range.ts';
import { dialects, freshDb, meetingAt, type TestDb } from './context.ts';
import { briefingOptions, pinBriefing } from '../../../src/lib/server/cycles/briefing.ts';
import { ProblemError } from '../../../src/lib/server/http/problem.ts';

const secretariat: Viewer = { role: 'secretariat', name: 'Sekretær', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

const d = Temporal.PlainDate.from;
const yearSpan = (y: number) => dayRange(d(`${y}-01-01`), d(`${y}-12-31`));
const staff: Viewer = { role: 'reader', name: 'Læser', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

describe.each(dialects)('the demo year and calendar repositories on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		expect(await loadDemoIfEmpty(t.db, d('2026-11-22'))).toBe(true);
	}, 120_000);
	afterAll(() => t.destroy());

	it('loads the demo only into an empty database', async () => {
		expect(await loadDemoIfEmpty(t.db, d('2026-11-22'))).toBe(false);
		const years = await t.db
			.selectFrom('meeting_plan')
			.select((eb) => [eb.fn.min('year').as('first'), eb.fn.max('year').as('last')])
			.executeTakeFirstOrThrow();
		expect(years).toEqual({ first: 2023, last: 2027 });
		const notDemo = await t.db.selectFrom('meeting').select('id').where('is_demo', '=', false).execute();
		expect(notDemo).toEqual([]);
	});

	it('hides internal bodies from the public', async () => {
		expect((await listVisibleBodies(t.db, null)).map((b) => b.code)).toEqual(['KB', 'ØK', 'MTU', 'BUU', 'SSU', 'KFU', 'HU', 'DIR']);
		expect((await listVisibleBodies(t.db, staff)).map((b) => b.code)).toEqual(['KB', 'ØK', 'MTU', 'BUU', 'SSU', 'KFU', 'HU', 'DIR', 'CF', 'ISU']);
		expect(await findVisibleBody(t.db, null, { slug: 'chefforum' })).toBeUndefined();
	});

	it('holds the 2023 dates of the minutes', async () => {
		const meetings = await listVisibleMeetings(t.db, null, dayRange(d('2023-04-12'), d('2023-05-23')));
		const on = (code: string) => meetings.filter((m) => m.body_code === code).map((m) => formatInstant(toInstant(m.starts_at)));
		expect(on('DIR')).toContain('2023-04-12T09:00:00+02:00');
		expect(on('MTU')).toEqual(['2023-04-24T15:00:00+02:00', '2023-05-22T15:00:00+02:00']);
		expect(on('HU')).toEqual(['2023-04-27T13:00:00+02:00']);
		expect(on('ØK')).toEqual(['2023-04-18T16:00:00+02:00', '2023-05-16T16:00:00+02:00']);
		expect(on('KB')).toEqual(['2023-04-25T17:00:00+02:00', '2023-05-23T17:00:00+02:00']);
	});

	it('skips holidays and the board summer closure in the weekly board plan', async () => {
		const dir = await listVisibleMeetings(t.db, staff, { ...yearSpan(2024), bodyIds: [(await findVisibleBody(t.db, staff, { code: 'DIR' }))!.id] });
		const days = dir.map((m) => toInstant(m.starts_at).toZonedDateTimeISO('Europe/Copenhagen').toPlainDate().toString());
		// 52 Wednesdays in 2024, less 1 May? no: a morning meeting on a half day is kept; less
		// three summer weeks (17, 24, 31 July) and Christmas Day (25 December).
		expect(days).toHaveLength(52 - 3 - 1);
		expect(days).toContain('2024-05-01');
		expect(days).not.toContain('2024-07-17');
		expect(days).not.toContain('2024-12-25');
	});

	it('moves the monthly bodies off holidays and half days instead of losing the month', async () => {
		const all = await listVisibleMeetings(t.db, staff, dayRange(d('2023-01-01'), d('2027-12-31')));
		const days = (code: string, month: string) =>
			all.filter((m) => m.body_code === code && formatInstant(toInstant(m.starts_at)).startsWith(month)).map((m) => formatInstant(toInstant(m.starts_at)).slice(0, 10));
		expect(days('KFU', '2023-04')).toEqual(['2023-04-11']);
		expect(days('SSU', '2024-05')).toEqual(['2024-05-02']);
		expect(days('SSU', '2024-06')).toEqual(['2024-06-06']);
		expect(days('SSU', '2025-01')).toEqual(['2025-01-02']);
		expect(days('KFU', '2025-06')).toEqual(['2025-06-10']);
		expect(days('MTU', '2026-05')).toEqual(['2026-05-26']);
		expect(days('HU', '2024-03')).toEqual(['2024-03-27']);
		expect(days('HU', '2027-03')).toEqual(['2027-03-24']);
		// Every monthly body meets in every month it does not exclude.
		const months = Array.from({ length: 60 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
		const missing = ['MTU', 'BUU', 'SSU', 'KFU', 'HU'].flatMap((code) =>
			months.filter((m) => m.slice(5) !== '07' && !(code === 'HU' && m.slice(5) === '12') && days(code, m).length === 0).map((m) => `${code} ${m}`)
		);
		expect(missing).toEqual([]);
	});

	it('puts each meeting in its rul as the minutes have it, with Månedsgrebet on DIR 22 March and DIR 12 April 2023', async () => {
		const meetings = await visibleMeetingsWithCycles(t.db, null, { from: d('2023-03-01'), to: d('2023-05-31') });
		const on = (code: string, day: string) =>
			meetings.find((m) => m.body_code === code && formatInstant(toInstant(m.starts_at)).startsWith(day))!;
		const rulOf = (code: string, day: string) => on(code, day).cycle?.key ?? null;
		// ØK 21 March ends the March rul's committee work: HU 23 March already feeds the April rul.
		expect(rulOf('HU', '2023-03-23')).toBe('2023-04-25');
		expect(rulOf('ØK', '2023-04-18')).toBe('2023-04-25');
		// MTU 24 April and HU 27 April come after the April rul's ØK (18 April): the May rul.
		expect(rulOf('MTU', '2023-04-24')).toBe('2023-05-23');
		expect(rulOf('HU', '2023-04-27')).toBe('2023-05-23');
		expect(rulOf('ØK', '2023-05-16')).toBe('2023-05-23');
		// The board meetings belong to the rul they prepare, from its Månedsgrebet on.
		expect(rulOf('DIR', '2023-03-15')).toBe('2023-03-28');
		expect(rulOf('DIR', '2023-03-22')).toBe('2023-04-25');
		expect(rulOf('DIR', '2023-04-05')).toBe('2023-04-25');
		expect(rulOf('DIR', '2023-04-12')).toBe('2023-05-23');
		const april = on('KB', '2023-04-25').cycle!;
		const may = on('KB', '2023-05-23').cycle!;
		expect([april.name, april.briefingMeetingId, april.briefingPinned]).toEqual(['Rul april 2023', on('DIR', '2023-03-22').id, true]);
		expect([may.name, may.briefingMeetingId, may.briefingPinned]).toEqual(['Rul maj 2023', on('DIR', '2023-04-12').id, false]);
	});

	it('runs the summer rul from June to KB 22 August, with no council meeting in July', async () => {
		const meetings = await visibleMeetingsWithCycles(t.db, null, { from: d('2023-06-20'), to: d('2023-08-31') });
		const cycleOf = (code: string, day: string) =>
			meetings.find((m) => m.body_code === code && formatInstant(toInstant(m.starts_at)).startsWith(day))?.cycle?.key;
		expect(cycleOf('KB', '2023-06-27')).toBe('2023-06-27');
		expect(cycleOf('DIR', '2023-06-28')).toBe('2023-08-22');
		expect(cycleOf('MTU', '2023-06-26')).toBe('2023-08-22');
		expect(cycleOf('ØK', '2023-08-15')).toBe('2023-08-22');
		expect(cycleOf('KB', '2023-08-22')).toBe('2023-08-22');
		expect(meetings.find((m) => m.cycle?.key === '2023-08-22')!.cycle!.name).toBe('Rul august 2023');
	});

	const boardOrCouncil = (code: string, local: string) => meetingAt(t.db, code, local);
	const juneRul = async () => {
		const meetings = await visibleMeetingsWithCycles(t.db, staff, { from: Temporal.PlainDate.from('2024-06-25'), to: Temporal.PlainDate.from('2024-06-25') });
		return meetings.find((m) => m.body_code === 'KB')!.cycle!;
	};
	const problem = (e: unknown) => (e instanceof ProblemError ? [e.problem.status, e.problem['invalid-params'] ?? e.problem.detail] : e);

	it('moves the rul\'s Månedsgrebet, with an audit row, and lets the rule take over again', async () => {
		const kb = await boardOrCouncil('KB', '2024-06-25T17:00');
		const natural = await juneRul();
		expect(natural.briefingPinned).toBe(false);
		const dir = await boardOrCouncil('DIR', '2024-05-22T09:00');
		expect(natural.briefingMeetingId).not.toBe(dir.id);

		await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, dir.id));
		const pinned = await juneRul();
		expect([pinned.briefingMeetingId, pinned.briefingPinned]).toEqual([dir.id, true]);
		expect((await briefingOptions(t.db, secretariat, dir)).filter((o) => o.here).map((o) => [o.name, o.pinned])).toEqual([['Rul juni 2024', true]]);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'entity', 'summary']).where('entity_id', '=', kb.id).execute();
		expect(audit).toEqual([{ action: 'update', entity: 'cycle', summary: 'Månedsgrebet for rullet til KB 25. juni 2024 lagt på DIR 22. maj 2024' }]);

		await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, null));
		expect(await juneRul()).toEqual(natural);
	});

	it('refuses a meeting that is not a board meeting, lies after the council meeting or long before it', async () => {
		const kb = await boardOrCouncil('KB', '2024-06-25T17:00');
		const attempt = (board: string) => t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, board)).catch(problem);
		expect(await attempt((await boardOrCouncil('ØK', '2024-06-18T16:00')).id)).toEqual([400, [{ name: 'meeting', reason: 'Månedsgrebet skal ligge på et direktionsmøde.' }]]);
		const tooLate = 'Direktionsmødet skal ligge før kommunalbestyrelsens møde 25. juni 2024 og højst 100 dage før.';
		expect(await attempt((await boardOrCouncil('DIR', '2024-06-26T09:00')).id)).toEqual([400, [{ name: 'meeting', reason: tooLate }]]);
		expect(await attempt((await boardOrCouncil('DIR', '2024-03-13T09:00')).id)).toEqual([400, [{ name: 'meeting', reason: tooLate }]]);
		const dir = await boardOrCouncil('DIR', '2024-05-22T09:00');
		expect(await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, dir.id, dir.id)).catch(problem)).toEqual([
			404,
			'Rullet findes ikke: mødet er ikke et møde i kommunalbestyrelsen.'
		]);
		expect(await t.db.selectFrom('cycle_briefing').select('council_meeting_id').where('council_meeting_id', '=', kb.id).execute()).toEqual([]);
	});

	it('lists events by calendar day, internal ones only for staff', async () => {
		const span = { fromDate: d('2024-01-01'), toDate: d('2024-01-31'), ...dayRange(d('2024-01-01'), d('2024-01-31')) };
		expect((await listVisibleEvents(t.db, null, span)).map((e) => e.title)).toEqual(['Nytårskur']);
		const all = await listVisibleEvents(t.db, staff, span);
		expect(all.map((e) => [e.title, e.start_date ?? formatInstant(toInstant(e.starts_at!))])).toEqual([
			['Nytårskur', '2024-01-09T16:00:00+01:00'],
			['Nytårskur for ledere', '2024-01-10T14:00:00+01:00'],
			['KB-seminar', '2024-01-22']
		]);
	});

	it('counts working days around the closures kept in the database', async () => {
		const cal = await loadWorkingCalendar(t.db);
		expect(cal.workingDaysBefore(d('2027-01-04'), 2).toString()).toBe('2026-12-22');
		expect(cal.isWorkingDay(d('2024-07-17'), 'DIR')).toBe(false);
		expect(cal.isWorkingDay(d('2024-07-17'), 'KB')).toBe(true);
	});

	it('an empty list of bodies means no meetings, not every meeting', async () => {
		expect(await listVisibleMeetings(t.db, staff, { ...yearSpan(2024), bodyIds: [] })).toEqual([]);
	});

	it('refuses rows that break the invariants', async () => {
		const kb = (await findVisibleBody(t.db, staff, { code: 'KB' }))!;
		const at = new Date('2024-03-01T10:00:00Z');
		await expect(t.db.insertInto('meeting').values({ body_id: kb.id, starts_at: at, ends_at: at, plan_id: null, plan_key: null }).execute()).rejects.toThrow(/meeting_ends_after_start/);
		await expect(t.db.insertInto('meeting').values({ body_id: kb.id, starts_at: at, ends_at: new Date('2024-03-01T12:00:00Z'), status: 'moved' as never, plan_id: null, plan_key: null }).execute()).rejects.toThrow(/check/);
		await expect(t.db.updateTable('body').set({ color: 'red' }).where('id', '=', kb.id).execute()).rejects.toThrow(/check/);
		await expect(t.db.updateTable('body').set({ code: 'ØK' }).where('id', '=', kb.id).execute()).rejects.toThrow(/unique/);
		await expect(
			t.db.insertInto('event').values({ title: 'Halv', category: 'other', all_day: true, start_date: '2024-03-02', end_date: '2024-03-01', starts_at: null, ends_at: null, is_public: true, body_id: null }).execute()
		).rejects.toThrow(/event_timed_or_all_day/);
		await expect(t.db.insertInto('closure').values({ name: 'Baglæns', from_date: '2024-03-02', to_date: '2024-03-01', body_id: null }).execute()).rejects.toThrow(/closure_dates_ordered/);
	});
});
