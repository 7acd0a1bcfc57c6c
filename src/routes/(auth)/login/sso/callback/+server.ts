import { error, redirect } from '@sveltejs/kit';
import { inTransaction } from '$lib/server/db/transaction';
import { appDb } from '$lib/server/db/app-db';
import { startSession } from '$lib/server/auth/cookies';
import { completeSignIn } from '$lib/server/sso/client';
import { ssoConfig } from '$lib/server/sso/config';
import { takePending } from '$lib/server/sso/pending';
import { signInWithProvider } from '$lib/server/sso/service';
import type { RequestHandler } from './$types';

/** A network failure towards the provider, as opposed to a response that failed the checks. */
function unreachable(e: unknown): boolean {
	for (let c = e; c instanceof Error; c = c.cause) if (c instanceof TypeError && c.message === 'fetch failed') return true;
	return false;
}

/**
 * The provider sends the browser back here with a code. Anything that does not check out — no
 * pending sign-in in this browser, a wrong state, nonce or issuer, a code already used — ends
 * on the login page with a Danish message, and no session.
 */
export const GET: RequestHandler = async ({ url, cookies, request }) => {
	const sso = ssoConfig();
	if (!sso) error(404, 'Siden findes ikke.');
	const pending = takePending(cookies, url);
	if (url.searchParams.get('error') === 'access_denied') redirect(303, '/login?sso=cancelled');
	if (!pending) redirect(303, '/login?sso=invalid');
	let verified: Awaited<ReturnType<typeof completeSignIn>>;
	try {
		verified = await completeSignIn(sso, url, pending);
	} catch (e) {
		const reason = e instanceof Error ? `${e.name}: ${(e as { code?: string }).code ?? ''} ${e.message}` : String(e);
		console.warn(`Login via login-tjenesten afvist: ${reason}`);
		redirect(303, unreachable(e) ? '/login?sso=unavailable' : '/login?sso=invalid');
	}
	const outcome = await inTransaction((tx) => signInWithProvider(tx, verified.issuer, verified.claims));
	if (!outcome.ok) redirect(303, `/login?sso=${outcome.reason}`);
	await startSession(appDb(), cookies, url, outcome.user, request.headers.get('user-agent') ?? '');
	redirect(303, pending.redirectTo);
};
