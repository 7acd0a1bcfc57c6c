import { normaliseEmail } from '../users/repository.ts';

/**
 * Single sign-on is on when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set;
 * without them the app behaves as before (password login only).
 */
export interface SsoConfig {
	issuer: URL;
	clientId: string;
	clientSecret: string;
	label: string;
}

export const DEFAULT_SSO_LABEL = 'Log ind med Microsoft';

export function ssoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
	const issuer = env.OIDC_ISSUER?.trim();
	const clientId = env.OIDC_CLIENT_ID?.trim();
	const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
	if (!issuer || !clientId || !clientSecret) return null;
	return { issuer: new URL(issuer), clientId, clientSecret, label: env.OIDC_LABEL?.trim() || DEFAULT_SSO_LABEL };
}

/**
 * Plain http is only accepted for a provider on this machine's loopback (the test provider);
 * a real provider is always reached over https.
 */
export function isLoopbackHttp(url: URL): boolean {
	return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * LOCAL_LOGIN=off: passwords no longer sign anyone in, except the break-glass administrator
 * named by BREAK_GLASS_EMAIL, who can still get in when the provider is down.
 */
export function passwordLoginAllowed(email: string, env: Record<string, string | undefined> = process.env): boolean {
	if (env.LOCAL_LOGIN?.trim().toLowerCase() !== 'off') return true;
	const breakGlass = env.BREAK_GLASS_EMAIL?.trim();
	return !!breakGlass && normaliseEmail(breakGlass) === normaliseEmail(email);
}

export const localLoginOff = (env: Record<string, string | undefined> = process.env) => env.LOCAL_LOGIN?.trim().toLowerCase() === 'off';
