import { Temporal } from 'temporal-polyfill';

export const toInstant = (d: Date): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(d.getTime());
export const toDate = (i: Temporal.Instant): Date => new Date(i.epochMilliseconds);
