import { Temporal } from 'temporal-polyfill';
import { describeDate } from './describe.ts';
import { termContaining } from './terms.ts';
import type { WorkingCalendar } from './working-days.ts';
import { ZONE } from './zone.ts';

/** The cases a legal check is about: the year's budget, its accounts, a bylaw change (vedtægt). */
export const LEGAL_KINDS = ['budget', 'accounts', 'bylaw'] as const;

export type LegalKind = (typeof LEGAL_KINDS)[number];

export type LegalRuleCode =
	| 'budget-readings-apart'
	| 'budget-adopted-by-deadline'
	| 'budget-proposal-by-deadline'
	| 'budget-planned'
	| 'accounts-to-auditors'
	| 'accounts-presented'
	| 'accounts-approved'
	| 'bylaw-readings-apart'
	| 'council-agenda-sent'
	| 'council-material-available'
	| 'constitutive-meeting';

/** One rule checked: whether it holds, why in Danish, and where the rule comes from. */
export interface LegalFinding {
	rule: LegalRuleCode;
	ok: boolean;
	/** e.g. 'KSL § 38' */
	source: string;
	message: string;
}

/** A day or a meeting start; only the Copenhagen date counts. */
export type DayLike = Temporal.PlainDate | Temporal.ZonedDateTime;

const BUDGET_READINGS_MIN_DAYS = 21;
const BYLAW_READINGS_MIN_DAYS = 6;
// KSL § 8, stk. 4, 1. pkt. (as worded since 1 January 1998): the agenda "så vidt muligt senest
// 4 hverdage" before the council meeting, the material "så vidt muligt ... mindst 3 hverdage".
const COUNCIL_AGENDA_WORKING_DAYS = 4;
const COUNCIL_MATERIAL_WORKING_DAYS = 3;

function dateOf(day: DayLike): Temporal.PlainDate {
	return day instanceof Temporal.PlainDate ? day : day.withTimeZone(ZONE).toPlainDate();
}

const danish = describeDate;

function daysBetween(first: Temporal.PlainDate, second: Temporal.PlainDate): number {
	return first.until(second, { largestUnit: 'days' }).days;
}

/**
 * The year's budget dates: ØK's proposal by 15 September (KSL § 37, the minister's deadline)
 * and adoption by 15 October (KSL § 38). Moved by agreement (5 November in 2019), the adoption
 * takes the proposal with it by as many days unless the proposal's own date was given.
 */
export function budgetDeadlines(year: number, moved?: { adoption: Temporal.PlainDate; proposal?: Temporal.PlainDate }): { proposal: Temporal.PlainDate; adoption: Temporal.PlainDate } {
	const adoption = budgetAdoptionDeadline(year, moved?.adoption);
	const shift = Temporal.PlainDate.from({ year, month: 10, day: 15 }).until(adoption, { largestUnit: 'days' }).days;
	return { adoption, proposal: moved?.proposal ?? Temporal.PlainDate.from({ year, month: 9, day: 15 }).add({ days: shift }) };
}

/** KB adopts the budget by 15 October, unless the deadline was moved (5 November in 2019). */
export function budgetAdoptionDeadline(year: number, moved?: Temporal.PlainDate): Temporal.PlainDate {
	return moved ?? Temporal.PlainDate.from({ year, month: 10, day: 15 });
}

/**
 * The council's two budget readings (1. and 2. behandling): at least three weeks apart, and the
 * second (the adoption) by the deadline, 15 October of its year unless `deadline` is given.
 */
export function checkBudgetReadings(first: DayLike, second: DayLike, deadline?: Temporal.PlainDate): LegalFinding[] {
	const a = dateOf(first);
	const b = dateOf(second);
	const apart = daysBetween(a, b);
	const last = budgetAdoptionDeadline(b.year, deadline);
	return [
		{
			rule: 'budget-readings-apart',
			ok: apart >= BUDGET_READINGS_MIN_DAYS,
			source: 'KSL § 38',
			message:
				apart >= BUDGET_READINGS_MIN_DAYS
					? `Budgettets 1. behandling (${danish(a)}) og 2. behandling (${danish(b)}) ligger ${apart} dage fra hinanden, mindst 3 uger som krævet.`
					: `Budgettets 1. behandling (${danish(a)}) og 2. behandling (${danish(b)}) ligger kun ${apart} dage fra hinanden; der skal være mindst 3 uger.`
		},
		{
			rule: 'budget-adopted-by-deadline',
			ok: Temporal.PlainDate.compare(b, last) <= 0,
			source: 'KSL § 38',
			message:
				Temporal.PlainDate.compare(b, last) <= 0
					? `Budgettet vedtages ${danish(b)}, inden fristen ${danish(last)}.`
					: `Budgettet vedtages ${danish(b)}, efter fristen ${danish(last)}.`
		}
	];
}

/** A year without a budget case planned for adoption is itself a finding: the law requires one every year. */
export function noBudgetPlanned(year: number): LegalFinding {
	return {
		rule: 'budget-planned',
		ok: false,
		source: 'KSL § 37 og § 38, stk. 1',
		message: `Intet budget planlagt til vedtagelse i ${year}: økonomiudvalgets forslag til årsbudget skal have to behandlinger i kommunalbestyrelsen med mindst 3 ugers mellemrum (KSL § 38, stk. 1).`
	};
}

/** A bylaw case planned for a single council meeting: a change of the bylaws needs two readings. */
export function bylawWithOneReading(): LegalFinding {
	return {
		rule: 'bylaw-readings-apart',
		ok: false,
		source: 'KSL § 2, stk. 2',
		message: 'Ændringer i styrelsesvedtægten skal have to behandlinger i kommunalbestyrelsen med mindst 6 dages mellemrum (KSL § 2, stk. 2); sagsgangen har kun ét planlagt KB-møde.'
	};
}

/** ØK's budget proposal by 15 September of its year (or the moved deadline). */
export function checkBudgetProposal(financeCommitteeMeeting: DayLike, deadline?: Temporal.PlainDate): LegalFinding {
	const date = dateOf(financeCommitteeMeeting);
	const last = deadline ?? Temporal.PlainDate.from({ year: date.year, month: 9, day: 15 });
	const ok = Temporal.PlainDate.compare(date, last) <= 0;
	return {
		rule: 'budget-proposal-by-deadline',
		ok,
		source: 'KSL § 38',
		message: `Økonomiudvalgets budgetforslag ${danish(date)} ligger ${ok ? 'inden' : 'efter'} fristen ${danish(last)}.`
	};
}

/** The council hands the accounts for `accountsYear` to the auditors before 1 May of the year after. */
export function checkAccountsToAuditors(handedOver: DayLike, accountsYear: number): LegalFinding {
	const date = dateOf(handedOver);
	const before = Temporal.PlainDate.from({ year: accountsYear + 1, month: 5, day: 1 });
	const ok = Temporal.PlainDate.compare(date, before) < 0;
	return {
		rule: 'accounts-to-auditors',
		ok,
		source: 'BEK 1051/2019 § 8',
		message: ok
			? `Regnskabet for ${accountsYear} afleveres til revisionen ${danish(date)}, før ${danish(before)}.`
			: `Regnskabet for ${accountsYear} afleveres til revisionen ${danish(date)}; det skal ske før ${danish(before)}.`
	};
}

/**
 * The accounts for `accountsYear` in the order the law gives (BEK 1051/2019 § 8; KSL § 45): ØK
 * presents them to the council, the council hands them to the auditors before 1 May, the audit
 * report comes before 15 June, and the council approves them in time for them to go to
 * Ankestyrelsen before the end of August. `finance` and `council` are the case's ØK and KB
 * meetings; the first council meeting hands over, a later one approves.
 */
export function checkAccountsOrder(meetings: { finance: readonly DayLike[]; council: readonly DayLike[] }, accountsYear: number): LegalFinding[] {
	const council = meetings.council.map(dateOf).sort(Temporal.PlainDate.compare);
	const finance = meetings.finance.map(dateOf).sort(Temporal.PlainDate.compare);
	const handover = council[0];
	if (handover === undefined) {
		return [
			{
				rule: 'accounts-to-auditors',
				ok: false,
				source: 'KSL § 45, stk. 2',
				message: `Kommunalbestyrelsen afgiver regnskabet for ${accountsYear} til revisionen; sagsgangen har intet planlagt KB-møde.`
			}
		];
	}
	const presented = finance.find((d) => Temporal.PlainDate.compare(d, handover) < 0);
	const approval = council.find((d) => Temporal.PlainDate.compare(d, handover) > 0);
	const sendBy = Temporal.PlainDate.from({ year: accountsYear + 1, month: 8, day: 31 });
	const reportBy = Temporal.PlainDate.from({ year: accountsYear + 1, month: 6, day: 15 });
	const approvedInTime = approval !== undefined && Temporal.PlainDate.compare(approval, sendBy) <= 0;
	return [
		{
			rule: 'accounts-presented',
			ok: presented !== undefined,
			source: 'KSL § 45, stk. 1',
			message: presented
				? `Økonomiudvalget aflægger regnskabet for ${accountsYear} ${danish(presented)}, før kommunalbestyrelsen ${danish(handover)}.`
				: `Økonomiudvalget skal aflægge regnskabet for ${accountsYear} til kommunalbestyrelsen før dens møde ${danish(handover)}; sagsgangen har intet ØK-møde før.`
		},
		{ ...checkAccountsToAuditors(handover, accountsYear), source: 'BEK 1051/2019 § 8, stk. 1' },
		{
			rule: 'accounts-approved',
			ok: approvedInTime,
			source: 'BEK 1051/2019 § 8, stk. 3–5',
			message:
				approval === undefined
					? `Kommunalbestyrelsens godkendelse af regnskabet for ${accountsYear} efter revisionens beretning (senest ${danish(reportBy)}) er ikke planlagt; regnskabet skal til Ankestyrelsen inden udgangen af august.`
					: approvedInTime
						? `Kommunalbestyrelsen godkender regnskabet for ${accountsYear} ${danish(approval)}, efter revisionens beretning (senest ${danish(reportBy)}) og i tide til Ankestyrelsen inden udgangen af august.`
						: `Kommunalbestyrelsen godkender regnskabet for ${accountsYear} ${danish(approval)}; det skal sendes til Ankestyrelsen inden udgangen af august (${danish(sendBy)}).`
		}
	];
}

/** A change of the bylaws (styrelsesvedtægt): two council readings at least 6 days apart. */
export function checkBylawReadings(first: DayLike, second: DayLike): LegalFinding {
	const a = dateOf(first);
	const b = dateOf(second);
	const apart = daysBetween(a, b);
	const ok = apart >= BYLAW_READINGS_MIN_DAYS;
	return {
		rule: 'bylaw-readings-apart',
		ok,
		source: 'KSL § 2, stk. 2',
		message: ok
			? `Styrelsesvedtægtens to behandlinger (${danish(a)} og ${danish(b)}) ligger ${apart} dage fra hinanden, mindst 6 dage som krævet.`
			: `Styrelsesvedtægtens to behandlinger (${danish(a)} og ${danish(b)}) ligger kun ${apart} dage fra hinanden; der skal være mindst 6 dage.`
	};
}

/**
 * The latest day something may be done for a council meeting `workingDays` working days ahead:
 * the day must be on or before the n-th working day before the meeting day. Closures for all
 * bodies count as days off, which only makes the rule stricter.
 */
function councilNotice(cal: WorkingCalendar, done: DayLike, meetingStart: Temporal.ZonedDateTime, workingDays: number) {
	const doneDate = dateOf(done);
	const meetingDate = dateOf(meetingStart);
	const latest = cal.workingDaysBefore(meetingDate, workingDays);
	return { doneDate, meetingDate, latest, ok: Temporal.PlainDate.compare(doneDate, latest) <= 0 };
}

/** The council's agenda sent at least 4 working days before the meeting (KSL § 8, stk. 4). */
export function checkCouncilAgendaSent(cal: WorkingCalendar, sent: DayLike, meetingStart: Temporal.ZonedDateTime): LegalFinding {
	const { doneDate, meetingDate, latest, ok } = councilNotice(cal, sent, meetingStart, COUNCIL_AGENDA_WORKING_DAYS);
	return {
		rule: 'council-agenda-sent',
		ok,
		source: 'KSL § 8, stk. 4',
		message: ok
			? `Dagsordenen til mødet ${danish(meetingDate)} udsendes ${danish(doneDate)}, senest ${danish(latest)} som krævet.`
			: `Dagsordenen til mødet ${danish(meetingDate)} udsendes ${danish(doneDate)}; den skal så vidt muligt udsendes senest ${danish(latest)} (${COUNCIL_AGENDA_WORKING_DAYS} hverdage før).`
	};
}

/** The material for the council's cases available to the members at least 3 working days before the meeting (KSL § 8, stk. 4). */
export function checkCouncilMaterialAvailable(cal: WorkingCalendar, available: DayLike, meetingStart: Temporal.ZonedDateTime): LegalFinding {
	const { doneDate, meetingDate, latest, ok } = councilNotice(cal, available, meetingStart, COUNCIL_MATERIAL_WORKING_DAYS);
	return {
		rule: 'council-material-available',
		ok,
		source: 'KSL § 8, stk. 4',
		message: ok
			? `Materialet til mødet ${danish(meetingDate)} er tilgængeligt ${danish(doneDate)}, senest ${danish(latest)} som krævet.`
			: `Materialet til mødet ${danish(meetingDate)} er først tilgængeligt ${danish(doneDate)}; det skal så vidt muligt være tilgængeligt senest ${danish(latest)} (${COUNCIL_MATERIAL_WORKING_DAYS} hverdage før).`
	};
}

/** The new council's constitutive meeting: 1–15 December of the election year. */
export function checkConstitutiveMeeting(meeting: DayLike, electionYear: number): LegalFinding {
	const date = dateOf(meeting);
	const term = termContaining(electionYear + 1);
	if (term.startYear !== electionYear + 1) {
		return {
			rule: 'constitutive-meeting',
			ok: false,
			source: 'KSL § 6',
			message: `${electionYear} er ikke et år med kommunalvalg; næste valg er ${danish(term.nextElectionDay)}.`
		};
	}
	const { from, to } = term.constitutiveWindow;
	const ok = Temporal.PlainDate.compare(from, date) <= 0 && Temporal.PlainDate.compare(date, to) <= 0;
	return {
		rule: 'constitutive-meeting',
		ok,
		source: 'KSL § 6',
		message: `Det konstituerende møde ${danish(date)} ligger ${ok ? 'inden for' : 'uden for'} perioden ${danish(from)} – ${danish(to)}.`
	};
}
