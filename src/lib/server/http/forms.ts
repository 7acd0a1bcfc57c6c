import { fail } from '@sveltejs/kit';
import { ConflictError } from '$lib/server/http/problem';
import { ProblemError } from '$lib/server/http/problem';
import type { FormErrors } from '$lib/schemas/form';
import { auditChanges } from '../audit/view';

/**
 * A write the editing service refused, as a form failure: the Danish reason by its field, or on
 * an edit conflict the record as it is now, so the user sees the other person's change next to
 * their own input. Anything else is a real error and is rethrown. Server-side use only.
 */
export function refusedWrite(e: unknown, form: { name: string; values: Record<string, string>; conflictMessage?: string }) {
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
export const invalidForm = (name: string, values: Record<string, string>, errors: FormErrors) => fail(400, { form: name, values, errors });
