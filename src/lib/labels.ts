import type { AuditAction, AuditEntity } from './domain/audit.ts';
import type { BodyKind } from './domain/bodies.ts';
import type { StageStatus } from './domain/case-path.ts';
import type { EventCategory } from './domain/events.ts';
import type { FixedItemRule, FixedItemRuleKind } from './domain/fixed-items.ts';
import type { DayOffKind } from './domain/holidays.ts';
import type { MeetingStatus } from './domain/meetings.ts';
import { danishMonthName } from './domain/month-names.ts';

/** Danish names for the values and fields the pages show, one for every value of each list. */

export const STATUS_LABEL: Record<MeetingStatus, string> = { planned: 'Planlagt', confirmed: 'Bekræftet', cancelled: 'Aflyst' };

export const CATEGORY_LABEL: Record<EventCategory, string> = {
	seminar: 'Seminar',
	reception: 'Reception',
	deadline: 'Frist',
	budget: 'Budget',
	other: 'Andet'
};

export const KIND_LABEL: Record<BodyKind, string> = {
	council: 'Kommunalbestyrelse',
	'finance-committee': 'Økonomiudvalg',
	'standing-committee': 'Fagudvalg',
	'med-committee': 'MED-udvalg',
	'executive-board': 'Direktion',
	other: 'Andet forum'
};

export const ENTITY_LABEL: Record<AuditEntity, string> = {
	meeting: 'Møde',
	event: 'Begivenhed',
	body: 'Organ',
	closure: 'Lukkeperiode',
	meeting_plan: 'Mødeplan',
	api_token: 'API-nøgle',
	app_user: 'Bruger',
	case: 'Sag',
	path_template: 'Sagsgangsskabelon',
	fixed_item: 'Fast punkt',
	feed_subscription: 'Kalenderabonnement',
	session: 'Login',
	sso_setting: 'Login med kommunens konto',
	sso_role_rule: 'Rolleregel for login',
	import: 'Import',
	cycle: 'Politisk rul',
	wheel_setting: 'Årshjulets indstillinger'
};

export const ACTION_LABEL: Record<AuditAction, string> = {
	create: 'Oprettet',
	update: 'Ændret',
	move: 'Flyttet',
	cancel: 'Aflyst',
	restore: 'Genoptaget',
	delete: 'Slettet',
	'accept-plan': 'Mødeplan godkendt',
	revoke: 'Tilbagekaldt',
	'sign-in': 'Logget ind',
	'sign-in-refused': 'Login afvist',
	import: 'Importeret'
};

/** Field names of the audit snapshots (meetingSnapshot, eventSnapshot, bodySnapshot, users). */
export const SNAPSHOT_LABEL: Record<string, string> = {
	start: 'Start',
	end: 'Slut',
	location: 'Sted',
	status: 'Status',
	note: 'Note',
	version: 'Version',
	title: 'Titel',
	category: 'Kategori',
	when: 'Tidspunkt',
	public: 'Offentlig',
	description: 'Beskrivelse',
	code: 'Kode',
	slug: 'Adresse',
	name: 'Navn',
	kind: 'Type',
	color: 'Farve',
	defaultStart: 'Starttid',
	defaultMinutes: 'Varighed (min.)',
	defaultLocation: 'Mødested',
	deadline: 'Frist',
	from: 'Fra',
	to: 'Til',
	body: 'Organ',
	email: 'E-mail',
	unit: 'Enhed',
	role: 'Rolle',
	disabled: 'Deaktiveret',
	rule: 'Regel',
	minutes: 'Varighed (min.)',
	excludeMonths: 'Undtagne måneder',
	onDayOff: 'Møde på en fridag',
	keepMorningOnHalfDay: 'Formiddagsmøde på en halv fridag',
	constitutive: 'Konstituerende møde',
	briefing: 'Månedsgrebet',
	caseNumber: 'Sagsnummer',
	stages: 'Sagsgang',
	closed: 'Lukket',
	sortOrder: 'Rækkefølge',
	roleClaim: 'Claim med roller',
	unitClaim: 'Claim med enhed',
	defaultRole: 'Standardrolle',
	selection: 'Valg',
	keyCase: 'Nøglesag',
	loadThreshold: 'Mange sager fra'
};

export const FIXED_ITEM_RULE_LABEL: Record<FixedItemRuleKind, string> = {
	'every-meeting': 'På hvert møde',
	'first-in-cycle': 'På første møde i hvert politisk rul',
	months: 'I bestemte måneder hvert år',
	'every-n-years': 'Hvert n-te år'
};

const ORDINAL = ['', 'første', 'andet', 'tredje', 'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende', 'tiende', 'ellevte', 'tolvte'];

/** "marts, april og maj" */
function monthList(months: readonly number[]): string {
	const names = [...months].sort((a, b) => a - b).map(danishMonthName);
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** A fixed item's rule in words: "På første møde i september hvert tredje år fra 2020". */
export function fixedItemRuleText(rule: FixedItemRule): string {
	switch (rule.kind) {
		case 'every-meeting':
		case 'first-in-cycle':
			return FIXED_ITEM_RULE_LABEL[rule.kind];
		case 'months':
			return `På ${rule.firstOnly ? 'første møde' : 'møderne'} i ${monthList(rule.months)} hvert år`;
		case 'every-n-years': {
			const meetings = rule.months?.length ? `${rule.firstOnly ? 'første møde' : 'møderne'} i ${monthList(rule.months)}` : rule.firstOnly ? 'første møde' : 'hvert møde';
			const years = rule.every === 1 ? 'hvert år' : `hvert ${ORDINAL[rule.every] ?? `${rule.every}.`} år`;
			return `På ${meetings} ${years} fra ${rule.fromYear}`;
		}
	}
}

/** A stage's status inside a sentence, as the history writes a path. */
export const STAGE_STATUS_WORDS: Record<StageStatus, string> = { planned: 'planlagt', 'on-agenda': 'på dagsordenen', treated: 'behandlet', postponed: 'udsat' };

export const DAY_OFF_KIND_LABEL: Record<DayOffKind, string> = { holiday: 'Helligdag', closed: 'Lukkedag', 'half-day': 'Fri fra kl. 12' };

export { MONTH_SHORT } from './domain/month-names.ts';
export { WEEKDAY_NAMES as WEEKDAY_LABEL } from './domain/working-days.ts';
