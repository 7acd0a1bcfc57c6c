import { z } from 'zod';
import { UUID } from './query.ts';

/** Where the secretariat puts Månedsgrebet for a rul: a board meeting. */
export const briefingPinSchema = z.object({
	meeting: z.string({ error: 'Vælg et direktionsmøde' }).regex(UUID, { error: 'Ugyldigt møde-id' })
});
