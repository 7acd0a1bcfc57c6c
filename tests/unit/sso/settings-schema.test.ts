import { describe, expect, it } from 'vitest';
import { ssoSettingsSchema } from '../../../src/lib/schemas/sso.ts';

const settings = (roleClaim: string) => ssoSettingsSchema.safeParse({ roleClaim, unitClaim: '', defaultRole: 'reader', version: '1' });

describe('the sign-on mapping form', () => {
	it('refuses a claim name with a control character that trimming would have dropped', () => {
		for (const raw of ['-\f', '\vgroups', 'roles\u0000']) {
			const parsed = settings(raw);
			expect(parsed.success ? 'accepted' : parsed.error.issues.map((i) => i.message)).toEqual(['Rolle-claimet må ikke indeholde styretegn']);
		}
	});

	it('still takes a claim name with spaces around it, trimmed', () => {
		expect(settings('  groups ').data?.roleClaim).toBe('groups');
	});
});
