import { fail, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { safeRedirectTarget, startSession } from '$lib/server/auth/cookies';
import { attemptLogin } from '$lib/server/auth/login';
import { inTransaction } from '$lib/server/db/transaction';
import { LOCAL_LOGIN_OFF_MESSAGE, loginOptions } from '$lib/server/sso/login-page';
import { recordSignIn } from '$lib/server/sso/service';
import { fieldErrors, formObject, type FormErrors } from '$lib/schemas/form';
import { loginSchema } from '$lib/schemas/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.viewer?.userId) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return loginOptions(url);
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = formObject(await request.formData());
		const parsed = loginSchema.safeParse(form);
		if (!parsed.success) return fail(400, { email: form.email ?? '', errors: fieldErrors(parsed.error.issues) });
		const db = appDb();
		const result = await attemptLogin(db, parsed.data.email, parsed.data.password, getClientAddress());
		if (!result.ok) {
			const message =
				result.reason === 'rate-limited'
					? `For mange loginforsøg. Prøv igen om ${Math.ceil(result.retryAfter / 60)} minutter.`
					: result.reason === 'local-login-off'
						? LOCAL_LOGIN_OFF_MESSAGE
						: 'Forkert e-mailadresse eller adgangskode.';
			return fail(result.reason === 'rate-limited' ? 429 : 400, { email: parsed.data.email, errors: { form: message } as FormErrors });
		}
		await inTransaction((tx) => recordSignIn(tx, result.user, 'adgangskode'));
		await startSession(db, cookies, url, result.user, request.headers.get('user-agent') ?? '');
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
};
