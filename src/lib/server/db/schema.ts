import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AuditAction, AuditEntity } from '../../domain/audit.ts';
import type { BodyKind } from '../../domain/bodies.ts';
import type { StageRole, StageStatus } from '../../domain/case-path.ts';
import type { EventCategory } from '../../domain/events.ts';
import type { LegalKind } from '../../domain/legal-checks.ts';
import type { DayOffPolicy } from '../../domain/meeting-plan.ts';
import type { MeetingStatus } from '../../domain/meetings.ts';
import type { Role } from '../../domain/roles.ts';

export type { AuditAction, BodyKind, EventCategory, LegalKind, MeetingStatus, Role, StageRole, StageStatus };

/** `date` columns travel as 'YYYY-MM-DD' strings; `time` as 'HH:MM:SS'. */
type DateString = string;
type TimeString = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

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
	on_day_off: Generated<DayOffPolicy>;
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

export interface UserTable {
	id: Generated<number>;
	email: string;
	name: string;
	unit: Generated<string>;
	role: Role;
	/** null for a user who signs in only through the OpenID provider */
	password_hash: string | null;
	oidc_issuer: Generated<string | null>;
	oidc_subject: Generated<string | null>;
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

/** Login attempts in the current window per `address:…` or `account:…` key (src/lib/server/auth/login-limit.ts). */
export interface LoginLimitTable {
	key: string;
	used: number;
	window_ends: Timestamp;
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

export interface AuditLogTable {
	id: Generated<string>;
	at: GeneratedTimestamp;
	user_id: number | null;
	actor: string;
	action: AuditAction;
	entity: AuditEntity;
	entity_id: string;
	summary: Generated<string>;
	before: ColumnType<unknown, string | null, never>;
	after: ColumnType<unknown, string | null, never>;
}

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
	/** a key case (nøglesag): one of the year's big cases, with a band of its own on the wheel */
	is_key_case: Generated<boolean>;
	is_demo: Generated<boolean>;
	version: Generated<number>;
	created_at: CreatedAt;
	updated_at: GeneratedTimestamp;
	deleted_at: SoftDelete;
}

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

/** What each feed's subscribers were last sent (see feeds/publish.ts). */
export interface FeedStateTable {
	feed_key: string;
	bytes_hash: string;
	last_modified: Timestamp;
}

export interface FeedPublishedTable {
	feed_key: string;
	uid: string;
	content_hash: string;
	timing_hash: string;
	sequence: number;
	stamp: Timestamp;
}

export type FeedClient = 'outlook' | 'google' | 'apple' | 'other';

/** Fetches of a feed per Copenhagen day and kind of client; no address or user. */
export interface FeedFetchTable {
	feed_key: string;
	day: DateString;
	client: FeedClient;
	fetches: number;
	last_at: Timestamp;
}

/** Raised by triggers on every change of what feeds are made of (one row, id 1). */
export interface FeedDataVersionTable {
	id: number;
	version: number;
}

/** What a claim value maps to: a role, or 'none' (no access). */
export type MappedRole = Role | 'none';

/** The single row of the single sign-on mapping: which claims carry role and unit. */
export interface SsoSettingTable {
	id: Generated<number>;
	role_claim: string;
	unit_claim: string;
	default_role: MappedRole;
	version: Generated<number>;
}

export interface SsoRoleRuleTable {
	id: Generated<number>;
	claim_value: string;
	role: MappedRole;
	created_at: CreatedAt;
}

/** The wheel's settings, one row (id 1). */
export interface WheelSettingTable {
	id: Generated<number>;
	/** cases on a meeting at which the load ring marks it as heavy */
	load_threshold: Generated<number>;
	version: Generated<number>;
	updated_at: GeneratedTimestamp;
}

export interface DB {
	cycle_briefing: CycleBriefingTable;
	wheel_setting: WheelSettingTable;
	sso_setting: SsoSettingTable;
	sso_role_rule: SsoRoleRuleTable;
	feed_subscription: FeedSubscriptionTable;
	feed_data_version: FeedDataVersionTable;
	feed_state: FeedStateTable;
	feed_published: FeedPublishedTable;
	feed_fetch: FeedFetchTable;
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
	login_limit: LoginLimitTable;
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
