import { error, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import { appDb } from '$lib/server/app-db';
import { canEditCalendar, canSeeInternal } from '$lib/server/auth/access';
import { auditHistory } from '$lib/server/auth/audit';
import { inTransaction } from '$lib/server/api/writes';
import { meetingsWithCycles } from '$lib/server/calendar';
import { toInstant } from '$lib/server/db/temporal';
import { deleteMeeting, findMeeting, updateMeeting } from '$lib/server/editing/meetings';
import { requirePageRole } from '$lib/server/http/guard';
import { ZONE } from '$lib/domain/zone';
import { longDate } from '$lib/format';
import { meetingUpdateSchema, version as versionSchema } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { auditEntryView } from '$lib/server/forms/audit-view';
import { invalidForm, refusedWrite } from '$lib/server/forms/failure';
import { meetingMoveInput } from '$lib/components/forms/mapping';
import { meetingAgenda } from '$lib/server/cases/agenda';
import { meetingChangeImpact } from '$lib/server/cases/impact';
import { legalImpactOfMove } from '$lib/server/cases/legal';
import { markConstitutive } from '$lib/server/cases/constitutive';
import { briefingOptions, pinBriefing } from '$lib/server/cycles/briefing';
import { UUID } from '$lib/schemas/query';
import { wallClockInstant } from '$lib/domain/day-range';
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

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = appDb();
	const meeting = await findMeeting(db, params.id);
	const body = meeting && (await db.selectFrom('body').selectAll().where('id', '=', meeting.body_id).executeTakeFirst());
	// An internal body's meeting does not exist for the public: 404, not 403, so nothing leaks.
	if (!meeting || !body || (!body.is_public && !canSeeInternal(locals.viewer))) error(404, 'Mødet findes ikke');
	const start = toInstant(meeting.starts_at).toZonedDateTimeISO(ZONE);
	const end = toInstant(meeting.ends_at).toZonedDateTimeISO(ZONE);
	const day = start.toPlainDate();
	const [withCycle] = await meetingsWithCycles(db, { from: day, to: day, bodyIds: [body.id], includeInternal: true }).then((ms) => ms.filter((m) => m.id === meeting.id));
	const signedIn = canSeeInternal(locals.viewer);
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
		agenda: await meetingAgenda(db, { id: meeting.id, starts_at: meeting.starts_at, body_code: body.code }, signedIn),
		history: signedIn ? (await auditHistory(db, 'meeting', meeting.id)).map(auditEntryView) : null,
		canEdit: canEditCalendar(locals.viewer),
		constitutive: body.kind === 'council' ? meeting.is_constitutive : null,
		briefing: body.kind === 'executive-board' && canEditCalendar(locals.viewer) && meeting.status !== 'cancelled' ? await briefingOptions(db, meeting) : null
	};
};

export const actions: Actions = {
	/**
	 * "Vis konsekvenser": what the move (or the cancellation) in the form would break, with the
	 * proposed repairs — saves nothing. Answers as the form it came from, so its input stays.
	 */
	impact: async ({ locals, url, request, params }) => {
		requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const db = appDb();
		const meeting = await findMeeting(db, params.id);
		if (!meeting) error(404, 'Mødet findes ikke');
		const cancel = values.cancel === 'true';
		let change: Temporal.ZonedDateTime | 'cancelled' = 'cancelled';
		if (!cancel) {
			const parsed = moveSchema.safeParse(meetingMoveInput(values));
			if (!parsed.success) return invalidForm('move', values, fieldErrors(parsed.error.issues));
			const day = parsed.data.date ?? toInstant(meeting.starts_at).toZonedDateTimeISO(ZONE).toPlainDate();
			const time = parsed.data.start instanceof Temporal.PlainTime ? parsed.data.start : toInstant(meeting.starts_at).toZonedDateTimeISO(ZONE).toPlainTime();
			try {
				change = wallClockInstant(day, time).toZonedDateTimeISO(ZONE);
			} catch {
				return invalidForm('move', values, { start: 'Tidspunktet findes ikke eller forekommer to gange på grund af skift til eller fra sommertid' });
			}
		}
		const impact = await meetingChangeImpact(db, meeting, change, Temporal.Now.instant(), true);
		const legal = await legalImpactOfMove(db, meeting, change, true);
		return { form: cancel ? 'cancel' : 'move', values, impact: { cancel, cases: impact, legal } };
	},
	move: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = moveSchema.safeParse(meetingMoveInput(values));
		if (!parsed.success) return invalidForm('move', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => updateMeeting(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'move', values, conflictMessage: CONFLICT });
		}
		return { form: 'move', saved: 'Mødet er gemt.' };
	},
	cancel: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = meetingUpdateSchema.safeParse({ version: values.version, note: values.note ?? '', status: 'cancelled' });
		if (!parsed.success) return invalidForm('cancel', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => updateMeeting(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'cancel', values, conflictMessage: CONFLICT });
		}
		return { form: 'cancel', saved: 'Mødet er aflyst.' };
	},
	restore: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = meetingUpdateSchema.safeParse({ version: values.version, status: 'planned' });
		if (!parsed.success) return invalidForm('restore', values, fieldErrors(parsed.error.issues));
		try {
			await inTransaction((tx) => updateMeeting(tx, viewer, params.id, parsed.data));
		} catch (e) {
			return refusedWrite(e, { name: 'restore', values, conflictMessage: CONFLICT });
		}
		return { form: 'restore', saved: 'Mødet er genoptaget.' };
	},
	/** Marks (or unmarks) this council meeting as the new council's constitutive meeting (KSL § 6). */
	constitutive: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		if (values.constitutive !== 'true' && values.constitutive !== 'false') return invalidForm('constitutive', values, { form: 'Vælg om mødet er det konstituerende møde' });
		const on = values.constitutive === 'true';
		try {
			await inTransaction((tx) => markConstitutive(tx, viewer, params.id, on));
		} catch (e) {
			return refusedWrite(e, { name: 'constitutive', values });
		}
		return { form: 'constitutive', saved: on ? 'Mødet er markeret som det konstituerende møde.' : 'Mødet er ikke længere markeret som det konstituerende møde.' };
	},
	/** Puts the chosen rul's Månedsgrebet on this board meeting, or lets the rule place it again. */
	briefing: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const pin = values.pin !== 'false';
		if (!UUID.test(values.council ?? '')) return invalidForm('briefing', values, { council: 'Vælg et rul' });
		try {
			await inTransaction((tx) => pinBriefing(tx, viewer, values.council!, pin ? params.id : null));
		} catch (e) {
			return refusedWrite(e, { name: 'briefing', values });
		}
		return { form: 'briefing', saved: pin ? 'Månedsgrebet er lagt på dette møde.' : 'Månedsgrebet følger igen reglen.' };
	},
	delete: async ({ locals, url, request, params }) => {
		const viewer = requirePageRole(locals, url, 'secretariat');
		const values = formObject(await request.formData());
		const parsed = versionSchema.safeParse(values.version);
		if (!parsed.success) return invalidForm('delete', values, { form: parsed.error.issues[0]?.message ?? 'Ugyldigt versionsnummer' });
		let slug: string;
		try {
			slug = await inTransaction(async (tx) => {
				const meeting = await findMeeting(tx, params.id);
				await deleteMeeting(tx, viewer, params.id, parsed.data);
				const body = await tx.selectFrom('body').select('slug').where('id', '=', meeting!.body_id).executeTakeFirstOrThrow();
				return body.slug;
			});
		} catch (e) {
			return refusedWrite(e, { name: 'delete', values, conflictMessage: CONFLICT });
		}
		redirect(303, `/organer/${slug}`);
	}
};
