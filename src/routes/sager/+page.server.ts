import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { canSeeInternal, hasRole } from '$lib/server/auth/access';
import { listBodies } from '$lib/server/bodies/repository';
import { listCases } from '$lib/server/cases/repository';
import { stageStatus } from '$lib/schemas/cases';
import { bodyCode } from '$lib/schemas/query';
import { caseViews } from './case-view.server';
import type { PageServerLoad } from './$types';

/** Each filter on its own: a value the list does not know is left out rather than failing the page. */
const filters = {
	body: bodyCode,
	unit: z.string().trim().min(1).max(200),
	status: stageStatus,
	closed: z.enum(['aabne', 'lukkede']),
	q: z.string().trim().min(1).max(200)
};

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = appDb();
	const staff = canSeeInternal(locals.viewer);
	const get = <T,>(name: string, schema: z.ZodType<T>): T | undefined => {
		const parsed = schema.safeParse(url.searchParams.get(name) ?? undefined);
		return parsed.success ? parsed.data : undefined;
	};
	const chosen = {
		body: get('organ', filters.body),
		unit: get('enhed', filters.unit),
		status: get('status', filters.status),
		closed: staff ? get('sager', filters.closed) : undefined,
		q: get('q', filters.q)
	};
	const [cases, bodies, units] = await Promise.all([
		listCases(db, {
			includeClosed: staff,
			bodyCode: chosen.body,
			unit: chosen.unit,
			status: chosen.status,
			closed: chosen.closed === undefined ? undefined : chosen.closed === 'lukkede',
			query: chosen.q
		}),
		listBodies(db, { includeInternal: staff }),
		db
			.selectFrom('case_file')
			.select('unit')
			.distinct()
			.where('deleted_at', 'is', null)
			.where('unit', '<>', '')
			.$if(!staff, (q) => q.where('is_closed', '=', false))
			.orderBy('unit')
			.execute()
	]);
	return {
		cases: await caseViews(db, cases, staff),
		bodies: bodies.map((b) => ({ code: b.code, name: b.name })),
		units: units.map((u) => u.unit),
		chosen: { body: chosen.body ?? '', unit: chosen.unit ?? '', status: chosen.status ?? '', closed: chosen.closed ?? '', q: chosen.q ?? '' },
		staff,
		canCreate: hasRole(locals.viewer, 'editor')
	};
};
