import { error, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/server/auth/cookies';
import { beginSignIn } from '$lib/server/sso/client';
import { ssoConfig } from '$lib/server/sso/config';
import { keepPending } from '$lib/server/sso/pending';
import type { RequestHandler } from './$types';

/** Sends the browser to the provider's login, with a fresh state, nonce and PKCE challenge. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const sso = ssoConfig();
	if (!sso) error(404, 'Siden findes ikke.');
	let target: URL;
	try {
		const { url: authorization, pending } = await beginSignIn(sso, `${url.origin}/login/sso/callback`, safeRedirectTarget(url.searchParams.get('redirectTo')));
		keepPending(cookies, url, pending);
		target = authorization;
	} catch (e) {
		console.warn('Login-tjenesten kunne ikke nås:', e instanceof Error ? e.message : e);
		redirect(303, '/login?sso=unavailable');
	}
	redirect(303, target.href);
};
