import type { AuditAction, AuditEntity } from './domain/audit.ts';
import type { BodyKind } from './domain/bodies.ts';
import type { EventCategory } from './domain/events.ts';
import type { DayOffKind } from './domain/holidays.ts';
import type { MeetingStatus } from './domain/meetings.ts';

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
	wheel_setting: 'Årshjulets indstillinger',
	import: 'Import'
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
	keyCase: 'Nøglesag',
	loadThreshold: 'Mange sager fra'
};

export const DAY_OFF_KIND_LABEL: Record<DayOffKind, string> = { holiday: 'Helligdag', closed: 'Lukkedag', 'half-day': 'Fri fra kl. 12' };

export { MONTH_SHORT } from './domain/month-names.ts';
export { WEEKDAY_NAMES as WEEKDAY_LABEL } from './domain/working-days.ts';
