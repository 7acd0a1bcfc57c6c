import { Temporal } from 'temporal-polyfill';
import { BODY_KINDS } from '../domain/bodies.ts';
import { EVENT_CATEGORIES } from '../domain/events.ts';
import { DAY_OFF_POLICIES } from '../domain/meeting-plan.ts';
import { MEETING_STATUSES } from '../domain/meetings.ts';
import { z } from './zod.ts';
import { bodyCode, isoDate } from './query.ts';

/** Shared by the secretariat's forms and the API's writes. Messages are Danish. */

export const clockTime = z
	.string({ error: 'Tidspunktet mangler' })
	.regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, { error: 'Skriv tidspunktet som TT:MM, fx 17:00' })
	.transform((s) => Temporal.PlainTime.from(s.replace('.', ':')));

const text = (max: number, label: string) =>
	z
		.string()
		.max(max, { error: `${label} må højst være ${max} tegn` })
		// Control characters would corrupt feeds and logs; tabs and newlines are allowed in notes only.
		.refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: `${label} indeholder ugyldige tegn` });

const line = (max: number, label: string) =>
	text(max, label).refine((s) => !/[\r\n]/.test(s), { error: `${label} skal stå på én linje` }).transform((s) => s.trim());

export const title = (label: string) => line(300, label).refine((s) => s.length > 0, { error: `${label} mangler` });
export const location = line(200, 'Stedet');
export const note = text(2000, 'Noten').transform((s) => s.trim());
export const version = z.coerce.number({ error: 'Versionsnummeret mangler' }).int().min(1, { error: 'Ugyldigt versionsnummer' });
export const meetingStatus = z.enum(MEETING_STATUSES, { error: 'Ugyldig status' });

/** A meeting's wall-clock time on one day; the end must come after the start. */
const timeSpan = z
	.object({ date: isoDate, start: clockTime, end: clockTime })
	.refine((v) => !(v.start instanceof Temporal.PlainTime && v.end instanceof Temporal.PlainTime) || Temporal.PlainTime.compare(v.end, v.start) > 0, {
		error: 'Sluttidspunktet skal ligge efter starttidspunktet',
		path: ['end']
	});

export const meetingCreateSchema = timeSpan.and(
	z.object({ body: bodyCode, location: location.optional(), note: note.optional(), status: meetingStatus.optional() })
);

export const meetingUpdateSchema = z
	.object({
		version,
		date: isoDate.optional(),
		start: clockTime.optional(),
		end: clockTime.optional(),
		location: location.optional(),
		note: note.optional(),
		status: meetingStatus.optional()
	})
	.refine((v) => (v.date === undefined) === (v.start === undefined) && (v.start === undefined) === (v.end === undefined), {
		error: 'Dato, start og slut skal angives sammen',
		path: ['date']
	});

export const eventCategory = z.enum(EVENT_CATEGORIES, { error: 'Vælg en kategori' });

const eventBase = z.object({
	title: title('Titlen'),
	description: note.optional(),
	category: eventCategory,
	location: location.optional(),
	public: z.boolean({ error: 'Angiv om begivenheden er offentlig' }),
	body: bodyCode.nullable().optional()
});

/** All-day events give first and last day (inclusive); timed events a day and clock times. */
export const eventWhen = z.discriminatedUnion(
	'allDay',
	[
		z
			.object({ allDay: z.literal(true), startDate: isoDate, endDate: isoDate })
			.refine((v) => !(v.startDate instanceof Temporal.PlainDate && v.endDate instanceof Temporal.PlainDate) || Temporal.PlainDate.compare(v.endDate, v.startDate) >= 0, {
				error: 'Sidste dag skal ligge på eller efter første dag',
				path: ['endDate']
			}),
		z
			.object({ allDay: z.literal(false), date: isoDate, start: clockTime, end: clockTime, endDate: isoDate.optional() })
			.refine((v) => !(v.date instanceof Temporal.PlainDate && v.endDate instanceof Temporal.PlainDate) || Temporal.PlainDate.compare(v.endDate, v.date) >= 0, {
				error: 'Slutdatoen skal ligge på eller efter datoen',
				path: ['endDate']
			})
	],
	{ error: 'Angiv om begivenheden varer hele dagen' }
);

const eventShapes = {
	description: 'Heldags: allDay=true med startDate og endDate (inklusive). Med tidspunkt: allDay=false med date, start og end; over flere dage også endDate (sidste dag, hvor end er klokkeslættet).'
};
export const eventCreateSchema = eventBase.and(eventWhen).meta(eventShapes);
export const eventUpdateSchema = eventBase.and(eventWhen).and(z.object({ version })).meta(eventShapes);

export const bodyKind = z.enum(BODY_KINDS, { error: 'Vælg en type' });

export const bodySchema = z.object({
	code: bodyCode,
	slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Kun små bogstaver a–z, tal og bindestreg' }).max(80),
	name: title('Navnet'),
	kind: bodyKind,
	color: z.string().regex(/^#[0-9a-f]{6}$/, { error: 'Farven skal skrives #rrggbb' }),
	public: z.boolean(),
	defaultStart: clockTime,
	defaultMinutes: z.coerce.number({ error: 'Varigheden skal være et tal' }).int().min(5, { error: 'Mindst 5 minutter' }).max(1440, { error: 'Højst 24 timer' }),
	defaultLocation: location,
	deadlineDays: z.coerce.number({ error: 'Fristen skal være et tal' }).int().min(0, { error: 'Fristen kan ikke være negativ' }).max(60, { error: 'Højst 60 arbejdsdage' }),
	deadlineTime: clockTime
});
export const bodyUpdateSchema = bodySchema.extend({ version });

export const closureSchema = z
	.object({ name: title('Navnet'), from: isoDate, to: isoDate, body: bodyCode.nullable().optional() })
	.refine((v) => !(v.from instanceof Temporal.PlainDate && v.to instanceof Temporal.PlainDate) || Temporal.PlainDate.compare(v.to, v.from) >= 0, {
		error: 'Slutdatoen skal ligge på eller efter startdatoen',
		path: ['to']
	})
	.refine((v) => !(v.from instanceof Temporal.PlainDate && v.to instanceof Temporal.PlainDate) || v.from.until(v.to).total({ unit: 'days' }) < 366, {
		error: 'En lukkeperiode må højst vare et år',
		path: ['to']
	});

const weekday = z.coerce.number({ error: 'Vælg en ugedag' }).int().min(1).max(7, { error: 'Vælg en ugedag' });
export const planRuleSchema = z.discriminatedUnion(
	'kind',
	[
		z.object({ kind: z.literal('weekly'), weekday, everyWeeks: z.coerce.number().int().min(1).max(8).optional() }),
		z.object({ kind: z.literal('monthly'), weekday, nth: z.coerce.number().int().refine((n) => n === -1 || (n >= 1 && n <= 4), { error: 'Vælg 1.–4. eller sidste' }) }),
		z.object({ kind: z.literal('relative'), anchorBody: bodyCode, offsetDays: z.coerce.number().int().min(-60).max(60) }),
		z.object({ kind: z.literal('iso-weeks'), weekday, weeks: z.array(z.coerce.number().int().min(1).max(53)).min(1, { error: 'Angiv mindst én uge' }).max(53) })
	],
	{ error: 'Vælg en regel' }
);

export const planSchema = z.object({
	body: bodyCode,
	year: z.coerce.number().int().min(2000, { error: 'Året skal ligge mellem 2000 og 2100' }).max(2100, { error: 'Året skal ligge mellem 2000 og 2100' }),
	rule: planRuleSchema,
	start: clockTime,
	minutes: z.coerce.number().int().min(5).max(1440),
	excludeMonths: z.array(z.coerce.number().int().min(1).max(12)).max(12).default([]),
	onDayOff: z.enum(DAY_OFF_POLICIES, { error: 'Vælg springs over, flyt før eller flyt efter' }).default('skip'),
	keepMorningOnHalfDay: z.boolean({ error: 'Angiv ja eller nej' }).default(true)
}).superRefine((plan, ctx) => {
	// Week 53 exists only in years whose 28 December falls in it (e.g. 2026, not 2027).
	if (plan.rule.kind !== 'iso-weeks') return;
	const weeks = Temporal.PlainDate.from({ year: plan.year, month: 12, day: 28 }).weekOfYear!;
	plan.rule.weeks.forEach((week, i) => {
		if (week > weeks) ctx.addIssue({ code: 'custom', path: ['rule', 'weeks', i], message: `${plan.year} har ingen uge ${week}; året har ${weeks} uger` });
	});
});

/** The year rollover: next year's meeting calendar started from the plans of `from`. */
export const rolloverSchema = z.object({
	from: z.coerce
		.number({ error: 'Angiv året, der skal bygges videre på' })
		.int({ error: 'Året skal være et helt tal' })
		.min(1982, { error: 'Året skal være 1982 eller senere' })
		.max(2199, { error: 'Året skal være 2199 eller tidligere' })
});
