import { error, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { hasRole } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { mayEditCase } from '$lib/server/cases/access';
import { findVisibleCase } from '$lib/server/cases/repository';
import { applyRepair, deleteCase, setStageStatus, updateCase } from '$lib/server/cases/service';
import { appDb } from '$lib/server/db/app-db';
import { deleteAction, formAction } from '$lib/server/http/forms';
import { REPAIR_UNREADABLE as UNREADABLE, repairForm, stageStatus } from '$lib/schemas/cases';
import { version as versionSchema } from '$lib/schemas/calendar';
import { caseViews } from '../case-view.server';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Sagen er ændret af en anden siden du åbnede den – her er den nye udgave';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	// A closed case does not exist for the public: 404, so not even its title leaks.
	const c = await findVisibleCase(db, locals.viewer, params.id);
	if (!c) error(404, 'Sagen findes ikke');
	const staff = hasRole(locals.viewer, 'reader');
	const [view] = await caseViews(db, [c], locals.viewer);
	return {
		case: view!,
		history: staff ? (await auditHistory(db, 'case', c.id)).map(auditEntryView) : null,
		canEdit: mayEditCase(locals.viewer, c.unit)
	};
};

const statusSchema = z.object({ version: versionSchema, stage: z.coerce.number().int().min(0).max(19), status: stageStatus });

export const actions: Actions = {
	repair: formAction({
		role: 'editor',
		form: 'repair',
		schema: repairForm,
		input: (v) => ({ version: v.version, changes: v.changes ?? '' }),
		invalid: (e) => (e.changes === UNREADABLE ? { form: UNREADABLE } : e),
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => applyRepair(tx, viewer, params.id!, input),
		done: () => ({ saved: 'Reparationen er godkendt.' })
	}),
	status: formAction({
		role: 'editor',
		form: 'status',
		schema: statusSchema,
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => setStageStatus(tx, viewer, params.id!, input, Temporal.Now.instant()),
		done: () => ({ saved: 'Status er gemt.' })
	}),
	keyCase: formAction({
		role: 'editor',
		form: 'keyCase',
		schema: z.object({ version: versionSchema, keyCase: z.boolean() }),
		input: (v) => ({ version: v.version, keyCase: v.keyCase === 'on' }),
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => updateCase(tx, viewer, params.id!, input, Temporal.Now.instant()),
		done: (saved) => ({ saved: saved.is_key_case ? 'Sagen er nu en nøglesag.' : 'Sagen er ikke længere en nøglesag.' })
	}),
	delete: deleteAction({
		role: 'editor',
		conflictMessage: CONFLICT,
		run: (tx, version, { viewer, params }) => deleteCase(tx, viewer, params.id!, version),
		done: () => redirect(303, '/sager')
	})
};
