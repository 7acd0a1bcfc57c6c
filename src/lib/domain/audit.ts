/** What the change log (ændringsloggen) records a write as. */
export const AUDIT_ACTIONS = ['create', 'update', 'move', 'cancel', 'restore', 'delete', 'accept-plan', 'revoke', 'sign-in', 'sign-in-refused', 'import'] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a change-log row is about: the table of the changed row. */
export const AUDIT_ENTITIES = [
	'meeting',
	'event',
	'body',
	'closure',
	'meeting_plan',
	'api_token',
	'app_user',
	'case',
	'path_template',
	'fixed_item',
	'feed_subscription',
	'session',
	'sso_setting',
	'sso_role_rule',
	'import',
	'cycle',
	'wheel_setting'
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
