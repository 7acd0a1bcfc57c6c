import { Temporal } from 'temporal-polyfill';
import {
	budgetDeadlines,
	checkAccountsOrder,
	checkBudgetProposal,
	checkBudgetReadings,
	checkBylawReadings,
	checkConstitutiveMeeting,
	checkCouncilAgendaSent,
	checkCouncilMaterialAvailable,
	bylawWithOneReading,
	noBudgetPlanned,
	type LegalFinding
} from '../../domain/legal-checks.ts';
import { meetingDeadline, withMeetingChange, type PlanningContext } from '../../domain/planning-context.ts';
import { termContaining } from '../../domain/terms.ts';
import { ZONE } from '../../domain/zone.ts';
import type { Viewer } from '../auth/access.ts';
import { listVisibleCases, type CaseWithStages } from './repository.ts';
import type { Db } from '../db/index.ts';
import { toInstant } from '../db/temporal.ts';
import { planningContext } from './context.ts';

export interface YearFinding extends LegalFinding {
	/** what the finding is about, for the reader: a case or a meeting */
	subject: { kind: 'case'; id: string; title: string } | { kind: 'meeting'; id: string; title: string } | { kind: 'year'; title: string };
}

/**
 * The year's legal checks (docs/domain.md): budget readings and deadlines (KSL § 38), the accounts
 * to the auditors (BEK 1051/2019 § 8), bylaw readings (KSL § 2), the council agenda four
 * working days ahead (KSL § 8), and in an election year the constitutive meeting (KSL § 6).
 * Cases are matched by their legal kind; the stages' meetings give the dates.
 */
export async function legalChecksForYear(db: Db, viewer: Viewer | null, year: number): Promise<{ budgetDeadline: string; findings: YearFinding[] }> {
	const mid = Temporal.PlainDate.from({ year, month: 7, day: 1 }).toZonedDateTime(ZONE).toInstant();
	const [ctx, deadlines, { cases, constitutive }] = await Promise.all([planningContext(db, [mid]), budgetDeadlinesOf(db, year), legalInputs(db, viewer)]);
	return { budgetDeadline: deadlines.adoption.toString(), findings: yearFindings(ctx, year, deadlines, cases, constitutive) };
}

/** The year's budget deadlines, as the budget order or the secretariat's override for the year has them. */
async function budgetDeadlinesOf(db: Db, year: number) {
	const moved = await db.selectFrom('budget_deadline').select(['deadline', 'proposal_deadline']).where('year', '=', year).executeTakeFirst();
	return budgetDeadlines(
		year,
		moved && {
			adoption: Temporal.PlainDate.from(moved.deadline),
			...(moved.proposal_deadline === null ? {} : { proposal: Temporal.PlainDate.from(moved.proposal_deadline) })
		}
	);
}

/** What the checks read whatever the year: the cases with a legal kind, and the meetings marked constitutive. */
async function legalInputs(db: Db, viewer: Viewer | null) {
	const [cases, marked] = await Promise.all([
		listVisibleCases(db, viewer, {}),
		db.selectFrom('meeting').select('id').where('is_constitutive', '=', true).where('deleted_at', 'is', null).execute()
	]);
	return { cases: cases.filter((c) => c.legal_kind !== null), constitutive: new Set(marked.map((m) => m.id)) };
}

/**
 * The legal checks that moving (or cancelling) a meeting would break, before it is saved: the
 * findings of the years of its old and new date that fail after the change and did not before.
 */
export async function legalImpactOfMove(
	db: Db,
	meeting: { id: string; starts_at: Date },
	change: Temporal.ZonedDateTime | 'cancelled',
	viewer: Viewer | null
): Promise<YearFinding[]> {
	const from = toInstant(meeting.starts_at);
	const ctx = await planningContext(db, change === 'cancelled' ? [from] : [from, change.toInstant()]);
	const moved = withMeetingChange(ctx, meeting.id, change);
	const years = new Set([from.toZonedDateTimeISO(ZONE).year, ...(change === 'cancelled' ? [] : [change.year])]);
	const { cases, constitutive } = await legalInputs(db, viewer);
	const broken: YearFinding[] = [];
	for (const year of years) {
		const deadlines = await budgetDeadlinesOf(db, year);
		const key = (f: YearFinding) => `${f.rule}|${f.subject.kind === 'year' ? f.subject.title : f.subject.id}`;
		const failing = new Set(yearFindings(ctx, year, deadlines, cases, constitutive).filter((f) => !f.ok).map(key));
		broken.push(...yearFindings(moved, year, deadlines, cases, constitutive).filter((f) => !f.ok && !failing.has(key(f))));
	}
	return broken;
}

/** The year's findings on a calendar: pure, so a calendar with a meeting moved can be checked too. */
function yearFindings(
	ctx: PlanningContext,
	year: number,
	deadlines: { proposal: Temporal.PlainDate; adoption: Temporal.PlainDate },
	legalCases: readonly CaseWithStages[],
	constitutiveIds: ReadonlySet<string>
): YearFinding[] {
	const council = [...ctx.bodies.values()].find((b) => b.kind === 'council')?.code ?? 'KB';
	const finance = [...ctx.bodies.values()].find((b) => b.kind === 'finance-committee')?.code ?? 'ØK';

	const stageDates = (c: CaseWithStages, code: string) =>
		c.stages
			.filter((s) => s.body_code === code && s.meeting_id)
			.map((s) => ctx.byId.get(s.meeting_id!))
			.filter((m) => m !== undefined && !m.meeting.cancelled)
			.map((m) => m!.meeting.start)
			.sort(Temporal.ZonedDateTime.compare);
	const inYear = (c: CaseWithStages) => stageDates(c, council).concat(stageDates(c, finance)).some((d) => d.year === year);
	const cases = legalCases.filter(inYear);
	const findings: YearFinding[] = [];
	const about = (c: CaseWithStages) => ({ kind: 'case' as const, id: c.id, title: c.title });

	for (const c of cases) {
		const kb = stageDates(c, council);
		const ok = stageDates(c, finance);
		if (c.legal_kind === 'budget') {
			if (kb.length >= 2) findings.push(...checkBudgetReadings(kb[0]!, kb[kb.length - 1]!, deadlines.adoption).map((f) => ({ ...f, subject: about(c) })));
			else findings.push({ rule: 'budget-readings-apart', ok: false, source: 'KSL § 38', message: 'Budgettet skal have to behandlinger i kommunalbestyrelsen; sagsgangen har ikke to planlagte KB-møder.', subject: about(c) });
			const proposal = ok.find((d) => kb[0] === undefined || Temporal.ZonedDateTime.compare(d, kb[0]) < 0);
			if (proposal) findings.push({ ...checkBudgetProposal(proposal, deadlines.proposal), subject: about(c) });
		} else if (c.legal_kind === 'accounts') {
			const accountsYear = (kb[0] ?? ok[0] ?? Temporal.PlainDate.from({ year: year + 1, month: 1, day: 1 })).year - 1;
			findings.push(...checkAccountsOrder({ finance: ok, council: kb }, accountsYear).map((f) => ({ ...f, subject: about(c) })));
		} else if (c.legal_kind === 'bylaw') {
			findings.push({ ...(kb.length >= 2 ? checkBylawReadings(kb[0]!, kb[kb.length - 1]!) : bylawWithOneReading()), subject: about(c) });
		}
	}
	if (!cases.some((c) => c.legal_kind === 'budget')) findings.push({ ...noBudgetPlanned(year), subject: { kind: 'year', title: String(year) } });

	// The agenda goes out once the write-ups are in: a write-up deadline later than four
	// working days before the meeting leaves no time to send it as KSL § 8(4) asks.
	for (const m of ctx.byBody.get(council) ?? []) {
		if (m.meeting.start.year !== year) continue;
		// The agenda closes at the write-up deadline; it and the material go out that day at the earliest.
		const closes = meetingDeadline(ctx, m.meeting);
		for (const finding of [checkCouncilAgendaSent(ctx.calendar, closes, m.meeting.start), checkCouncilMaterialAvailable(ctx.calendar, closes, m.meeting.start)]) {
			if (!finding.ok) findings.push({ ...finding, subject: { kind: 'meeting', id: m.meeting.id, title: `${council} ${m.meeting.start.toPlainDate()}` } });
		}
	}

	// The constitutive meeting is the one marked as such, wherever it lies: the check is that it
	// falls in 1–15 December of the election year (KSL § 6, stk. 1).
	if (termContaining(year + 1).electionDay.year === year) {
		const marked = [...constitutiveIds]
			.map((id) => ctx.byId.get(id)?.meeting)
			.filter((m) => m !== undefined && !m.cancelled && m.bodyCode === council && (m.start.year === year || m.start.year === year + 1))
			.sort((a, b) => Temporal.ZonedDateTime.compare(a!.start, b!.start));
		const constitutive = marked[0];
		findings.push(
			constitutive
				? { ...checkConstitutiveMeeting(constitutive.start, year), subject: { kind: 'meeting', id: constitutive.id, title: `${council} ${constitutive.start.toPlainDate()}` } }
				: {
						rule: 'constitutive-meeting',
						ok: false,
						source: 'KSL § 6, stk. 1',
						message: `Intet møde i ${council} er markeret som det konstituerende møde efter valget ${year}; det skal holdes 1.–15. december ${year}.`,
						subject: { kind: 'year', title: String(year) }
					}
		);
	}
	return findings;
}
