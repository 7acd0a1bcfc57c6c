import type { Db } from '../db/index.ts';
import type { AuditAction, AuditEntity } from '../../domain/audit.ts';
import { actorName, type Viewer } from './access.ts';

/** Records one change; call with the transaction that makes it, so both land or neither. */
export async function recordAudit(
	db: Db,
	viewer: Viewer,
	change: { action: AuditAction; entity: AuditEntity; entityId: string | number; summary: string; before?: unknown; after?: unknown }
): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			user_id: viewer.userId,
			actor: actorName(viewer),
			action: change.action,
			entity: change.entity,
			entity_id: String(change.entityId),
			summary: change.summary,
			before: change.before === undefined ? null : JSON.stringify(change.before),
			after: change.after === undefined ? null : JSON.stringify(change.after)
		})
		.execute();
}

export function auditHistory(db: Db, entity: AuditEntity, entityId: string | number) {
	return db
		.selectFrom('audit_log')
		.select(['id', 'at', 'actor', 'action', 'summary', 'before', 'after'])
		.where('entity', '=', entity)
		.where('entity_id', '=', String(entityId))
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}
