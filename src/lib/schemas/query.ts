import { Temporal } from 'temporal-polyfill';
import { z } from './zod.ts';

/** Shared by forms and API: Danish messages, strict formats. */
export const isoDate = z
	.string({ error: 'Datoen mangler' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datoen skal skrives ÅÅÅÅ-MM-DD' })
	.transform((s, ctx) => {
		try {
			return Temporal.PlainDate.from(s, { overflow: 'reject' });
		} catch {
			ctx.addIssue({ code: 'custom', message: `${s} er ikke en gyldig dato` });
			return z.NEVER;
		}
	})
	.refine((d) => d.year >= 1900 && d.year <= 2200, { error: 'Datoen skal ligge mellem år 1900 og 2200' });

export const year = z.coerce
	.number({ error: 'Året skal være et tal' })
	.int({ error: 'Året skal være et helt tal' })
	.min(1900, { error: 'Året skal være mindst 1900' })
	.max(2200, { error: 'Året må højst være 2200' });

/** A row id as the database makes them (gen_random_uuid). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const bodyCode = z
	.string()
	.regex(/^[A-ZÆØÅ][A-ZÆØÅ0-9-]{0,15}$/, { error: 'Ukendt organkode (fx KB, ØK, MTU)' });

const isDate = (v: unknown): v is Temporal.PlainDate => v instanceof Temporal.PlainDate;

/** Calendar days from–to, both inclusive; the span checks only run once both dates are valid. */
export const dateSpan = z
	.object({ from: isoDate, to: isoDate })
	.refine((q) => !isDate(q.from) || !isDate(q.to) || Temporal.PlainDate.compare(q.from, q.to) <= 0, {
		error: 'Slutdatoen skal ligge efter startdatoen',
		path: ['to']
	})
	.refine((q) => !isDate(q.from) || !isDate(q.to) || q.from.until(q.to).total({ unit: 'days' }) <= 3 * 366, {
		error: 'Perioden må højst være tre år',
		path: ['to']
	});
