import { endSessionUrl } from '$lib/server/sso/client';
import { ssoConfig } from '$lib/server/sso/config';
import type { PageServerLoad } from './$types';

/** After logging out of Årshjul: the offer to sign out at the provider too (a shared PC). */
export const load: PageServerLoad = async ({ url }) => {
	const sso = ssoConfig();
	let providerLogout: string | null = null;
	if (sso) {
		try {
			providerLogout = (await endSessionUrl(sso, `${url.origin}/`))?.href ?? null;
		} catch {
			providerLogout = null;
		}
	}
	return { providerLogout };
};
