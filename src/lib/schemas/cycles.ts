import { z } from 'zod';
import { UUID } from './query.ts';

/** Where the secretariat puts Månedsgrebet for a rul: a board meeting. */
export const briefingPinSchema = z.object({
	meeting: z.string({ error: 'Vælg et direktionsmøde' }).regex(UUID, { error: 'Ugyldigt møde-id' })
});

const yesNo = (message: string) => z.enum(['true', 'false'], { error: message }).transform((v) => v === 'true');

/** The meeting page's "Konstituerende møde" button: mark or unmark. */
export const constitutiveFormSchema = z.object({ constitutive: yesNo('Vælg om mødet er det konstituerende møde') });

/** The board meeting page's Månedsgrebet form: the rul, and whether to put it here or let the rule decide. */
export const briefingFormSchema = z.object({
	council: z.string({ error: 'Vælg et rul' }).regex(UUID, { error: 'Vælg et rul' }),
	pin: z
		.enum(['true', 'false'])
		.default('true')
		.transform((v) => v === 'true')
});
