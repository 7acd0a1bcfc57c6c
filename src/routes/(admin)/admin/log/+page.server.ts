import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { searchAudit } from '$lib/server/audit/repository';
import { requirePageRole } from '$lib/server/http/guard';
import { dayRange } from '$lib/domain/day-range';
import { auditAction, auditEntity } from '$lib/schemas/audit';
import { isoDate } from '$lib/schemas/query';
import { fieldErrors } from '$lib/schemas/form';
import { auditEntryView } from '$lib/server/audit/view';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '$lib/domain/audit';
import { ACTION_LABEL, ENTITY_LABEL } from '$lib/labels';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

const filterSchema = z.object({
	entity: z.preprocess(blankToUndefined, auditEntity.optional()),
	action: z.preprocess(blankToUndefined, auditAction.optional()),
	actor: z.preprocess(blankToUndefined, z.string().trim().max(200, { error: 'Højst 200 tegn' }).optional()),
	from: z.preprocess(blankToUndefined, isoDate.optional()),
	to: z.preprocess(blankToUndefined, isoDate.optional()),
	page: z.preprocess(blankToUndefined, z.coerce.number({ error: 'Ugyldig side' }).int().min(1, { error: 'Ugyldig side' }).max(100_000).default(1))
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	const raw = Object.fromEntries(['entity', 'action', 'actor', 'from', 'to', 'page'].map((k) => [k, url.searchParams.get(k)]));
	const filter = { entity: raw.entity ?? '', action: raw.action ?? '', actor: raw.actor ?? '', from: raw.from ?? '', to: raw.to ?? '' };
	const options = {
		entities: AUDIT_ENTITIES.map((value) => ({ value, label: ENTITY_LABEL[value] })),
		actions: AUDIT_ACTIONS.map((value) => ({ value, label: ACTION_LABEL[value] }))
	};
	const parsed = filterSchema.safeParse(raw);
	if (!parsed.success) return { ...options, filter, errors: fieldErrors(parsed.error.issues), entries: [], page: 1, more: false };
	const q = parsed.data;
	const rows = await searchAudit(appDb(), {
		entity: q.entity,
		action: q.action,
		actor: q.actor,
		from: q.from ? dayRange(q.from, q.from).from : undefined,
		to: q.to ? dayRange(q.to, q.to).to : undefined,
		// One more than shown tells whether there is a next page.
		limit: PAGE_SIZE + 1,
		offset: (q.page - 1) * PAGE_SIZE
	});
	return { ...options, filter, errors: {}, entries: rows.slice(0, PAGE_SIZE).map(auditEntryView), page: q.page, more: rows.length > PAGE_SIZE };
};
