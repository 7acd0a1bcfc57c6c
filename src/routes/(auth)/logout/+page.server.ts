import { redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { endSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/session';
import { signedInThroughProvider } from '$lib/server/sso/login-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		const viaProvider = await signedInThroughProvider(locals.viewer);
		if (locals.viewer?.sessionId) await invalidateSession(appDb(), locals.viewer.sessionId);
		endSessionCookie(cookies, url);
		redirect(303, viaProvider ? '/logget-ud' : '/');
	}
};
