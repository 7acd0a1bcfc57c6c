import { ROLES } from '../domain/roles.ts';
import { title } from './calendar.ts';
import { z } from './zod.ts';

export const MIN_PASSWORD_LENGTH = 12;

export const email = z
	.string({ error: 'Skriv din e-mailadresse' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'Skriv din e-mailadresse' })
	.max(254, { error: 'E-mailadressen er for lang' })
	.regex(/^[^@\s]+@[^@\s]+$/, { error: 'Det ligner ikke en e-mailadresse' });

export const loginSchema = z.object({
	email,
	password: z.string({ error: 'Skriv din adgangskode' }).min(1, { error: 'Skriv din adgangskode' }).max(256, { error: 'Adgangskoden er for lang' })
});

export const newPassword = z
	.string({ error: 'Skriv en ny adgangskode' })
	.min(MIN_PASSWORD_LENGTH, { error: `Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn` })
	.max(256, { error: 'Adgangskoden må højst være 256 tegn' });

export const passwordChangeSchema = z
	.object({
		current: z.string().min(1, { error: 'Skriv din nuværende adgangskode' }),
		next: newPassword,
		confirm: z.string()
	})
	.refine((v) => v.next === v.confirm, { error: 'De to nye adgangskoder er ikke ens', path: ['confirm'] });

export const roleSchema = z.enum(ROLES, { error: 'Vælg en rolle' });

/** An API token as an administrator creates it. */
export const apiTokenSchema = z.object({ name: title('Navnet'), role: roleSchema, unit: z.string().max(200).default('') });
