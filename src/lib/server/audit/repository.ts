import type { Temporal } from 'temporal-polyfill';
import { actorName, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';
import type { AuditAction, AuditEntity } from '../../domain/audit.ts';
import { toDate } from '../db/temporal.ts';

export interface AuditFilter {
	entity?: AuditEntity;
	entityId?: string;
	actor?: string;
	action?: AuditAction;
	from?: Temporal.Instant;
	to?: Temporal.Instant;
	limit: number;
	offset: number;
}

/** The admin's view of every change, newest first. */
export function searchAudit(db: Db, f: AuditFilter) {
	let q = db.selectFrom('audit_log').select(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'summary', 'before', 'after']);
	if (f.entity) q = q.where('entity', '=', f.entity);
	if (f.entityId) q = q.where('entity_id', '=', f.entityId);
	if (f.action) q = q.where('action', '=', f.action);
	if (f.actor) q = q.where('actor', 'ilike', `%${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
	if (f.from) q = q.where('at', '>=', toDate(f.from));
	if (f.to) q = q.where('at', '<', toDate(f.to));
	return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
}

export interface AuditChange {
	action: AuditAction;
	entity: AuditEntity;
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

export function auditHistory(db: Db, entity: AuditEntity, entityId: string | number) {
	return db
		.selectFrom('audit_log')
		.select(['id', 'at', 'actor', 'action', 'entity', 'summary', 'before', 'after'])
		.where('entity', '=', entity)
		.where('entity_id', '=', String(entityId))
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}
