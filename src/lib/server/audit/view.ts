import { Temporal } from 'temporal-polyfill';
import type { AuditAction, AuditEntity } from '$lib/domain/audit';
import { ZONE } from '$lib/domain/zone';
import { clock } from '$lib/format';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { ACTION_LABEL, CATEGORY_LABEL, ENTITY_LABEL, KIND_LABEL, SNAPSHOT_LABEL, STATUS_LABEL } from '$lib/labels';

export interface AuditEntryView {
	id: string;
	when: string;
	actor: string;
	action: string;
	entityLabel: string;
	href: string | null;
	summary: string;
	changes: { field: string; label: string; before: string; after: string }[];
}

interface AuditLike {
	id: string | number | bigint;
	at: Date;
	actor: string;
	action: AuditAction;
	entity?: AuditEntity;
	entity_id?: string;
	summary: string;
	before: unknown;
	after: unknown;
}

const VALUE_LABEL: Record<string, Record<string, string>> = { status: STATUS_LABEL, role: ROLE_LABEL, category: CATEGORY_LABEL, kind: KIND_LABEL };

const shown = (field: string, v: unknown): string => {
	if (v === undefined || v === null) return '';
	if (typeof v === 'string') {
		const names = VALUE_LABEL[field];
		return names?.[v] ?? v;
	}
	if (typeof v === 'boolean') return v ? 'ja' : 'nej';
	return JSON.stringify(v);
};

const FIELD_ORDER = Object.keys(SNAPSHOT_LABEL);

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The fields that differ between before and after; the version counter is bookkeeping, not a change. */
export function auditChanges(before: unknown, after: unknown): AuditEntryView['changes'] {
	const b = asRecord(before);
	const a = asRecord(after);
	// jsonb orders keys by length; show them in the order a person reads a record instead.
	const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
	const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== 'version').sort((x, y) => rank(x) - rank(y));
	return fields
		.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
		.map((f) => ({ field: f, label: SNAPSHOT_LABEL[f] ?? f, before: shown(f, b[f]), after: shown(f, a[f]) }));
}

/** e.g. "22.11.2026 kl. 03.14" in Copenhagen time. */
export function auditTime(at: Date): string {
	const t = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(ZONE);
	return `${String(t.day).padStart(2, '0')}.${String(t.month).padStart(2, '0')}.${t.year} kl. ${clock(t)}`;
}

const ENTITY_PAGE: Partial<Record<AuditEntity, (id: string) => string>> = {
	meeting: (id) => `/moeder/${id}`,
	event: (id) => `/begivenheder/${id}`,
	body: (id) => `/redigering/organer/${encodeURIComponent(id)}`,
	case: (id) => `/sager/${id}`
};

export function auditEntryView(r: AuditLike): AuditEntryView {
	const entity = r.entity;
	const page = r.action === 'delete' || entity === undefined ? undefined : ENTITY_PAGE[entity];
	return {
		id: String(r.id),
		when: auditTime(r.at),
		actor: r.actor,
		action: ACTION_LABEL[r.action],
		entityLabel: entity === undefined ? '' : ENTITY_LABEL[entity],
		href: page && r.entity_id ? page(r.entity_id) : null,
		summary: r.summary,
		changes: auditChanges(r.before, r.after)
	};
}
