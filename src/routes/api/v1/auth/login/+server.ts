import { appDb } from '$lib/server/db/app-db';
import { startSession } from '$lib/server/auth/cookies';
import { attemptLogin } from '$lib/server/auth/login';
import { inTransaction } from '$lib/server/db/transaction';
import { LOCAL_LOGIN_OFF_MESSAGE } from '$lib/server/sso/login-page';
import { recordSignIn } from '$lib/server/sso/service';
import { api, json, parseJsonBody } from '$lib/server/http/api';
import { problemResponse } from '$lib/server/http/problem';
import { loginSchema } from '$lib/schemas/auth';

/** Starts a session for scripts and tests, under the same rate limit as the login page. */
export const POST = api(async ({ request, cookies, url, getClientAddress }) => {
	const body = await parseJsonBody(request, loginSchema);
	const db = appDb();
	const result = await attemptLogin(db, body.email, body.password, getClientAddress());
	if (!result.ok && result.reason === 'rate-limited') {
		return problemResponse(
			{ type: 'about:blank', title: 'For mange loginforsøg', status: 429, detail: `Prøv igen om ${result.retryAfter} sekunder.` },
			{ 'retry-after': String(result.retryAfter) }
		);
	}
	if (!result.ok && result.reason === 'local-login-off') return problemResponse({ type: 'about:blank', title: 'Login med adgangskode er slået fra', status: 403, detail: LOCAL_LOGIN_OFF_MESSAGE });
	if (!result.ok) return problemResponse({ type: 'about:blank', title: 'Login mislykkedes', status: 401, detail: 'Forkert e-mailadresse eller adgangskode.' });
	await inTransaction((tx) => recordSignIn(tx, result.user, 'adgangskode, API'));
	await startSession(db, cookies, url, result.user, request.headers.get('user-agent') ?? '');
	const { id, email, name, unit, role } = result.user;
	return json({ user: { id, email, name, unit, role } });
});
