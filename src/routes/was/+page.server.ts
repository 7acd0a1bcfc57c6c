import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/**
 * The accessibility statement (webtilgængelighedsloven § 4, bekendtgørelse nr. 904 af 22/08/2019).
 * The municipality names itself and its contact points in the environment; the demo has placeholders.
 */
export const load: PageServerLoad = () => ({
	organisation: env.WAS_ORGANISATION?.trim() || 'Kommunen',
	email: env.WAS_EMAIL?.trim() || 'tilgaengelighed@kommune.example',
	phone: env.WAS_PHONE?.trim() || '12 34 56 78'
});
