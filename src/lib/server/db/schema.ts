import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** `date` columns travel as 'YYYY-MM-DD' strings; `time` as 'HH:MM:SS'. */
type DateString = string;
type TimeString = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type BodyKind = 'council' | 'finance-committee' | 'standing-committee' | 'med-committee' | 'executive-board' | 'other';
export type MeetingStatus = 'planned' | 'confirmed' | 'cancelled';
export type EventCategory = 'seminar' | 'reception' | 'deadline' | 'budget' | 'other';

export interface BodyTable {
	id: Generated<number>;
	code: string;
	slug: string;
	name: string;
	kind: BodyKind;
	color: string;
	is_public: boolean;
	default_start_time: TimeString;
	default_duration_minutes: number;
	default_location: Generated<string>;
	deadline_working_days: number;
	deadline_time: TimeString;
	sort_order: Generated<number>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
}

export interface MeetingPlanTable {
	id: Generated<number>;
	body_id: number;
	year: number;
	rule: ColumnType<unknown, string, string>;
	start_time: TimeString;
	duration_minutes: number;
	exclude_months: ColumnType<number[], number[] | undefined, number[]>;
	on_day_off: Generated<'skip' | 'move-before' | 'move-after'>;
	keep_morning_on_half_day: Generated<boolean>;
	location: Generated<string>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
}

export interface MeetingTable {
	id: Generated<string>;
	body_id: number;
	starts_at: Timestamp;
	ends_at: Timestamp;
	location: Generated<string>;
	status: Generated<MeetingStatus>;
	note: Generated<string>;
	plan_id: number | null;
	plan_key: DateString | null;
	changed_by_hand: Generated<boolean>;
	/** the new council's constitutive meeting (KSL § 6, stk. 1) */
	is_constitutive: Generated<boolean>;
	sequence: Generated<number>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ClosureTable {
	id: Generated<number>;
	name: string;
	from_date: DateString;
	to_date: DateString;
	body_id: number | null;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface EventTable {
	id: Generated<string>;
	title: string;
	description: Generated<string>;
	category: EventCategory;
	all_day: boolean;
	starts_at: Timestamp | null;
	ends_at: Timestamp | null;
	start_date: DateString | null;
	end_date: DateString | null;
	location: Generated<string>;
	is_public: boolean;
	body_id: number | null;
	sequence: Generated<number>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type Role = 'admin' | 'secretariat' | 'editor' | 'reader';

export interface UserTable {
	id: Generated<number>;
	email: string;
	name: string;
	unit: Generated<string>;
	role: Role;
	password_hash: string;
	is_demo: Generated<boolean>;
	disabled_at: Timestamp | null;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
}

export interface SessionTable {
	id: string;
	user_id: number;
	secret_hash: Uint8Array;
	created_at: GeneratedTimestamp;
	last_verified_at: GeneratedTimestamp;
	user_agent: Generated<string>;
}

export interface ApiTokenTable {
	id: Generated<number>;
	name: string;
	role: Role;
	unit: Generated<string>;
	token_hash: Uint8Array;
	created_by: number | null;
	created_at: CreatedAt;
	last_used_at: Timestamp | null;
	revoked_at: Timestamp | null;
}

export type AuditAction = 'create' | 'update' | 'move' | 'cancel' | 'restore' | 'delete' | 'accept-plan' | 'revoke';

export interface AuditLogTable {
	id: Generated<string>;
	at: GeneratedTimestamp;
	user_id: number | null;
	actor: string;
	action: AuditAction;
	entity: string;
	entity_id: string;
	summary: Generated<string>;
	before: ColumnType<unknown, string | null, never>;
	after: ColumnType<unknown, string | null, never>;
}

export type StageRole = 'orientering' | 'drøftelse' | 'indstilling' | 'beslutning';
export type StageStatus = 'planned' | 'on-agenda' | 'treated' | 'postponed';
type SoftDelete = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface PathTemplateTable {
	id: Generated<number>;
	name: string;
	description: Generated<string>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: SoftDelete;
}

export interface PathTemplateStageTable {
	template_id: number;
	position: number;
	body_id: number | null;
	role: StageRole;
	min_gap_days: Generated<number>;
	after_previous_before_deadline: Generated<boolean>;
}

export interface CaseFileTable {
	id: Generated<string>;
	case_number: string | null;
	title: string;
	description: Generated<string>;
	unit: Generated<string>;
	responsible_name: Generated<string>;
	responsible_user_id: number | null;
	committee_body_id: number | null;
	is_closed: Generated<boolean>;
	template_id: number | null;
	/** the case a legal check is about: the year's budget, its accounts, a bylaw change */
	legal_kind: Generated<LegalKind | null>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: SoftDelete;
}

export type LegalKind = 'budget' | 'accounts' | 'bylaw';

export interface BudgetDeadlineTable {
	year: number;
	deadline: DateString;
	/** ØK's proposal (KSL § 37); null: moved as far as the adoption */
	proposal_deadline: DateString | null;
	note: Generated<string>;
}

export interface CaseStageTable {
	case_id: string;
	position: number;
	body_id: number;
	role: StageRole;
	min_gap_days: Generated<number>;
	after_previous_before_deadline: Generated<boolean>;
	meeting_id: string | null;
	status: Generated<StageStatus>;
}

export interface FixedItemTable {
	id: Generated<number>;
	body_id: number;
	title: string;
	description: Generated<string>;
	rule: ColumnType<unknown, string, string>;
	is_closed: Generated<boolean>;
	sort_order: Generated<number>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: SoftDelete;
}

/** A personal feed: the token's hash and what the user chose (see feeds/selection.ts). */
export interface FeedSubscriptionTable {
	id: Generated<number>;
	user_id: number;
	token_hash: Uint8Array;
	name: string;
	selection: ColumnType<unknown, string, string>;
	created_at: CreatedAt;
	revoked_at: Timestamp | null;
	last_used_at: Timestamp | null;
}

/** Månedsgrebet put by the secretariat on another board meeting than the rule gives, per rul. */
export interface CycleBriefingTable {
	council_meeting_id: string;
	board_meeting_id: string;
	is_demo: Generated<boolean>;
	updated_at: GeneratedTimestamp;
}

export interface DB {
	cycle_briefing: CycleBriefingTable;
	feed_subscription: FeedSubscriptionTable;
	path_template: PathTemplateTable;
	path_template_stage: PathTemplateStageTable;
	case_file: CaseFileTable;
	case_stage: CaseStageTable;
	fixed_item: FixedItemTable;
	budget_deadline: BudgetDeadlineTable;
	body: BodyTable;
	meeting_plan: MeetingPlanTable;
	meeting: MeetingTable;
	closure: ClosureTable;
	event: EventTable;
	app_user: UserTable;
	session: SessionTable;
	api_token: ApiTokenTable;
	audit_log: AuditLogTable;
}

export type BodyRow = Selectable<BodyTable>;
export type NewBody = Insertable<BodyTable>;
export type BodyUpdate = Updateable<BodyTable>;
export type MeetingRow = Selectable<MeetingTable>;
export type NewMeeting = Insertable<MeetingTable>;
export type MeetingPlanRow = Selectable<MeetingPlanTable>;
export type ClosureRow = Selectable<ClosureTable>;
export type EventRow = Selectable<EventTable>;
export type NewEvent = Insertable<EventTable>;
export type UserRow = Selectable<UserTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type CaseFileRow = Selectable<CaseFileTable>;
export type CaseStageRow = Selectable<CaseStageTable>;
export type FixedItemRow = Selectable<FixedItemTable>;
export type PathTemplateRow = Selectable<PathTemplateTable>;
export type FeedSubscriptionRow = Selectable<FeedSubscriptionTable>;
