import { error, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { canEditCalendar, hasRole } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/audit/repository';
import { auditEntryView } from '$lib/server/audit/view';
import { meetingAgenda } from '$lib/server/cases/agenda';
import { meetingChangeImpact } from '$lib/server/cases/impact';
import { legalImpactOfMove } from '$lib/server/cases/legal';
import { briefingOptions, pinBriefing } from '$lib/server/cycles/briefing';
import { applyRepair } from '$lib/server/cases/service';
import { appDb } from '$lib/server/db/app-db';
import { toInstant } from '$lib/server/db/temporal';
import { deleteAction, formAction } from '$lib/server/http/forms';
import { ambiguousTime, ConflictError, notFound, ProblemError } from '$lib/server/http/problem';
import { findVisibleMeeting, visibleMeetingsWithCycles } from '$lib/server/meetings/repository';
import { markConstitutive } from '$lib/server/meetings/constitutive';
import { deleteMeeting, updateMeeting } from '$lib/server/meetings/service';
import { wallClockInstant } from '$lib/domain/day-range';
import { ZONE } from '$lib/domain/zone';
import { longDate } from '$lib/format';
import { meetingUpdateSchema } from '$lib/schemas/calendar';
import { briefingFormSchema, constitutiveFormSchema } from '$lib/schemas/cycles';
import { REPAIR_UNREADABLE, repairForm } from '$lib/schemas/cases';
import { UUID } from '$lib/schemas/query';
import { meetingMoveInput } from '$lib/schemas/form-mapping';
import type { Actions, PageServerLoad } from './$types';

/**
 * The shared update schema, plus the rule the database enforces anyway (meeting_ends_after_start):
 * checked here so the user gets the message by the field instead of an error page.
 */
const moveSchema = meetingUpdateSchema.refine((v) => !(v.start instanceof Temporal.PlainTime && v.end instanceof Temporal.PlainTime) || Temporal.PlainTime.compare(v.end, v.start) > 0, {
	error: 'Sluttidspunktet skal ligge efter starttidspunktet',
	path: ['end']
});

const CONFLICT = 'Mødet er ændret af en anden siden du åbnede det – her er den nye udgave';

const CASE_CHANGED = 'Sagen er ændret af en anden, siden du så konsekvenserne. Intet er gemt – vis konsekvenserne igen.';
const MOVE_FIELDS = ['form', 'version', 'date', 'start', 'end', 'location'];

/** "Flyt og godkend reparation" from the preview: the move in the form, and one case's repair of what it breaks. */
const moveRepairSchema = moveSchema.and(z.object({ repair: repairForm.extend({ case: z.string().regex(UUID, { error: 'Ukendt sag' }) }) }));

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	// An internal body's meeting does not exist for the public: 404, not 403, so nothing leaks.
	const meeting = await findVisibleMeeting(db, locals.viewer, params.id);
	if (!meeting) error(404, 'Mødet findes ikke');
	const { body } = meeting;
	const start = toInstant(meeting.starts_at).toZonedDateTimeISO(ZONE);
	const end = toInstant(meeting.ends_at).toZonedDateTimeISO(ZONE);
	const day = start.toPlainDate();
	const [withCycle] = (await visibleMeetingsWithCycles(db, locals.viewer, { from: day, to: day, bodyIds: [body.id] })).filter((m) => m.id === meeting.id);
	return {
		meeting: {
			id: meeting.id,
			date: day.toString(),
			longDate: longDate(day),
			week: start.weekOfYear,
			start: start.toPlainTime().toString({ smallestUnit: 'minute' }),
			end: end.toPlainTime().toString({ smallestUnit: 'minute' }),
			location: meeting.location,
			status: meeting.status,
			note: meeting.note,
			version: meeting.version,
			rul: withCycle?.cycle?.name ?? null
		},
		body: { code: body.code, name: body.name, slug: body.slug, color: body.color },
		agenda: await meetingAgenda(db, { id: meeting.id, starts_at: meeting.starts_at, body_code: body.code }, locals.viewer),
		history: hasRole(locals.viewer, 'reader') ? (await auditHistory(db, 'meeting', meeting.id)).map(auditEntryView) : null,
		canEdit: canEditCalendar(locals.viewer),
		constitutive: body.kind === 'council' ? meeting.is_constitutive : null,
		briefing: body.kind === 'executive-board' && canEditCalendar(locals.viewer) && meeting.status !== 'cancelled' ? await briefingOptions(db, locals.viewer!, meeting) : null
	};
};

/** The moment a move in the form names, the meeting's own date or time filling what is left out. */
function movedTo(meeting: { starts_at: Date }, input: { date?: Temporal.PlainDate; start?: Temporal.PlainTime }): Temporal.ZonedDateTime {
	const now = toInstant(meeting.starts_at).toZonedDateTimeISO(ZONE);
	try {
		return wallClockInstant(input.date ?? now.toPlainDate(), input.start ?? now.toPlainTime()).toZonedDateTimeISO(ZONE);
	} catch {
		throw ambiguousTime('start');
	}
}

const statusChange = (form: string, status: 'cancelled' | 'planned', saved: string) =>
	formAction({
		role: 'secretariat',
		form,
		schema: meetingUpdateSchema,
		input: (v) => ({ version: v.version, ...(status === 'cancelled' ? { note: v.note ?? '' } : {}), status }),
		conflictMessage: CONFLICT,
		run: (tx, input, { viewer, params }) => updateMeeting(tx, viewer, params.id!, input),
		done: () => ({ saved })
	});

export const actions: Actions = {
	/**
	 * "Vis konsekvenser": what the move (or the cancellation) in the form would break, with the
	 * proposed repairs — saves nothing. Answers as the form it came from, so its input stays.
	 */
	impact: formAction({
		role: 'secretariat',
		form: (v) => (v.cancel === 'true' ? 'cancel' : 'move'),
		schema: moveSchema,
		input: (v) => (v.cancel === 'true' ? { version: v.version } : meetingMoveInput(v)),
		write: false,
		run: async (db, input, { viewer, params, values }) => {
			const meeting = await findVisibleMeeting(db, viewer, params.id!);
			if (!meeting) throw notFound('Mødet');
			const cancel = values.cancel === 'true';
			const change = cancel ? 'cancelled' : movedTo(meeting, input);
			return { cancel, cases: await meetingChangeImpact(db, meeting, change, Temporal.Now.instant(), viewer), legal: await legalImpactOfMove(db, meeting, change, viewer) };
		},
		done: (impact, { values }) => ({ values, impact })
	}),
	move: formAction({
		role: 'secretariat',
		form: 'move',
		schema: moveSchema,
		input: meetingMoveInput,
		conflictMessage: CONFLICT,
		// The cases and the legal checks the move puts in conflict, with their repairs, reported once the move is saved.
		run: async (tx, input, { viewer, params }) => {
			const meeting = await findVisibleMeeting(tx, viewer, params.id!);
			if (!meeting) throw notFound('Mødet');
			const change = movedTo(meeting, input);
			const cases = await meetingChangeImpact(tx, meeting, change, Temporal.Now.instant(), viewer);
			const legal = await legalImpactOfMove(tx, meeting, change, viewer);
			await updateMeeting(tx, viewer, params.id!, input);
			return { broken: cases.filter((c) => c.breaks), legal };
		},
		done: ({ broken, legal }) => ({ saved: 'Mødet er gemt.', broken, legal })
	}),
	/** The move and the repair in one transaction: if the case has changed meanwhile, the meeting is not moved either. */
	moveAndRepair: formAction({
		role: 'secretariat',
		form: 'move',
		schema: moveRepairSchema,
		input: (v) => ({ ...meetingMoveInput(v), repair: { case: v.case ?? '', version: v.caseVersion, changes: v.changes ?? '' } }),
		// The repair travels in hidden fields: a refusal of it (by the schema or the case service) is a message about the whole form.
		fields: (errors) => {
			const kept = Object.fromEntries(Object.entries(errors).filter(([k]) => MOVE_FIELDS.includes(k)));
			const other = Object.entries(errors).find(([k]) => !MOVE_FIELDS.includes(k));
			if (!other || kept.form) return kept;
			return { ...kept, form: other[0].startsWith('repair') ? REPAIR_UNREADABLE : other[1] };
		},
		conflictMessage: CONFLICT,
		run: async (tx, input, { viewer, params }) => {
			const meeting = await findVisibleMeeting(tx, viewer, params.id!);
			if (!meeting) throw notFound('Mødet');
			const cases = await meetingChangeImpact(tx, meeting, movedTo(meeting, input), Temporal.Now.instant(), viewer);
			const { repair, ...move } = input;
			await updateMeeting(tx, viewer, params.id!, move);
			let repaired;
			try {
				repaired = await applyRepair(tx, viewer, repair.case, repair);
			} catch (e) {
				// The case's conflict is no conflict of this meeting's form: say so, and keep the form as it was.
				if (e instanceof ConflictError) throw new ProblemError({ type: '/problems/edit-conflict', title: 'Ændret af en anden', status: 409, detail: CASE_CHANGED });
				throw e;
			}
			return { repaired: repaired.title, broken: cases.filter((c) => c.breaks && c.case.id !== repair.case) };
		},
		done: ({ repaired, broken }) => ({ saved: `Mødet er gemt, og reparationen af »${repaired}« er godkendt.`, broken })
	}),
	cancel: statusChange('cancel', 'cancelled', 'Mødet er aflyst.'),
	restore: statusChange('restore', 'planned', 'Mødet er genoptaget.'),
	/** Marks (or unmarks) this council meeting as the new council's constitutive meeting (KSL § 6, stk. 1). */
	constitutive: formAction({
		role: 'secretariat',
		form: 'constitutive',
		schema: constitutiveFormSchema,
		run: (tx, input, { viewer, params }) => markConstitutive(tx, viewer, params.id!, input.constitutive),
		done: (_, { input }) => ({ saved: input.constitutive ? 'Mødet er markeret som det konstituerende møde.' : 'Mødet er ikke længere markeret som det konstituerende møde.' })
	}),
	/** Puts the chosen rul's Månedsgrebet on this board meeting, or lets the rule place it again. */
	briefing: formAction({
		role: 'secretariat',
		form: 'briefing',
		schema: briefingFormSchema,
		run: (tx, input, { viewer, params }) => pinBriefing(tx, viewer, input.council, input.pin ? params.id! : null),
		done: (_, { input }) => ({ saved: input.pin ? 'Månedsgrebet er lagt på dette møde.' : 'Månedsgrebet følger igen reglen.' })
	}),
	delete: deleteAction({
		role: 'secretariat',
		conflictMessage: CONFLICT,
		run: async (tx, version, { viewer, params }) => {
			const meeting = await findVisibleMeeting(tx, viewer, params.id!);
			await deleteMeeting(tx, viewer, params.id!, version);
			return meeting!.body.slug;
		},
		done: (slug) => redirect(303, `/organer/${slug}`)
	})
};
