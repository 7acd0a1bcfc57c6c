import { describe, expect, it } from 'vitest';
import { passwordLoginAllowed, ssoConfig } from '../../../src/lib/server/sso/config.ts';
import { mapClaims, type SsoMapping } from '../../../src/lib/server/sso/mapping.ts';

const mapping = (over: Partial<SsoMapping> = {}): SsoMapping => ({
	roleClaim: 'groups',
	unitClaim: 'department',
	defaultRole: 'reader',
	rules: [
		{ claimValue: 'g-sekretariat', role: 'secretariat' },
		{ claimValue: 'g-admin', role: 'admin' },
		{ claimValue: 'g-redaktion', role: 'editor' },
		{ claimValue: 'g-spaerret', role: 'none' }
	],
	...over
});

describe('claims to role and unit', () => {
	it('the highest role among the matched values wins', () => {
		expect(mapClaims({ groups: ['g-redaktion', 'g-sekretariat', 'andet'], department: 'Økonomi' }, mapping())).toEqual({ role: 'secretariat', unit: 'Økonomi' });
	});
	it('a value mapped to «ingen adgang» overrides every other rule', () => {
		expect(mapClaims({ groups: ['g-admin', 'g-spaerret'] }, mapping())).toEqual({ role: 'none', unit: '' });
	});
	it('no rule matched: the default role, which may be no access', () => {
		expect(mapClaims({ groups: ['andet'] }, mapping())).toEqual({ role: 'reader', unit: '' });
		expect(mapClaims({}, mapping({ defaultRole: 'none' }))).toEqual({ role: 'none', unit: '' });
	});
	it('a single-valued claim (an app role as a string) counts as one value', () => {
		expect(mapClaims({ roles: 'g-admin' }, mapping({ roleClaim: 'roles' }))).toEqual({ role: 'admin', unit: '' });
	});
});

describe('configuration', () => {
	it('single sign-on needs issuer, client id and secret; the label defaults to Microsoft', () => {
		expect(ssoConfig({ OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0', OIDC_CLIENT_ID: 'c' })).toBeNull();
		expect(ssoConfig({ OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' })?.label).toBe('Log ind med Microsoft');
	});
	it('LOCAL_LOGIN=off lets only the break-glass admin use a password', () => {
		const env = { LOCAL_LOGIN: 'off', BREAK_GLASS_EMAIL: 'Noed@Kommune.dk' };
		expect(passwordLoginAllowed('noed@kommune.dk', env)).toBe(true);
		expect(passwordLoginAllowed('anne@kommune.dk', env)).toBe(false);
		expect(passwordLoginAllowed('anne@kommune.dk', {})).toBe(true);
	});
});
