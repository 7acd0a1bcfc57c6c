import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { version } from '../../schemas/calendar.ts';
import { fieldErrors, formObject, type FormErrors } from '../../schemas/form.ts';
import type { Viewer } from '../auth/access.ts';
import { auditChanges } from '../audit/view.ts';
import { appDb } from '../db/app-db.ts';
import type { Db } from '../db/index.ts';
import type { Role } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { requirePageRole } from './guard.ts';
import { ConflictError, ProblemError } from './problem.ts';

type Values = Record<string, string>;

/**
 * A write the editing service refused, as a form failure: the Danish reason by its field, or on
 * an edit conflict the record as it is now, so the user sees the other person's change next to
 * their own input. Anything else is a real error and is rethrown.
 */
export function refusedWrite(e: unknown, form: { name: string; values: Values; conflictMessage?: string }) {
	if (e instanceof ConflictError) {
		const current = Object.fromEntries(auditChanges({}, e.current).map((c) => [c.field, c.after]));
		const version = String((e.current as { version?: unknown }).version ?? '');
		return fail(409, {
			form: form.name,
			values: { ...form.values, version },
			errors: { form: form.conflictMessage ?? 'Posten er ændret af en anden siden du åbnede den – her er den nye udgave' } as FormErrors,
			current
		});
	}
	if (e instanceof ProblemError && e.problem.status >= 400 && e.problem.status < 500) {
		const errors: FormErrors = {};
		for (const p of e.problem['invalid-params'] ?? []) errors[p.name] ??= p.reason;
		if (Object.keys(errors).length === 0) errors.form = e.problem.detail ?? e.problem.title;
		return fail(e.problem.status, { form: form.name, values: form.values, errors });
	}
	throw e;
}

/** Input the shared schema refused, with the user's values kept. */
export const invalidForm = (name: string, values: Values, errors: FormErrors) => fail(400, { form: name, values, errors });

export interface FormActionSpec<S extends z.ZodType, R, P extends Record<string, string>, D extends Record<string, unknown>> {
	/** the lowest role that may post it; the public is sent to the login page */
	role: Role;
	/** the form's name, by which the page shows the answer (may depend on what was posted) */
	form: string | ((values: Values) => string);
	schema: S;
	/** the posted strings as the schema's input (default: as posted) */
	input?: (values: Values) => unknown;
	/** moves messages onto the form's own fields where the schema's paths differ */
	fields?: (errors: FormErrors) => FormErrors;
	/** the message for input the schema refused, where the form has a better one than the schema's */
	invalid?: (errors: FormErrors) => FormErrors;
	/** the values sent back with a refusal (e.g. without a password) */
	keep?: (values: Values) => Values;
	conflictMessage?: string;
	/** false for an action that only reads (a preview): no transaction */
	write?: boolean;
	run: (db: Db, input: z.output<S>, ctx: { viewer: Viewer; params: P; url: URL; values: Values }) => Promise<R>;
	/** the answer after success, next to `form`; may redirect */
	done: (result: R, ctx: { input: z.output<S>; values: Values; params: P; url: URL }) => D;
}

/**
 * One form action: check the role, parse the posted form with the shared schema, run the service
 * in one transaction, and answer by the form's name — a refusal by its field, the saved message,
 * or a redirect. Nothing is half-saved: a refusal rolls the transaction back.
 */
export function formAction<S extends z.ZodType, R, D extends Record<string, unknown>, P extends Record<string, string> = Record<string, string>>(spec: FormActionSpec<S, R, P, D>) {
	return async ({ locals, url, request, params }: Pick<RequestEvent, 'locals' | 'url' | 'request'> & { params: P }) => {
		const viewer = requirePageRole(locals, url, spec.role);
		const values = formObject(await request.formData());
		const form = typeof spec.form === 'string' ? spec.form : spec.form(values);
		const kept = spec.keep ? spec.keep(values) : values;
		const fields = spec.fields ?? ((e: FormErrors) => e);
		const parsed = spec.schema.safeParse(spec.input ? spec.input(values) : values);
		if (!parsed.success) {
			const errors = fields(fieldErrors(parsed.error.issues));
			return invalidForm(form, kept, spec.invalid ? spec.invalid(errors) : errors);
		}
		let result: R;
		try {
			const ctx = { viewer, params, url, values };
			result = spec.write === false ? await spec.run(appDb(), parsed.data, ctx) : await inTransaction((tx) => spec.run(tx, parsed.data, ctx));
		} catch (e) {
			const refused = refusedWrite(e, { name: form, values: kept, conflictMessage: spec.conflictMessage });
			return fail(refused.status, { ...refused.data, errors: fields(refused.data.errors) });
		}
		return { form, ...spec.done(result, { input: parsed.data, values, params, url }) };
	};
}

/** A delete button's form: it posts the version it was shown, so a newer change is never deleted unseen. */
export function deleteAction<R, D extends Record<string, unknown>>(spec: Pick<FormActionSpec<typeof version, R, Record<string, string>, D>, 'role' | 'conflictMessage' | 'run' | 'done'>) {
	return formAction({ ...spec, form: 'delete', schema: version, input: (v) => v.version });
}
