import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingAgenda } from '../../../src/lib/server/cases/agenda.ts';
import { planningContext } from '../../../src/lib/server/cases/context.ts';
import { meetingChangeImpact } from '../../../src/lib/server/cases/impact.ts';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { proposePlan } from '../../../src/lib/server/cases/service.ts';
import { caseJson } from '../../../src/lib/server/cases/serialize.ts';
import { listVisibleCases } from '../../../src/lib/server/cases/repository.ts';
import { toDate } from '../../../src/lib/server/db/temporal.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { planRequestSchema } from '../../../src/lib/schemas/cases.ts';
import { dialects, freshDb, meetingAt, type TestDb } from './context.ts';

const now = Temporal.Instant.from('2026-11-22T09:00:00Z');
const staff: Viewer = { role: 'secretariat', name: 'Sekretariatet', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

describe.each(dialects)('cases on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	const meetingOn = (code: string, local: string) => meetingAt(t.db, code, local);

	it('the equality report 2023 travels DIR → HU → ØK → KB with each write-up deadline', async () => {
		const [report] = await listVisibleCases(t.db, null, { query: 'Ligestillingsredegørelsen 2023' });
		const ctx = await planningContext(t.db, [Temporal.Instant.from('2023-05-01T00:00:00Z')]);
		const view = caseJson(ctx, report!, now);
		expect(view.stages.map((s) => [s.body, s.role, s.meeting?.start, s.deadline, s.rul?.name, s.status])).toEqual([
			// DIR 12 April prepares the May rul (it holds its Månedsgrebet)
			['DIR', 'drøftelse', '2023-04-12T09:00:00+02:00', '2023-03-31T12:00:00+02:00', 'Rul maj 2023', 'treated'],
			['HU', 'drøftelse', '2023-04-27T13:00:00+02:00', '2023-04-18T12:00:00+02:00', 'Rul maj 2023', 'treated'],
			['ØK', 'indstilling', '2023-05-16T16:00:00+02:00', '2023-05-08T12:00:00+02:00', 'Rul maj 2023', 'treated'],
			['KB', 'beslutning', '2023-05-23T17:00:00+02:00', '2023-05-12T12:00:00+02:00', 'Rul maj 2023', 'treated']
		]);
		expect(view.conflicts).toEqual([]);
		const responsible = await t.db.selectFrom('app_user').select('email').where('id', '=', report!.responsible_user_id!).executeTakeFirst();
		expect(responsible?.email).toBe('redaktoer@demo.aarshjul.dk');
	});

	it('the public never sees a closed case', async () => {
		const open = await listVisibleCases(t.db, null, {});
		const all = await listVisibleCases(t.db, staff, {});
		expect(all.filter((c) => c.is_closed).map((c) => c.title)).toEqual(['Program for KB-seminar 2024']);
		expect(open.map((c) => c.title)).not.toContain('Program for KB-seminar 2024');
		expect(all.length - open.length).toBe(1);
	});

	it('plans a personnel case backward from a council meeting, each stage as late as it can be', async () => {
		const kb = await meetingOn('KB', '2027-06-22T17:00');
		const plan = await proposePlan(t.db, planRequestSchema.parse({ template: 'Personalesag', decide: { meeting: kb.id } }), now);
		expect(plan.stages.map((s) => [s.body, s.role, s.meeting?.start, s.deadline, s.rul?.key])).toEqual([
			// The board clears the case before HU's write-up deadline (18 May), so it meets on 12 May,
			// in the June rul it prepares.
			['DIR', 'drøftelse', '2027-05-12T09:00:00+02:00', '2027-05-04T12:00:00+02:00', '2027-06-22'],
			['HU', 'drøftelse', '2027-05-27T13:00:00+02:00', '2027-05-18T12:00:00+02:00', '2027-06-22'],
			['ØK', 'indstilling', '2027-06-15T16:00:00+02:00', '2027-06-07T12:00:00+02:00', '2027-06-22'],
			['KB', 'beslutning', '2027-06-22T17:00:00+02:00', '2027-06-14T12:00:00+02:00', '2027-06-22']
		]);
		expect(plan.conflicts).toEqual([]);
	});

	it('moving ØK after the council meeting breaks the planned case, and a repair is proposed', async () => {
		const ok = await meetingOn('ØK', '2027-06-15T16:00');
		const impact = await meetingChangeImpact(t.db, ok, Temporal.ZonedDateTime.from('2027-06-23T16:00:00+02:00[Europe/Copenhagen]'), now, staff);
		expect(impact.map((i) => [i.case.title, i.breaks, i.conflicts.map((c) => c.code)])).toEqual([['Trivselsmåling og handleplan', true, ['stage-order']]]);
		expect(impact[0]!.conflicts[0]!.repairs.length).toBeGreaterThan(0);
		expect(impact[0]!.conflicts[0]!.message).toMatch(/^Trin 4/);
	});

	it('the agenda of a board meeting holds its fixed items and the cases on it, decisions first', async () => {
		const dir = await meetingOn('DIR', '2023-04-12T09:00');
		const agenda = await meetingAgenda(t.db, dir, null);
		expect(agenda.items.map((i) => [i.number, i.kind, i.title, 'role' in i ? i.role : null])).toEqual([
			[1, 'fixed', 'Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt', null],
			[2, 'fixed', 'Månedsgrebet', null],
			[3, 'case', 'Tværgående retningslinjer for informationssikkerhed', 'beslutning'],
			[4, 'case', 'Budgetanalyse: Jordfordeling – vådområder og lavbundsjorde', 'drøftelse'],
			[5, 'case', 'Budgetanalyse: Samskabelse og effektivisering', 'drøftelse'],
			[6, 'case', 'Ligestillingsredegørelsen 2023', 'drøftelse']
		]);
		const closed = await meetingAgenda(t.db, await meetingOn('DIR', '2023-12-13T09:00'), null);
		expect(closed.items.at(-1)).toEqual({ number: closed.items.length, kind: 'case', closed: true, title: 'Lukket punkt' });
	});

	it('Månedsgrebet lands on the board meeting that opens each rul, as in the minutes: DIR 22 March and DIR 12 April 2023', async () => {
		const titles = async (day: string) => (await meetingAgenda(t.db, await meetingOn('DIR', `${day}T09:00`), null)).items.map((i) => i.title);
		// The April rul's is pinned to 22 March by the secretariat; the May rul's falls on 12 April,
		// the last board meeting before MTU's write-up deadline for 24 April (12 April at noon).
		expect(await titles('2023-03-22')).toContain('Månedsgrebet');
		expect(await titles('2023-04-12')).toContain('Månedsgrebet');
		for (const day of ['2023-03-08', '2023-03-29', '2023-04-05', '2023-04-19', '2023-04-26']) {
			expect([day, (await titles(day)).includes('Månedsgrebet')]).toEqual([day, false]);
		}
	});
});

describe.each(dialects)('legal checks on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	it('the demo year 2027 meets every rule: budget readings, proposal, accounts, council agendas', async () => {
		const { legalChecksForYear } = await import('../../../src/lib/server/cases/legal.ts');
		const result = await legalChecksForYear(t.db, staff, 2027);
		expect(result.budgetDeadline).toBe('2027-10-15');
		expect(result.findings.map((f) => [f.rule, f.ok, f.subject.title])).toEqual([
			['budget-readings-apart', true, 'Budget 2028–2031'],
			['budget-adopted-by-deadline', true, 'Budget 2028–2031'],
			['budget-proposal-by-deadline', true, 'Budget 2028–2031'],
			['accounts-presented', true, 'Årsregnskab 2026'],
			['accounts-to-auditors', true, 'Årsregnskab 2026'],
			['accounts-approved', true, 'Årsregnskab 2026']
		]);
	});

	it('moving KB 28 September 2027 to 19 October names the budget check it breaks, before anything is saved', async () => {
		const { legalImpactOfMove } = await import('../../../src/lib/server/cases/legal.ts');
		const kb = await meetingAt(t.db, 'KB', '2027-09-28T17:00');
		const broken = await legalImpactOfMove(t.db, kb, Temporal.ZonedDateTime.from('2027-10-19T17:00[Europe/Copenhagen]'), staff);
		expect(broken.map((f) => [f.rule, f.source, f.message, f.subject.title])).toEqual([
			['budget-adopted-by-deadline', 'KSL § 38', 'Budgettet vedtages 19. oktober 2027, efter fristen 15. oktober 2027.', 'Budget 2028–2031']
		]);
		expect(await legalImpactOfMove(t.db, kb, Temporal.ZonedDateTime.from('2027-10-05T17:00[Europe/Copenhagen]'), staff)).toEqual([]);
	});

	it('a budget deadline moved by agreement is used, and a late adoption fails', async () => {
		const { legalChecksForYear } = await import('../../../src/lib/server/cases/legal.ts');
		await t.db.insertInto('budget_deadline').values({ year: 2027, deadline: '2027-09-20', note: 'Aftale med KL' }).execute();
		const result = await legalChecksForYear(t.db, staff, 2027);
		expect(result.budgetDeadline).toBe('2027-09-20');
		const adopted = result.findings.find((f) => f.rule === 'budget-adopted-by-deadline')!;
		expect(adopted.ok).toBe(false);
		expect(adopted.source).toBe('KSL § 38');
		// The proposal's deadline moves with it, 25 days earlier: 21 August instead of 15 September.
		const proposal = result.findings.find((f) => f.rule === 'budget-proposal-by-deadline')!;
		expect([proposal.ok, proposal.message]).toEqual([true, 'Økonomiudvalgets budgetforslag 17. august 2027 ligger inden fristen 21. august 2027.']);
		await t.db.updateTable('budget_deadline').set({ proposal_deadline: '2027-08-16' }).where('year', '=', 2027).execute();
		const own = (await legalChecksForYear(t.db, staff, 2027)).findings.find((f) => f.rule === 'budget-proposal-by-deadline')!;
		expect([own.ok, own.message]).toEqual([false, 'Økonomiudvalgets budgetforslag 17. august 2027 ligger efter fristen 16. august 2027.']);
	});

	it('the current year 2026 has work to show: its budget, last year\'s accounts and two cases, past stages treated', async () => {
		const { legalChecksForYear } = await import('../../../src/lib/server/cases/legal.ts');
		const result = await legalChecksForYear(t.db, staff, 2026);
		expect(result.findings.map((f) => [f.rule, f.ok, f.subject.title])).toEqual([
			['budget-readings-apart', true, 'Budget 2027–2030'],
			['budget-adopted-by-deadline', true, 'Budget 2027–2030'],
			['budget-proposal-by-deadline', true, 'Budget 2027–2030'],
			['accounts-presented', true, 'Årsregnskab 2025'],
			['accounts-to-auditors', true, 'Årsregnskab 2025'],
			['accounts-approved', true, 'Årsregnskab 2025']
		]);
		const cases = await listVisibleCases(t.db, staff, { query: '2026' });
		expect(cases.map((c) => c.title).sort()).toEqual(['Sygefraværspolitik 2026', 'Trafiksikkerhedsplan 2026', 'Årsregnskab 2026']);
		const budget = (await listVisibleCases(t.db, staff, { query: 'Budget 2027–2030' }))[0]!;
		expect(budget.stages.map((s) => s.status)).toEqual(['treated', 'treated', 'treated', 'treated']);
	});

	it('the constitutive meeting is the marked one: unmarked, the election year 2025 has none; marked outside 1–15 December, it fails', async () => {
		const { legalChecksForYear } = await import('../../../src/lib/server/cases/legal.ts');
		const { markConstitutive } = await import('../../../src/lib/server/meetings/constitutive.ts');
		const admin = { role: 'secretariat' as const, name: 'Sekretær', unit: '', userId: null, email: null, sessionId: null, tokenId: null };
		const kbOn = async (local: string) => (await meetingAt(t.db, 'KB', local)).id;
		const constitutive = async () => (await legalChecksForYear(t.db, staff, 2025)).findings.filter((f) => f.rule === 'constitutive-meeting').map((f) => [f.ok, f.source, f.message]);
		const december = await kbOn('2025-12-09T17:00');
		await t.db.transaction().execute((tx) => markConstitutive(tx, admin, december, false));
		expect(await constitutive()).toEqual([[false, 'KSL § 6, stk. 1', 'Intet møde i KB er markeret som det konstituerende møde efter valget 2025; det skal holdes 1.–15. december 2025.']]);
		const november = await kbOn('2025-11-25T17:00');
		await t.db.transaction().execute((tx) => markConstitutive(tx, admin, november, true));
		expect(await constitutive()).toEqual([[false, 'KSL § 6', 'Det konstituerende møde 25. november 2025 ligger uden for perioden 1. december 2025 – 15. december 2025.']]);
		await t.db.transaction().execute(async (tx) => {
			await markConstitutive(tx, admin, november, false);
			await markConstitutive(tx, admin, december, true);
		});
		expect(await constitutive()).toEqual([[true, 'KSL § 6', 'Det konstituerende møde 9. december 2025 ligger inden for perioden 1. december 2025 – 15. december 2025.']]);
		const audit = await t.db.selectFrom('audit_log').select('summary').where('entity_id', '=', november).orderBy('id').execute();
		expect(audit.map((a) => a.summary)).toEqual(['KB 25. november 2025 markeret som konstituerende møde', 'KB 25. november 2025 er ikke længere det konstituerende møde']);
	});

	it('in the election year 2025 the constitutive meeting falls in 1–15 December', async () => {
		const { legalChecksForYear } = await import('../../../src/lib/server/cases/legal.ts');
		const result = await legalChecksForYear(t.db, staff, 2025);
		expect(result.findings.map((f) => [f.rule, f.ok, f.subject.title])).toEqual([
			// the demo plans no budget case for 2025: the law requires one every year
			['budget-planned', false, '2025'],
			['constitutive-meeting', true, 'KB 2025-12-09']
		]);
	});
});
