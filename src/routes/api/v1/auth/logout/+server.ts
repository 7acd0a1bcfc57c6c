import { appDb } from '$lib/server/db/app-db';
import { endSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/session';
import { api } from '$lib/server/http/api';

export const POST = api(async ({ locals, cookies, url }) => {
	if (locals.viewer?.sessionId) await invalidateSession(appDb(), locals.viewer.sessionId);
	endSessionCookie(cookies, url);
	return new Response(null, { status: 204 });
});
