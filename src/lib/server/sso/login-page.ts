import type { Viewer } from '../auth/access.ts';
import { findUser } from '../users/repository.ts';
import { appDb } from '../db/app-db.ts';
import { localLoginOff, ssoConfig } from './config.ts';
import { SSO_REFUSAL_MESSAGE } from './service.ts';

export const LOCAL_LOGIN_OFF_MESSAGE = 'Login med adgangskode er slået fra. Brug knappen for at logge ind med kommunens konto.';

/** What the login page offers: the provider's button (when configured), the password form, and a refused sign-in's reason. */
export function loginOptions(url: URL) {
	const sso = ssoConfig();
	const code = url.searchParams.get('sso');
	const ssoError = code && code in SSO_REFUSAL_MESSAGE ? SSO_REFUSAL_MESSAGE[code as keyof typeof SSO_REFUSAL_MESSAGE] : null;
	const redirectTo = url.searchParams.get('redirectTo');
	return {
		sso: sso ? { label: sso.label, href: `/login/sso${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}` } : null,
		localLoginOff: localLoginOff(),
		ssoError
	};
}

/** Whether the viewer's account is one the provider signs in (so logging out offers its sign-out). */
export async function signedInThroughProvider(viewer: Viewer | null): Promise<boolean> {
	if (!ssoConfig() || !viewer?.userId) return false;
	return ((await findUser(appDb(), viewer.userId))?.oidc_issuer ?? null) !== null;
}
