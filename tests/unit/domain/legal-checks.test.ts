import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
	budgetAdoptionDeadline,
	budgetDeadlines,
	bylawWithOneReading,
	noBudgetPlanned,
	checkAccountsOrder,
	checkAccountsToAuditors,
	checkBudgetProposal,
	checkBudgetReadings,
	checkBylawReadings,
	checkConstitutiveMeeting,
	checkCouncilAgendaSent,
	checkCouncilMaterialAvailable
} from '../../../src/lib/domain/legal-checks.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';

const day = (iso: string) => Temporal.PlainDate.from(iso);
const at = (local: string) => Temporal.ZonedDateTime.from(`${local}[Europe/Copenhagen]`);
const cal = createWorkingCalendar();

describe('checkBudgetReadings (KSL § 38)', () => {
	it('passes two readings four weeks apart, adopted before 15 October', () => {
		expect(checkBudgetReadings(at('2023-09-12T17:00'), at('2023-10-10T17:00'))).toEqual([
			{
				rule: 'budget-readings-apart',
				ok: true,
				source: 'KSL § 38',
				message: 'Budgettets 1. behandling (12. september 2023) og 2. behandling (10. oktober 2023) ligger 28 dage fra hinanden, mindst 3 uger som krævet.'
			},
			{ rule: 'budget-adopted-by-deadline', ok: true, source: 'KSL § 38', message: 'Budgettet vedtages 10. oktober 2023, inden fristen 15. oktober 2023.' }
		]);
	});

	it('accepts exactly three weeks and adoption on the deadline itself', () => {
		expect(checkBudgetReadings(day('2023-09-24'), day('2023-10-15')).map((f) => f.ok)).toEqual([true, true]);
	});

	it('fails readings 20 days apart and adoption after the deadline', () => {
		expect(checkBudgetReadings(day('2023-09-26'), day('2023-10-16'))).toEqual([
			{
				rule: 'budget-readings-apart',
				ok: false,
				source: 'KSL § 38',
				message: 'Budgettets 1. behandling (26. september 2023) og 2. behandling (16. oktober 2023) ligger kun 20 dage fra hinanden; der skal være mindst 3 uger.'
			},
			{ rule: 'budget-adopted-by-deadline', ok: false, source: 'KSL § 38', message: 'Budgettet vedtages 16. oktober 2023, efter fristen 15. oktober 2023.' }
		]);
	});

	it('uses a moved deadline: 5 November in 2019', () => {
		const moved = budgetAdoptionDeadline(2019, day('2019-11-05'));
		expect(checkBudgetReadings(day('2019-10-08'), day('2019-11-05'), moved)[1]?.ok).toBe(true);
		expect(checkBudgetReadings(day('2019-10-08'), day('2019-11-05'))[1]?.ok).toBe(false);
		expect(budgetAdoptionDeadline(2024).toString()).toBe('2024-10-15');
	});
});

describe('checkBudgetProposal (KSL § 38)', () => {
	it("passes ØK's proposal by 15 September and fails it after", () => {
		expect(checkBudgetProposal(at('2023-09-15T16:00'))).toEqual({
			rule: 'budget-proposal-by-deadline',
			ok: true,
			source: 'KSL § 38',
			message: 'Økonomiudvalgets budgetforslag 15. september 2023 ligger inden fristen 15. september 2023.'
		});
		expect(checkBudgetProposal(day('2023-09-19'))).toEqual({
			rule: 'budget-proposal-by-deadline',
			ok: false,
			source: 'KSL § 38',
			message: 'Økonomiudvalgets budgetforslag 19. september 2023 ligger efter fristen 15. september 2023.'
		});
		expect(checkBudgetProposal(day('2019-09-19'), day('2019-09-24')).ok).toBe(true);
	});
});

describe('checkAccountsToAuditors (BEK 1051/2019 § 8)', () => {
	it('passes 30 April and fails 1 May of the year after', () => {
		expect(checkAccountsToAuditors(day('2024-04-30'), 2023)).toEqual({
			rule: 'accounts-to-auditors',
			ok: true,
			source: 'BEK 1051/2019 § 8',
			message: 'Regnskabet for 2023 afleveres til revisionen 30. april 2024, før 1. maj 2024.'
		});
		expect(checkAccountsToAuditors(at('2024-05-01T09:00'), 2023)).toEqual({
			rule: 'accounts-to-auditors',
			ok: false,
			source: 'BEK 1051/2019 § 8',
			message: 'Regnskabet for 2023 afleveres til revisionen 1. maj 2024; det skal ske før 1. maj 2024.'
		});
	});
});

describe('checkBylawReadings (KSL § 2, stk. 2)', () => {
	it('passes readings 6 days apart and fails 5', () => {
		expect(checkBylawReadings(at('2023-05-23T17:00'), at('2023-05-29T17:00'))).toEqual({
			rule: 'bylaw-readings-apart',
			ok: true,
			source: 'KSL § 2, stk. 2',
			message: 'Styrelsesvedtægtens to behandlinger (23. maj 2023 og 29. maj 2023) ligger 6 dage fra hinanden, mindst 6 dage som krævet.'
		});
		expect(checkBylawReadings(day('2023-05-23'), day('2023-05-28'))).toEqual({
			rule: 'bylaw-readings-apart',
			ok: false,
			source: 'KSL § 2, stk. 2',
			message: 'Styrelsesvedtægtens to behandlinger (23. maj 2023 og 28. maj 2023) ligger kun 5 dage fra hinanden; der skal være mindst 6 dage.'
		});
	});
});

describe('checkCouncilMaterialAvailable (KSL § 8, stk. 4): its own 3 working days', () => {
	const meeting = at('2023-05-23T17:00');

	it('counts 3 working days back over Ascension Day: material on 17 May passes though an agenda sent then fails', () => {
		expect(checkCouncilMaterialAvailable(cal, day('2023-05-17'), meeting)).toEqual({
			rule: 'council-material-available',
			ok: true,
			source: 'KSL § 8, stk. 4',
			message: 'Materialet til mødet 23. maj 2023 er tilgængeligt 17. maj 2023, senest 17. maj 2023 som krævet.'
		});
		expect(checkCouncilAgendaSent(cal, day('2023-05-17'), meeting).ok).toBe(false);
	});

	it('fails material first available on 19 May', () => {
		expect(checkCouncilMaterialAvailable(cal, day('2023-05-19'), meeting)).toEqual({
			rule: 'council-material-available',
			ok: false,
			source: 'KSL § 8, stk. 4',
			message: 'Materialet til mødet 23. maj 2023 er først tilgængeligt 19. maj 2023; det skal så vidt muligt være tilgængeligt senest 17. maj 2023 (3 hverdage før).'
		});
	});
});

describe('checkCouncilAgendaSent (KSL § 8, stk. 4)', () => {
	const meeting = at('2023-05-23T17:00');

	it('counts 4 working days back over Ascension Day: sent 16 May passes', () => {
		expect(checkCouncilAgendaSent(cal, at('2023-05-16T15:00'), meeting)).toEqual({
			rule: 'council-agenda-sent',
			ok: true,
			source: 'KSL § 8, stk. 4',
			message: 'Dagsordenen til mødet 23. maj 2023 udsendes 16. maj 2023, senest 16. maj 2023 som krævet.'
		});
	});

	it('fails an agenda sent 17 May', () => {
		expect(checkCouncilAgendaSent(cal, day('2023-05-17'), meeting)).toEqual({
			rule: 'council-agenda-sent',
			ok: false,
			source: 'KSL § 8, stk. 4',
			message: 'Dagsordenen til mødet 23. maj 2023 udsendes 17. maj 2023; den skal så vidt muligt udsendes senest 16. maj 2023 (4 hverdage før).'
		});
	});

	it('honours closures for all bodies', () => {
		const closed = createWorkingCalendar([{ from: day('2023-05-16'), to: day('2023-05-16'), name: 'Lukket', bodyCodes: null }]);
		expect(checkCouncilAgendaSent(closed, day('2023-05-16'), meeting).ok).toBe(false);
		expect(checkCouncilAgendaSent(closed, day('2023-05-15'), meeting).ok).toBe(true);
	});
});

describe('checkConstitutiveMeeting (KSL § 6)', () => {
	it('passes 1–15 December of the election year and fails outside it', () => {
		expect(checkConstitutiveMeeting(day('2025-12-10'), 2025)).toEqual({
			rule: 'constitutive-meeting',
			ok: true,
			source: 'KSL § 6',
			message: 'Det konstituerende møde 10. december 2025 ligger inden for perioden 1. december 2025 – 15. december 2025.'
		});
		expect(checkConstitutiveMeeting(day('2025-12-01'), 2025).ok).toBe(true);
		expect(checkConstitutiveMeeting(day('2025-12-15'), 2025).ok).toBe(true);
		expect(checkConstitutiveMeeting(at('2025-12-16T19:00'), 2025)).toEqual({
			rule: 'constitutive-meeting',
			ok: false,
			source: 'KSL § 6',
			message: 'Det konstituerende møde 16. december 2025 ligger uden for perioden 1. december 2025 – 15. december 2025.'
		});
		expect(checkConstitutiveMeeting(day('2021-12-07'), 2021).ok).toBe(true);
	});

	it('refuses a year without a local election', () => {
		expect(checkConstitutiveMeeting(day('2024-12-10'), 2024)).toEqual({
			rule: 'constitutive-meeting',
			ok: false,
			source: 'KSL § 6',
			message: '2024 er ikke et år med kommunalvalg; næste valg er 18. november 2025.'
		});
	});
});

describe('findings without the dates to check', () => {
	it('a year without a budget case is a failed finding citing KSL §§ 37 and 38', () => {
		expect(noBudgetPlanned(2026)).toEqual({
			rule: 'budget-planned',
			ok: false,
			source: 'KSL § 37 og § 38, stk. 1',
			message: 'Intet budget planlagt til vedtagelse i 2026: økonomiudvalgets forslag til årsbudget skal have to behandlinger i kommunalbestyrelsen med mindst 3 ugers mellemrum (KSL § 38, stk. 1).'
		});
	});

	it('a bylaw case with one council reading fails KSL § 2, stk. 2', () => {
		expect(bylawWithOneReading()).toMatchObject({ rule: 'bylaw-readings-apart', ok: false, source: 'KSL § 2, stk. 2' });
	});
});

describe('checkAccountsOrder (BEK 1051/2019 § 8; KSL § 45)', () => {
	const rules = (findings: { rule: string; ok: boolean }[]) => findings.map((f) => [f.rule, f.ok]);

	it('passes ØK before the council handing over in April and the council approving in August', () => {
		const findings = checkAccountsOrder({ finance: [day('2027-04-20'), day('2027-08-17')], council: [at('2027-04-27T17:00'), at('2027-08-24T17:00')] }, 2026);
		expect(rules(findings)).toEqual([
			['accounts-presented', true],
			['accounts-to-auditors', true],
			['accounts-approved', true]
		]);
		expect(findings[1]).toMatchObject({ source: 'BEK 1051/2019 § 8, stk. 1', message: 'Regnskabet for 2026 afleveres til revisionen 27. april 2027, før 1. maj 2027.' });
	});

	it('fails a hand-over by ØK alone, a council after 1 May, and an approval too late for Ankestyrelsen', () => {
		expect(rules(checkAccountsOrder({ finance: [day('2027-04-20')], council: [] }, 2026))).toEqual([['accounts-to-auditors', false]]);
		expect(rules(checkAccountsOrder({ finance: [], council: [day('2027-05-25'), day('2027-09-28')] }, 2026))).toEqual([
			['accounts-presented', false],
			['accounts-to-auditors', false],
			['accounts-approved', false]
		]);
		expect(checkAccountsOrder({ finance: [day('2027-04-20')], council: [day('2027-04-27')] }, 2026)[2]?.message).toBe(
			'Kommunalbestyrelsens godkendelse af regnskabet for 2026 efter revisionens beretning (senest 15. juni 2027) er ikke planlagt; regnskabet skal til Ankestyrelsen inden udgangen af august.'
		);
	});
});

describe('budgetDeadlines (KSL §§ 37–38)', () => {
	const plain = (d: { proposal: Temporal.PlainDate; adoption: Temporal.PlainDate }) => [d.proposal.toString(), d.adoption.toString()];

	it('15 September and 15 October unless moved', () => {
		expect(plain(budgetDeadlines(2027))).toEqual(['2027-09-15', '2027-10-15']);
	});

	it('moves the proposal with the adoption, as in 2019 (5 November), unless its own date is given', () => {
		expect(plain(budgetDeadlines(2019, { adoption: day('2019-11-05') }))).toEqual(['2019-10-06', '2019-11-05']);
		expect(plain(budgetDeadlines(2019, { adoption: day('2019-11-05'), proposal: day('2019-09-30') }))).toEqual(['2019-09-30', '2019-11-05']);
	});
});
