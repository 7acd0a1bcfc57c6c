import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { findVisibleCase } from '../../../src/lib/server/cases/repository.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { toInstant } from '../../../src/lib/server/db/temporal.ts';
import { ProblemError } from '../../../src/lib/server/http/problem.ts';
import { listVisibleMeetings } from '../../../src/lib/server/meetings/repository.ts';
import { acceptRollover, rolloverPreview } from '../../../src/lib/server/plans/rollover.ts';
import { dayRange } from '../../../src/lib/domain/day-range.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const secretariat: Viewer = { role: 'secretariat', name: 'Sekretær', unit: '', userId: null, email: null, sessionId: null, tokenId: null };
const now = Temporal.Instant.from('2026-11-22T09:00:00Z');
const d = Temporal.PlainDate.from;
// The demo's closures of 2027 (demo-data.ts), by date: dated, so said in the preview, not carried over.
const DEMO_CLOSURES_2027 = [['Direktionens sommerferie', 'DIR'], ['Mellem jul og nytår', null]];
const problem = (e: unknown) => (e instanceof ProblemError ? [e.problem.status, e.problem['invalid-params']] : e);

describe.each(dialects)('the year rollover on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, d('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	it('previews 2028 from the plans of 2027: each body its rule, meetings kept in their month, ØK anchored on the new KB meetings', async () => {
		const p = await rolloverPreview(t.db, secretariat, 2027, now);
		expect([p.from, p.to]).toEqual([2027, 2028]);
		expect(p.plans.map((x) => [x.body, x.rule, x.status, x.meetings, x.skipped, x.moved.map((m) => `${m.from} → ${m.to} (${m.reason})`)])).toEqual([
			['KB', 'fjerde tirsdag i måneden', 'new', 10, 2, []],
			['MTU', 'fjerde mandag i måneden', 'new', 11, 1, ['mandag 25. december 2028 → onsdag 27. december 2028 (Juledag)']],
			['BUU', 'første tirsdag i måneden', 'new', 11, 1, []],
			['SSU', 'første onsdag i måneden', 'new', 11, 1, []],
			['KFU', 'anden mandag i måneden', 'new', 11, 1, []],
			['HU', 'fjerde torsdag i måneden', 'new', 10, 2, ['torsdag 25. maj 2028 → fredag 26. maj 2028 (Kristi himmelfartsdag)']],
			['DIR', 'hver onsdag', 'new', 52, 0, []],
			['CF', 'første torsdag i måneden', 'new', 11, 1, []],
			['ISU', 'tirsdag i uge 10, 23, 37 og 48', 'new', 4, 0, []],
			// ØK one week before each KB meeting: generated from the KB meetings this same preview makes.
			['ØK', '7 dage før KB', 'new', 10, 0, []]
		]);
		expect(p.fixedItems.find((f) => f.title.startsWith('Ligestillingsredegørelse'))?.dueNextYear).toBe(false);
		expect(p.approvalCase).toMatchObject({ title: 'Mødekalender 2028', exists: false });
		expect(p.closures.map((c) => [c.name, c.body])).toEqual(DEMO_CLOSURES_2027);
		expect(p.approvalCase.path).toMatch(/^ØK .+ → KB .+$/);
		// Nothing is saved by a preview.
		expect(await listVisibleMeetings(t.db, secretariat, dayRange(d('2028-01-01'), d('2028-12-31')))).toEqual([]);
	});

	it('starts 2028 in one go: the meetings of the preview, an audit row per plan, and the calendar as a case on its way to ØK and KB', async () => {
		const result = await t.db.transaction().execute((tx) => acceptRollover(tx, secretariat, 2027, now));
		expect(result.plans).toEqual([
			{ body: 'KB', meetings: 10 },
			{ body: 'MTU', meetings: 11 },
			{ body: 'BUU', meetings: 11 },
			{ body: 'SSU', meetings: 11 },
			{ body: 'KFU', meetings: 11 },
			{ body: 'HU', meetings: 10 },
			{ body: 'DIR', meetings: 52 },
			{ body: 'CF', meetings: 11 },
			{ body: 'ISU', meetings: 4 },
			{ body: 'ØK', meetings: 10 }
		]);
		const meetings = await listVisibleMeetings(t.db, secretariat, dayRange(d('2028-01-01'), d('2028-12-31')));
		expect(meetings).toHaveLength(141);
		// Every ØK meeting lies seven days before a KB meeting.
		const day = (m: { starts_at: Date }) => toInstant(m.starts_at).toZonedDateTimeISO('Europe/Copenhagen').toPlainDate();
		const kbDays = new Set(meetings.filter((m) => m.body_code === 'KB').map((m) => day(m).toString()));
		expect(meetings.filter((m) => m.body_code === 'ØK').every((m) => kbDays.has(day(m).add({ days: 7 }).toString()))).toBe(true);
		const audits = await t.db.selectFrom('audit_log').select('summary').where('action', '=', 'accept-plan').where('summary', 'like', 'Mødeplan 2028 %').execute();
		expect(audits).toHaveLength(10);
		expect(result.approvalCase.created).toBe(true);
		const approval = (await findVisibleCase(t.db, secretariat, result.approvalCase.id))!;
		expect(approval.title).toBe('Mødekalender 2028');
		expect(approval.stages.map((s) => [s.body_code, s.role, s.meeting_id !== null])).toEqual([
			['ØK', 'indstilling', true],
			['KB', 'beslutning', true]
		]);
	});

	it('refuses a second start of 2028, and a year without plans, naming the field', async () => {
		expect(await t.db.transaction().execute((tx) => acceptRollover(tx, secretariat, 2027, now)).catch(problem)).toEqual([
			400,
			[{ name: 'from', reason: 'Alle organer har allerede en mødeplan for 2028' }]
		]);
		expect(await rolloverPreview(t.db, secretariat, 2030, now).catch(problem)).toEqual([400, [{ name: 'from', reason: 'Der er ingen mødeplaner for 2030 at bygge 2031 på' }]]);
		const again = await rolloverPreview(t.db, secretariat, 2027, now);
		expect(again.plans.every((x) => x.status === 'exists')).toBe(true);
		expect(again.approvalCase.exists).toBe(true);
	});
});
