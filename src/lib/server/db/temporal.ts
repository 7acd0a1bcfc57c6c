import { Temporal } from 'temporal-polyfill';
import { ZONE } from '../../domain/zone.ts';

export const toInstant = (d: Date): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(d.getTime());
export const toDate = (i: Temporal.Instant): Date => new Date(i.epochMilliseconds);
/** The local (Copenhagen) day of a stored time. */
export const localDay = (d: Date): Temporal.PlainDate => toInstant(d).toZonedDateTimeISO(ZONE).toPlainDate();
