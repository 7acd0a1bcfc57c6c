import type { Temporal } from 'temporal-polyfill';
import type { AuditAction, AuditEntity } from '../../domain/audit.ts';
import type { Db } from './index.ts';
import { toDate } from './temporal.ts';

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
