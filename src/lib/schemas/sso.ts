import { z } from './zod.ts';

/** The single sign-on mapping the admin edits: which claims hold role and unit, and what each value gives. */
export const mappedRoleSchema = z.enum(['admin', 'secretariat', 'editor', 'reader', 'none'], { error: 'Vælg en rolle eller «ingen adgang»' });

const claimName = (label: string, min: number) =>
	z
		.string({ error: `Skriv navnet på ${label}` })
		// Control characters are refused before trimming, which would quietly drop a form feed or a vertical tab.
		.regex(/^[^\u0000-\u001f\u007f]*$/, { error: `${label[0]!.toUpperCase()}${label.slice(1)} må ikke indeholde styretegn`, abort: true })
		.trim()
		.regex(new RegExp(`^[A-Za-z0-9_.:/-]{${min},100}$`), { error: `${label[0]!.toUpperCase()}${label.slice(1)} skal være et claim-navn: bogstaver, tal og _ . : / - (højst 100 tegn)` });

export const ssoSettingsSchema = z.object({
	roleClaim: claimName('rolle-claimet', 1),
	unitClaim: claimName('enheds-claimet', 0),
	defaultRole: mappedRoleSchema,
	version: z.coerce.number({ error: 'Ukendt version' }).int({ error: 'Ukendt version' }).positive({ error: 'Ukendt version' })
});

export const ssoRuleSchema = z.object({
	claimValue: z
		.string({ error: 'Skriv claim-værdien, fx gruppens objekt-id' })
		.trim()
		.min(1, { error: 'Skriv claim-værdien, fx gruppens objekt-id' })
		.max(200, { error: 'Værdien må højst være 200 tegn' })
		.regex(/^[^\p{Cc}]*$/u, { error: 'Værdien må ikke indeholde styretegn' }),
	role: mappedRoleSchema
});

export const ssoRuleIdSchema = z.object({ id: z.coerce.number({ error: 'Ukendt regel' }).int({ error: 'Ukendt regel' }).positive({ error: 'Ukendt regel' }) });
