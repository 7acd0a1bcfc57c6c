import { Temporal } from 'temporal-polyfill';
import type { DayOffPolicy, PlanRule } from '../../domain/meeting-plan.ts';
import type { BodyKind, EventCategory } from '../db/schema.ts';

/**
 * A Norddjurs-like municipality, built from the executive board's minutes 2021–2023
 * (shared/seeds): the board meets on Wednesday mornings, the council on a Tuesday evening
 * once a month except July, ØK the Tuesday a week before, HU and the committees monthly.
 */
export interface DemoBody {
	code: string;
	slug: string;
	name: string;
	kind: BodyKind;
	color: string;
	isPublic: boolean;
	start: string;
	minutes: number;
	location: string;
	deadlineDays: number;
	deadlineTime: string;
	/** a monthly body moves a meeting off a day off rather than lose its month; the weekly board skips it */
	plan: { rule: PlanRule; excludeMonths: number[]; onDayOff: DayOffPolicy };
}

const monthly = (weekday: number, nth: number): PlanRule => ({ kind: 'monthly', weekday, nth });
const MON = 1, TUE = 2, WED = 3, THU = 4;

export const DEMO_BODIES: DemoBody[] = [
	{ code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', kind: 'council', color: '#8c2d19', isPublic: true, start: '17:00', minutes: 240, location: 'Byrådssalen, Rådhuset, Grenaa', deadlineDays: 6, deadlineTime: '12:00', plan: { rule: monthly(TUE, 4), excludeMonths: [7, 12], onDayOff: 'move-after' } },
	{ code: 'ØK', slug: 'oekonomiudvalget', name: 'Økonomiudvalget', kind: 'finance-committee', color: '#b5651d', isPublic: true, start: '16:00', minutes: 120, location: 'Mødelokale 1, Rådhuset, Grenaa', deadlineDays: 6, deadlineTime: '12:00', plan: { rule: { kind: 'relative', anchorBody: 'KB', offsetDays: -7 }, excludeMonths: [], onDayOff: 'move-before' } },
	{ code: 'MTU', slug: 'miljoe-og-teknikudvalget', name: 'Miljø- og teknikudvalget', kind: 'standing-committee', color: '#2e7d32', isPublic: true, start: '15:00', minutes: 150, location: 'Mødelokale 2, Rådhuset, Grenaa', deadlineDays: 8, deadlineTime: '12:00', plan: { rule: monthly(MON, 4), excludeMonths: [7], onDayOff: 'move-after' } },
	{ code: 'BUU', slug: 'boerne-og-ungdomsudvalget', name: 'Børne- og ungdomsudvalget', kind: 'standing-committee', color: '#1565c0', isPublic: true, start: '15:00', minutes: 150, location: 'Mødelokale 2, Rådhuset, Grenaa', deadlineDays: 8, deadlineTime: '12:00', plan: { rule: monthly(TUE, 1), excludeMonths: [7], onDayOff: 'move-after' } },
	{ code: 'SSU', slug: 'social-sundheds-og-aeldreudvalget', name: 'Social-, sundheds- og ældreudvalget', kind: 'standing-committee', color: '#6a1b9a', isPublic: true, start: '15:00', minutes: 150, location: 'Mødelokale 2, Rådhuset, Grenaa', deadlineDays: 8, deadlineTime: '12:00', plan: { rule: monthly(WED, 1), excludeMonths: [7], onDayOff: 'move-after' } },
	{ code: 'KFU', slug: 'kultur-og-fritidsudvalget', name: 'Kultur- og fritidsudvalget', kind: 'standing-committee', color: '#00838f', isPublic: true, start: '16:00', minutes: 120, location: 'Mødelokale 2, Rådhuset, Grenaa', deadlineDays: 8, deadlineTime: '12:00', plan: { rule: monthly(MON, 2), excludeMonths: [7], onDayOff: 'move-after' } },
	{ code: 'HU', slug: 'hovedudvalget', name: 'Hovedudvalget (Hoved-MED)', kind: 'med-committee', color: '#ad1457', isPublic: true, start: '13:00', minutes: 120, location: 'Mødelokale 1, Rådhuset, Grenaa', deadlineDays: 7, deadlineTime: '12:00', plan: { rule: monthly(THU, 4), excludeMonths: [7, 12], onDayOff: 'move-after' } },
	{ code: 'DIR', slug: 'direktionen', name: 'Direktionen', kind: 'executive-board', color: '#37474f', isPublic: true, start: '09:00', minutes: 180, location: 'Direktionens mødelokale, Rådhuset, Grenaa', deadlineDays: 5, deadlineTime: '12:00', plan: { rule: { kind: 'weekly', weekday: WED }, excludeMonths: [], onDayOff: 'skip' } },
	{ code: 'CF', slug: 'chefforum', name: 'Chefforum', kind: 'other', color: '#795548', isPublic: false, start: '13:00', minutes: 120, location: 'Kantinen, Rådhuset, Grenaa', deadlineDays: 5, deadlineTime: '12:00', plan: { rule: monthly(THU, 1), excludeMonths: [7], onDayOff: 'move-after' } },
	{ code: 'ISU', slug: 'informationssikkerhedsudvalget', name: 'Informationssikkerhedsudvalget', kind: 'other', color: '#455a64', isPublic: false, start: '10:00', minutes: 90, location: 'Mødelokale 3, Rådhuset, Grenaa', deadlineDays: 5, deadlineTime: '12:00', plan: { rule: { kind: 'iso-weeks', weekday: TUE, weeks: [10, 23, 37, 48] }, excludeMonths: [], onDayOff: 'skip' } }
];

/** Closures (lukkeperioder) repeated every demo year. */
export const DEMO_CLOSURES = (year: number) => [
	{ name: 'Mellem jul og nytår', from: `${year}-12-27`, to: `${year}-12-30`, bodyCode: null },
	{ name: 'Direktionens sommerferie', from: `${year}-07-13`, to: `${year}-08-02`, bodyCode: 'DIR' }
];

export interface DemoEvent {
	title: string;
	category: EventCategory;
	isPublic: boolean;
	bodyCode: string | null;
	location: string;
	description: string;
	/** all-day: [from, to] inclusive; timed: local wall-clock times in Copenhagen */
	days?: { from: string; to: string };
	at?: { date: string; start: string; end: string };
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
	const first = Temporal.PlainDate.from({ year, month, day: 1 });
	return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (nth - 1) }).toString();
}

function isoWeekMonday(year: number, week: number): Temporal.PlainDate {
	const jan4 = Temporal.PlainDate.from({ year, month: 1, day: 4 });
	return jan4.subtract({ days: jan4.dayOfWeek - 1 }).add({ weeks: week - 1 });
}

const TOWN_HALL = 'Rådhuset, Grenaa';

/** The year's events: the minutes give 2024's (KB-seminar 22–23 January, nytårskur 9 and 10 January). */
export function demoEvents(year: number): DemoEvent[] {
	const reception = nthWeekday(year, 1, 2, 2);
	const leaders = Temporal.PlainDate.from(reception).add({ days: 1 }).toString();
	const seminar = isoWeekMonday(year, 4);
	const budgetSeminar = isoWeekMonday(year, 35).add({ days: 3 });
	const events: DemoEvent[] = [
		{ title: 'Nytårskur', category: 'reception', isPublic: true, bodyCode: null, location: TOWN_HALL, description: 'Borgmesterens nytårskur for borgere, erhvervsliv og foreninger.', at: { date: reception, start: '16:00', end: '18:00' } },
		{ title: 'Nytårskur for ledere', category: 'reception', isPublic: false, bodyCode: null, location: TOWN_HALL, description: 'Nytårskur for kommunens ledere.', at: { date: leaders, start: '14:00', end: '16:00' } },
		{ title: 'KB-seminar', category: 'seminar', isPublic: false, bodyCode: 'KB', location: 'Konferencecenter, Djursland', description: 'Kommunalbestyrelsens seminar (to dage).', days: { from: seminar.toString(), to: seminar.add({ days: 1 }).toString() } },
		{ title: 'Budgetseminar', category: 'budget', isPublic: false, bodyCode: 'KB', location: TOWN_HALL, description: 'Kommunalbestyrelsens budgetseminar.', days: { from: budgetSeminar.toString(), to: budgetSeminar.add({ days: 1 }).toString() } },
		{ title: 'Frist: regnskab til revisionen', category: 'deadline', isPublic: false, bodyCode: 'KB', location: '', description: 'Kommunalbestyrelsen afgiver årsregnskabet, aflagt af Økonomiudvalget, til revisionen før 1. maj (BEK 1051/2019 § 8, stk. 1; KSL § 45).', days: { from: `${year}-04-30`, to: `${year}-04-30` } },
		{ title: 'Frist: Økonomiudvalgets budgetforslag', category: 'deadline', isPublic: true, bodyCode: 'ØK', location: '', description: 'Økonomiudvalget udarbejder forslag til årsbudget senest 15. september (KSL § 38).', days: { from: `${year}-09-15`, to: `${year}-09-15` } },
		{ title: 'Frist: budgetvedtagelse', category: 'deadline', isPublic: true, bodyCode: 'KB', location: '', description: 'Kommunalbestyrelsen vedtager budgettet senest 15. oktober (KSL § 38).', days: { from: `${year}-10-15`, to: `${year}-10-15` } },
		{ title: 'Strategisk dialog med borgmesteren', category: 'other', isPublic: false, bodyCode: 'DIR', location: 'Borgmesterens kontor', description: 'Direktionens strategiske dialog med borgmesteren.', at: { date: nthWeekday(year, 3, 5, 2), start: '10:00', end: '12:00' } },
		{ title: 'Dialogmøder med enhedsledere', category: 'other', isPublic: false, bodyCode: 'DIR', location: TOWN_HALL, description: 'Direktionens dialogmøder med lederne af kommunens enheder.', days: { from: isoWeekMonday(year, 45).toString(), to: isoWeekMonday(year, 45).add({ days: 2 }).toString() } }
	];
	if (year % 4 === 1) {
		const election = nthWeekday(year, 11, 2, 3);
		events.push({ title: 'Kommunalvalg', category: 'other', isPublic: true, bodyCode: null, location: '', description: 'Valg til kommunalbestyrelsen (valgloven § 6).', days: { from: election, to: election } });
	}
	return events;
}
