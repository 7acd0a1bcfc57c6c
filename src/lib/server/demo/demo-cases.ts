import { Temporal } from 'temporal-polyfill';
import type { Viewer } from '../auth/access.ts';
import { createFixedItem, createTemplate } from '../cases/definitions.ts';
import { createCase } from '../cases/service.ts';
import type { Db } from '../db/index.ts';
import { toDate } from '../db/temporal.ts';
import { RESPONSIBLE_COMMITTEE, type StageRole } from '../../domain/case-path.ts';
import { ZONE } from '../../domain/zone.ts';
import { caseCreateSchema } from '../../schemas/cases.ts';

/** The demo's own actor in the audit log. */
export const DEMO_ACTOR: Viewer = { role: 'admin', name: 'Demodata', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

const stage = (body: string, role: StageRole, afterPreviousBeforeDeadline = false) => ({
	body,
	role,
	minGapDays: 1,
	afterPreviousBeforeDeadline
});

/** The meeting of a body on a Copenhagen calendar day. */
export async function meetingOn(db: Db, code: string, day: string): Promise<string> {
	const from = Temporal.PlainDate.from(day).toZonedDateTime(ZONE).toInstant();
	const row = await db
		.selectFrom('meeting as m')
		.innerJoin('body as b', 'b.id', 'm.body_id')
		.select('m.id')
		.where('b.code', '=', code)
		.where('m.starts_at', '>=', toDate(from))
		.where('m.starts_at', '<', toDate(from.add({ hours: 24 })))
		.executeTakeFirst();
	if (!row) throw new Error(`demo: no ${code} meeting on ${day}`);
	return row.id;
}

/**
 * Path templates, fixed items and cases from the minutes (2023), plus cases planned in the
 * demo's last year so the planner has live work. Runs inside the demo's transaction.
 */
export async function loadDemoCases(db: Db, lastYear: number, now: Temporal.Instant): Promise<void> {
	await createTemplate(db, DEMO_ACTOR, {
		name: 'Politisk sag',
		description: 'Direktionen, det ansvarlige fagudvalg, Økonomiudvalget og Kommunalbestyrelsen.',
		stages: [stage('DIR', 'drøftelse'), stage(RESPONSIBLE_COMMITTEE, 'indstilling', true), stage('ØK', 'indstilling', true), stage('KB', 'beslutning')]
	});
	await createTemplate(db, DEMO_ACTOR, {
		name: 'Personalesag',
		description: 'Personalesager høres i Hovedudvalget (MED) før Økonomiudvalget og Kommunalbestyrelsen.',
		stages: [stage('DIR', 'drøftelse'), stage('HU', 'drøftelse', true), stage('ØK', 'indstilling', true), stage('KB', 'beslutning')]
	});
	await createTemplate(db, DEMO_ACTOR, {
		name: 'Orientering',
		description: 'Direktionen drøfter; fagudvalget orienteres.',
		stages: [stage('DIR', 'drøftelse'), stage(RESPONSIBLE_COMMITTEE, 'orientering', true)]
	});

	await createFixedItem(db, DEMO_ACTOR, {
		body: 'DIR',
		title: 'Direktionens årsplan samt den strategiske udmøntningsplan – generelt fast punkt',
		description: 'Direktionens årsplan og den strategiske udmøntningsplan (bilag vedlagt).',
		rule: { kind: 'every-meeting' },
		closed: false,
		sortOrder: 0
	});
	await createFixedItem(db, DEMO_ACTOR, {
		body: 'DIR',
		title: 'Månedsgrebet',
		description: 'Fagdirektørerne medbringer emner, som direktionen forud for det kommende politiske rul bør være særlig opmærksom på. Direktionens årshjul er vedlagt.',
		rule: { kind: 'first-in-cycle' },
		closed: false,
		sortOrder: 1
	});
	await createFixedItem(db, DEMO_ACTOR, {
		body: 'HU',
		title: 'Ligestillingsredegørelse (hvert tredje år)',
		description: 'Redegørelse efter ligestillingslovens §§ 5 og 5 a for de seneste tre år til 31. maj.',
		rule: { kind: 'every-n-years', every: 3, fromYear: 2020, months: [4], firstOnly: true },
		closed: false,
		sortOrder: 10
	});
	await createFixedItem(db, DEMO_ACTOR, {
		body: 'ØK',
		title: 'Årsregnskab – oversendelse til revisionen',
		description: 'Økonomiudvalget afleverer årsregnskabet til revisionen før 1. maj (BEK 1051/2019 § 8).',
		rule: { kind: 'months', months: [4], firstOnly: true },
		closed: false,
		sortOrder: 10
	});

	const treated = async (body: string, day: string, role: StageRole, after = false) => ({
		...stage(body, role, after),
		meeting: await meetingOn(db, body, day),
		status: 'treated' as const
	});
	const fromMinutes = [
		{
			caseNumber: '28744/23',
			title: 'Ligestillingsredegørelsen 2023',
			description: 'Redegørelse for perioden 1. juni 2020 til 31. maj 2023 efter ligestillingslovens §§ 5 og 5 a.',
			unit: 'HR og Personale',
			responsible: 'Rasmus Redaktør',
			stages: [await treated('DIR', '2023-04-12', 'drøftelse'), await treated('HU', '2023-04-27', 'drøftelse', true), await treated('ØK', '2023-05-16', 'indstilling', true), await treated('KB', '2023-05-23', 'beslutning')]
		},
		{
			caseNumber: '31207/23',
			title: 'Budgetanalyse: Samskabelse og effektivisering',
			description: 'Hvordan samskabelsesprojekter og -processer kan effektivisere driften og øge borgernes tilfredshed.',
			unit: 'Teknik og Miljø',
			responsible: 'Lene Læser',
			committee: 'MTU',
			stages: [await treated('DIR', '2023-04-12', 'drøftelse'), await treated('MTU', '2023-04-24', 'drøftelse', true)]
		},
		{
			caseNumber: '31212/23',
			title: 'Budgetanalyse: Jordfordeling – vådområder og lavbundsjorde',
			description: 'Analyse af jordfordeling med emnerne etablering af vådområder og udtagning af lavbundsjorde.',
			unit: 'Teknik og Miljø',
			responsible: 'Lene Læser',
			committee: 'MTU',
			stages: [await treated('DIR', '2023-04-12', 'drøftelse'), await treated('MTU', '2023-04-24', 'drøftelse', true)]
		},
		{
			caseNumber: '35022/23',
			title: 'Tværgående retningslinjer for informationssikkerhed',
			description: 'Ajourførte retningslinjer med politik for password og for arbejdsmail og Outlook.',
			unit: 'Borgerservice, IT og Digitalisering',
			responsible: 'Anne Admin',
			stages: [await treated('ISU', '2023-03-07', 'drøftelse'), await treated('DIR', '2023-04-12', 'beslutning')]
		},
		{
			caseNumber: '123717/23',
			title: 'Program for KB-seminar 2024',
			description: 'Programudkast for kommunalbestyrelsens seminar 22.–23. januar 2024.',
			unit: 'Ledelsessekretariatet',
			responsible: 'Sofie Sekretariat',
			closed: true,
			stages: [await treated('DIR', '2023-12-13', 'beslutning')]
		}
	];
	for (const c of fromMinutes) {
		await createCase(db, DEMO_ACTOR, caseCreateSchema.parse({ ...c, closed: c.closed ?? false }), now);
	}

	const planned: Record<string, unknown>[] = [
		await accountsCase(db, lastYear),
		{ caseNumber: `5120/${String(lastYear).slice(2)}`, title: 'Trivselsmåling og handleplan', unit: 'HR og Personale', responsible: 'Rasmus Redaktør', committee: null, template: 'Personalesag', plan: { decide: { by: `${lastYear}-06-30` } } },
		{ caseNumber: `6307/${String(lastYear).slice(2)}`, title: 'Kommuneplanstrategi', unit: 'Teknik og Miljø', responsible: 'Lene Læser', committee: 'MTU', template: 'Politisk sag', plan: { decide: { by: `${lastYear}-09-30` } } }
	];
	// The budget: ØK's proposal, the council's first reading, ØK again, the adopting second reading.
	const budgetMeetings = [
		['ØK', `${lastYear}-08-17`, 'indstilling'],
		['KB', `${lastYear}-08-24`, 'drøftelse'],
		['ØK', `${lastYear}-09-21`, 'indstilling'],
		['KB', `${lastYear}-09-28`, 'beslutning']
	] as const;
	const budgetStages = [];
	for (const [body, day, role] of budgetMeetings) budgetStages.push({ ...stage(body, role, false), meeting: await meetingOn(db, body, day), status: 'planned' as const });
	planned.push({
		caseNumber: `7001/${String(lastYear).slice(2)}`,
		title: `Budget ${lastYear + 1}–${lastYear + 4}`,
		unit: 'Økonomi',
		responsible: 'Sofie Sekretariat',
		committee: 'ØK',
		legalKind: 'budget',
		// The year's big case: a band on the wheel's key-case ring from August to the second reading.
		keyCase: true,
		stages: budgetStages
	});
	for (const c of planned) {
		await createCase(db, DEMO_ACTOR, caseCreateSchema.parse({ ...c, closed: false }), now);
	}
	await loadCurrentYearCases(db, now.toZonedDateTimeISO(ZONE).year, lastYear, now);
	// The demo users are the cases' responsible persons, so their personal feeds have cases.
	await db
		.updateTable('case_file')
		.set((eb) => ({ is_demo: true, responsible_user_id: eb.selectFrom('app_user').select('app_user.id').whereRef('app_user.name', '=', 'case_file.responsible_name') }))
		.execute();
	await db.updateTable('path_template').set({ is_demo: true }).execute();
	await db.updateTable('fixed_item').set({ is_demo: true }).execute();
}

/**
 * Last year's accounts as the law orders them (BEK 1051/2019 § 8; KSL § 45): ØK presents them
 * and the council hands them to the auditors in April; after the audit report, ØK and the
 * council approve them in August.
 */
async function accountsCase(db: Db, year: number): Promise<Record<string, unknown>> {
	const stages = await councilStages(db, year, [['ØK', 4, 'indstilling'], ['KB', 4, 'drøftelse'], ['ØK', 8, 'indstilling'], ['KB', 8, 'beslutning']]);
	return { caseNumber: `4410/${String(year).slice(2)}`, title: `Årsregnskab ${year - 1}`, unit: 'Økonomi', responsible: 'Sofie Sekretariat', committee: 'ØK', legalKind: 'accounts', stages };
}

type Role = 'orientering' | 'drøftelse' | 'indstilling' | 'beslutning';

/** Stages on the council's meeting (fourth Tuesday) of given months, or ØK's the week before. */
async function councilStages(db: Db, year: number, spec: readonly (readonly ['ØK' | 'KB', number, Role])[]) {
	const stages = [];
	for (const [body, month, role] of spec) {
		const kb = fourthTuesday(year, month);
		const day = body === 'KB' ? kb : kb.subtract({ days: 7 });
		stages.push({ ...stage(body, role, false), meeting: await meetingOn(db, body, day.toString()), status: 'planned' as const });
	}
	return stages;
}

/** The fourth Tuesday of a month: the demo council's meeting day. */
function fourthTuesday(year: number, month: number): Temporal.PlainDate {
	const first = Temporal.PlainDate.from({ year, month, day: 1 });
	return first.add({ days: ((2 - first.dayOfWeek + 7) % 7) + 21 });
}

/**
 * Work in the year of `now`, so the wheel, the case selector and the legal checks have
 * something to show today: the year's budget (ØK and two council readings in August and
 * September), last year's accounts, a personnel case and a committee case. Stages on meetings
 * before `now` are treated.
 */
async function loadCurrentYearCases(db: Db, year: number, lastYear: number, now: Temporal.Instant): Promise<void> {
	if (year >= lastYear || year < 2023) return;
	const yy = String(year).slice(2);
	const budgetStages = await councilStages(db, year, [['ØK', 8, 'indstilling'], ['KB', 8, 'drøftelse'], ['ØK', 9, 'indstilling'], ['KB', 9, 'beslutning']]);
	const cases: Record<string, unknown>[] = [
		{ caseNumber: `7001/${yy}`, title: `Budget ${year + 1}–${year + 4}`, unit: 'Økonomi', responsible: 'Sofie Sekretariat', committee: 'ØK', legalKind: 'budget', stages: budgetStages },
		await accountsCase(db, year),
		{ caseNumber: `5230/${yy}`, title: `Sygefraværspolitik ${year}`, unit: 'HR og Personale', responsible: 'Rasmus Redaktør', committee: null, template: 'Personalesag', plan: { decide: { by: `${year}-11-30` } } },
		{ caseNumber: `6410/${yy}`, title: `Trafiksikkerhedsplan ${year}`, unit: 'Teknik og Miljø', responsible: 'Lene Læser', committee: 'MTU', template: 'Politisk sag', plan: { decide: { by: `${year}-10-31` } } }
	];
	const ids: string[] = [];
	for (const c of cases) ids.push((await createCase(db, DEMO_ACTOR, caseCreateSchema.parse({ ...c, closed: false }), now)).id);
	// What already happened this year has been treated.
	await db
		.updateTable('case_stage')
		.set({ status: 'treated' })
		.where('case_id', 'in', ids)
		.where('meeting_id', 'in', db.selectFrom('meeting').select('id').where('starts_at', '<', toDate(now)))
		.execute();
}
