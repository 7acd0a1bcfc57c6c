import { Temporal } from 'temporal-polyfill';
import type { AuditAction, AuditEntity } from '$lib/domain/audit';
import { ZONE } from '$lib/domain/zone';
import { clock, fromTo, spanText, textDate } from '$lib/format';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { FIXED_ITEM_RULE_KINDS, type FixedItemRule } from '$lib/domain/fixed-items';
import { ACTION_LABEL, CATEGORY_LABEL, ENTITY_LABEL, fixedItemRuleText, KIND_LABEL, SNAPSHOT_LABEL, STAGE_STATUS_WORDS, STATUS_LABEL } from '$lib/labels';
import { UUID } from '$lib/schemas/query';

export interface AuditEntryView {
	id: string;
	when: string;
	actor: string;
	action: string;
	entityLabel: string;
	href: string | null;
	summary: string;
	/** the change as a sentence where one says more than the fields, e.g. "Mødet flyttet fra 21. til 29. september 2027" */
	sentence: string | null;
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

const VALUE_LABEL: Record<string, Record<string, string>> = { status: STATUS_LABEL, role: ROLE_LABEL, category: CATEGORY_LABEL, kind: KIND_LABEL, stages: STAGE_STATUS_WORDS };


/**
 * One stage of a path as stored ("DIR:drøftelse:2027-09-08:planned") in words: "DIR drøftelse
 * 8. september 2027", with its status where it is more than planned. Older rows name the meeting
 * by its id, which says nothing to a reader and is left out.
 */
function stageWords(field: string, stage: string): string {
	return stage
		.split(':')
		.filter((part) => part !== '' && part !== '-' && part !== 'planned' && !UUID.test(part))
		.map((part) => words(field, part))
		.join(' ');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/;
const zoned = (iso: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE);

/** A stored value in Danish words: dates as "15. oktober 2026", moments with "kl.", lists joined. */
function words(field: string, v: string): string {
	if (DATE.test(v)) return textDate(Temporal.PlainDate.from(v));
	// An event's time as stored, "first – last": days or moments.
	const [a, b, ...rest] = v.split(' – ');
	if (a !== undefined && b !== undefined && rest.length === 0) {
		if (DATE.test(a) && DATE.test(b)) return spanText(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));
		if (MOMENT.test(a) && MOMENT.test(b)) return spanText(zoned(a), zoned(b));
	}
	if (MOMENT.test(v)) {
		const t = zoned(v);
		return `${textDate(t.toPlainDate())} kl. ${clock(t)}`;
	}
	const names = VALUE_LABEL[field];
	return names?.[v] ?? v;
}

const shown = (field: string, v: unknown): string => {
	if (v === undefined || v === null) return '';
	if (typeof v === 'string') return words(field, v);
	if (typeof v === 'boolean') return v ? 'ja' : 'nej';
	if (typeof v === 'number') return String(v);
	// A path of stages ("DIR:drøftelse:2027-09-08") reads in order, each part in words.
	if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? stageWords(field, x) : shown(field, x))).join(' → ');
	const kind = (v as { kind?: unknown }).kind;
	if (field === 'rule' && FIXED_ITEM_RULE_KINDS.includes(kind as never)) return fixedItemRuleText(v as FixedItemRule);
	return JSON.stringify(v);
};

/** A field that appears with its empty default (a column added later) is no change a person made. */
const emptyDefault = (v: unknown) => v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0);

const FIELD_ORDER = Object.keys(SNAPSHOT_LABEL);

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The fields that differ between before and after; the version counter is bookkeeping, not a change. */
export function auditChanges(before: unknown, after: unknown): AuditEntryView['changes'] {
	const b = asRecord(before);
	const a = asRecord(after);
	const isUpdate = Object.keys(b).length > 0 && Object.keys(a).length > 0;
	// jsonb orders keys by length; show them in the order a person reads a record instead.
	const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
	const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== 'version').sort((x, y) => rank(x) - rank(y));
	return fields
		.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
		.filter((f) => !(emptyDefault(b[f]) && emptyDefault(a[f])))
		// On an update, a field only one snapshot has, holding its empty default, came with a later column.
		.filter((f) => !(isUpdate && (!(f in b) || !(f in a)) && emptyDefault(b[f] ?? a[f])))
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

/** A meeting or event moved: "Mødet flyttet fra 21. til 29. september 2027", with the clock when it changed too. */
export function auditSentence(entity: AuditEntity | undefined, before: unknown, after: unknown): string | null {
	const subject = entity === 'meeting' ? 'Mødet' : entity === 'event' ? 'Begivenheden' : null;
	// A meeting's snapshot has its start; an event's has its time as "first – last".
	const startOf = (r: Record<string, unknown>) => (typeof r['start'] === 'string' ? r['start'] : typeof r['when'] === 'string' ? r['when'].split(' – ')[0] : undefined);
	const b = startOf(asRecord(before));
	const a = startOf(asRecord(after));
	if (!subject || typeof b !== 'string' || typeof a !== 'string' || b === a) return null;
	if (DATE.test(b) && DATE.test(a)) return `${subject} flyttet fra ${fromTo(Temporal.PlainDate.from(b), Temporal.PlainDate.from(a))}`;
	if (!MOMENT.test(b) || !MOMENT.test(a)) return null;
	const from = zoned(b);
	const to = zoned(a);
	const [fromDay, toDay] = [from.toPlainDate(), to.toPlainDate()];
	if (fromDay.equals(toDay)) return `${subject} flyttet den ${textDate(toDay)} fra kl. ${clock(from)} til ${clock(to)}`;
	const clockChange = clock(from) === clock(to) ? '' : `, kl. ${clock(from)} til ${clock(to)}`;
	return `${subject} flyttet fra ${fromTo(fromDay, toDay)}${clockChange}`;
}

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
		sentence: auditSentence(entity, r.before, r.after),
		changes: auditChanges(r.before, r.after)
	};
}
