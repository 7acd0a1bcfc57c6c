import { error, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { canSeeInternal, type Viewer } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/audit/repository';
import { inTransaction } from '$lib/server/db/transaction';
import { applyRepair, assertMayEditCase, deleteCase, updateCase } from '$lib/server/cases/service';
import { getCase, type CaseWithStages } from '$lib/server/cases/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { repairSchema, stageStatus } from '$lib/schemas/cases';
import { version as versionSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { caseViews } from '../case-view.server';
import type { Actions, PageServerLoad } from './$types';

const CONFLICT = 'Sagen er ændret af en anden siden du åbnede den – her er den nye udgave';

const mayEdit = (viewer: Viewer | null, unit: string) => {
	if (!viewer) return false;
	try {
		assertMayEditCase(viewer, unit);
		return true;
	} catch {
		return false;
	}
};

/** A closed case does not exist for the public: 404, so not even its title leaks. */
async function visibleCase(id: string, viewer: Viewer | null): Promise<CaseWithStages> {
	const c = await getCase(appDb(), id);
	if (!c || (c.is_closed && !canSeeInternal(viewer))) error(404, 'Sagen findes ikke');
	return c;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	const c = await visibleCase(params.id, locals.viewer);
	const staff = canSeeInternal(locals.viewer);
	const [view] = await caseViews(db, [c], staff);
	return {
		case: view!,
		history: staff ? (await auditHistory(db, 'case', c.id)).map(auditEntryView) : null,
		canEdit: mayEdit(locals.viewer, c.unit)
	};
};

const statusSchema = z.object({ version: versionSchema, stage: z.coerce.number().int().min(0).max(19), status: stageStatus });

export const actions: Actions = {
	repair: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'editor');
		const values = formObject(await request.formData());
		let changes: unknown;
		try {
			changes = JSON.parse(values.changes ?? '');
		} catch {
			return invalidForm('repair', values, { form: 'Reparationen kunne ikke læses – genindlæs siden' });
		}
		const parsed = repairSchema.safeParse({ version: values.version, changes });
		if (!parsed.success) return invalidForm('repair', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => applyRepair(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'repair', values, conflictMessage: CONFLICT });
		}
		return { form: 'repair', saved: 'Reparationen er godkendt.' };
	},
	status: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'editor');
		const values = formObject(await request.formData());
		const parsed = statusSchema.safeParse(values);
		if (!parsed.success) return invalidForm('status', values, fieldErrors(parsed.error.issues));
		const { stage, status, version } = parsed.data;
		try {
			await inTransaction(async (tx) => {
				const c = await getCase(tx, params.id);
				if (!c || !c.stages[stage]) error(404, 'Sagen findes ikke');
				const stages = c.stages.map((s) => ({
					body: s.body_code,
					role: s.role,
					minGapDays: s.min_gap_days,
					afterPreviousBeforeDeadline: s.after_previous_before_deadline,
					meeting: s.meeting_id,
					status: s.position === stage ? status : s.status
				}));
				await updateCase(tx, viewer, params.id, { version, stages }, Temporal.Now.instant());
			});
		} catch (e) {
			return refusedWrite(e, { name: 'status', values, conflictMessage: CONFLICT });
		}
		return { form: 'status', saved: 'Status er gemt.' };
	},
	delete: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'editor');
		const values = formObject(await request.formData());
		const parsed = versionSchema.safeParse(values.version);
		if (!parsed.success) return invalidForm('delete', values, { form: parsed.error.issues[0]?.message ?? 'Ugyldigt versionsnummer' });
		try {
			await inTransaction((tx) => deleteCase(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'delete', values, conflictMessage: CONFLICT });
		}
		redirect(303, '/sager');
	}
};
