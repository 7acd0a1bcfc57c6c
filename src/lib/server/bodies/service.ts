import type { Temporal } from 'temporal-polyfill';
import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import type { BodyKind, BodyRow } from '../db/schema.ts';
import { ConflictError, invalidField, notFound } from '../http/problem.ts';

export interface BodyInput {
	code: string;
	slug: string;
	name: string;
	kind: BodyKind;
	color: string;
	public: boolean;
	defaultStart: Temporal.PlainTime;
	defaultMinutes: number;
	defaultLocation: string;
	deadlineDays: number;
	deadlineTime: Temporal.PlainTime;
}

export const bodySnapshot = (b: BodyRow) => ({
	code: b.code,
	slug: b.slug,
	name: b.name,
	kind: b.kind,
	color: b.color,
	public: b.is_public,
	defaultStart: b.default_start_time.slice(0, 5),
	defaultMinutes: b.default_duration_minutes,
	defaultLocation: b.default_location,
	deadline: `${b.deadline_working_days} arbejdsdage før kl. ${b.deadline_time.slice(0, 5)}`,
	version: b.version
});

const columns = (b: BodyInput) => ({
	code: b.code,
	slug: b.slug,
	name: b.name,
	kind: b.kind,
	color: b.color,
	is_public: b.public,
	default_start_time: b.defaultStart.toString({ smallestUnit: 'minute' }),
	default_duration_minutes: b.defaultMinutes,
	default_location: b.defaultLocation,
	deadline_working_days: b.deadlineDays,
	deadline_time: b.deadlineTime.toString({ smallestUnit: 'minute' })
});

async function assertUnique(db: Db, b: BodyInput, exceptId?: number): Promise<void> {
	let q = db.selectFrom('body').select(['code', 'slug']).where((eb) => eb.or([eb('code', '=', b.code), eb('slug', '=', b.slug)]));
	if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
	const clash = await q.executeTakeFirst();
	if (clash?.code === b.code) throw invalidField('code', `Koden ${b.code} er allerede i brug`);
	if (clash) throw invalidField('slug', `Adressen ${b.slug} er allerede i brug`);
}

export async function createBody(db: Db, viewer: Viewer, input: BodyInput): Promise<BodyRow> {
	await assertUnique(db, input);
	const row = await db.insertInto('body').values(columns(input)).returningAll().executeTakeFirstOrThrow();
	await recordAudit(db, viewer, { action: 'create', entity: 'body', entityId: row.code, summary: `Organ oprettet: ${row.name}`, after: bodySnapshot(row) });
	return row;
}

export async function updateBody(db: Db, viewer: Viewer, code: string, input: BodyInput & { version: number }): Promise<BodyRow> {
	const before = await db.selectFrom('body').selectAll().where('code', '=', code).executeTakeFirst();
	if (!before) throw notFound('Organet');
	if (before.version !== input.version) throw new ConflictError(bodySnapshot(before));
	await assertUnique(db, input, before.id);
	const after = await db
		.updateTable('body')
		.set((eb) => ({ ...columns(input), version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', before.id)
		.where('version', '=', input.version)
		.returningAll()
		.executeTakeFirst();
	if (!after) throw new ConflictError(bodySnapshot(before));
	await recordAudit(db, viewer, { action: 'update', entity: 'body', entityId: after.code, summary: `Organ ændret: ${after.name}`, before: bodySnapshot(before), after: bodySnapshot(after) });
	return after;
}
