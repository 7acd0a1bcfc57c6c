import { fail, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/db/app-db';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { endSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession, invalidateUserSessions, listUserSessions } from '$lib/server/auth/session';
import { findUser } from '$lib/server/users/repository';
import { changeOwnPassword } from '$lib/server/users/service';
import { formAction } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { passwordChangeSchema } from '$lib/schemas/auth';
import type { FormErrors } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in users only (API tokens have no account page). */
function requireUser(locals: App.Locals, url: URL) {
	const viewer = requirePageRole(locals, url, 'reader');
	if (viewer.userId === null || viewer.sessionId === null) redirect(303, '/login');
	return { ...viewer, userId: viewer.userId, sessionId: viewer.sessionId };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireUser(locals, url);
	const [sessions, user] = await Promise.all([listUserSessions(appDb(), viewer.userId), findUser(appDb(), viewer.userId)]);
	return {
		hasPassword: (user?.password_hash ?? null) !== null,
		me: { name: viewer.name, email: viewer.email, unit: viewer.unit, role: ROLE_LABEL[viewer.role] },
		sessions: sessions.map((s) => ({
			id: s.id,
			current: s.id === viewer.sessionId,
			created: s.created_at.toISOString(),
			lastSeen: s.last_verified_at.toISOString(),
			userAgent: s.user_agent
		}))
	};
};

export const actions: Actions = {
	revoke: async ({ locals, url, request }) => {
		const viewer = requireUser(locals, url);
		const id = String((await request.formData()).get('id') ?? '');
		const db = appDb();
		const mine = (await listUserSessions(db, viewer.userId)).some((s) => s.id === id);
		if (!mine) return fail(404, { errors: { form: 'Sessionen findes ikke.' } as FormErrors });
		await invalidateSession(db, id);
		return { revoked: 1 };
	},
	logoutEverywhere: async ({ locals, url, cookies }) => {
		const viewer = requireUser(locals, url);
		await invalidateUserSessions(appDb(), viewer.userId);
		endSessionCookie(cookies, url);
		redirect(303, '/login');
	},
	password: formAction({
		role: 'reader',
		form: 'password',
		schema: passwordChangeSchema,
		// Passwords are never sent back to the page.
		keep: () => ({}),
		run: (tx, input, { viewer }) => changeOwnPassword(tx, { ...viewer, userId: viewer.userId! }, input),
		done: () => ({ passwordChanged: true })
	})
};
