import type { Db } from '../db/index.ts';
import type { AuditAction } from '../db/schema.ts';
import { actorName, type Viewer } from './access.ts';

export interface AuditChange {
	action: AuditAction;
	entity: string;
	entityId: string | number;
	summary: string;
	before?: unknown;
	after?: unknown;
}

const auditRow = (viewer: Viewer, change: AuditChange) => ({
	user_id: viewer.userId,
	actor: actorName(viewer),
	action: change.action,
	entity: change.entity,
	entity_id: String(change.entityId),
	summary: change.summary,
	before: change.before === undefined ? null : JSON.stringify(change.before),
	after: change.after === undefined ? null : JSON.stringify(change.after)
});

/** Records one change; call with the transaction that makes it, so both land or neither. */
export async function recordAudit(db: Db, viewer: Viewer, change: AuditChange): Promise<void> {
	await db.insertInto('audit_log').values(auditRow(viewer, change)).execute();
}

/** Many changes by one person in one statement (an import's new meetings), in the transaction that makes them. */
export async function recordAudits(db: Db, viewer: Viewer, changes: AuditChange[]): Promise<void> {
	if (changes.length) await db.insertInto('audit_log').values(changes.map((c) => auditRow(viewer, c))).execute();
}

export function auditHistory(db: Db, entity: string, entityId: string | number) {
	return db
		.selectFrom('audit_log')
		.select(['id', 'at', 'actor', 'action', 'summary', 'before', 'after'])
		.where('entity', '=', entity)
		.where('entity_id', '=', String(entityId))
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}
