import { RESPONSIBLE_COMMITTEE, STAGE_ROLES, STAGE_STATUSES } from '../domain/case-path.ts';
import { LEGAL_KINDS } from '../domain/legal-checks.ts';
import { z } from './zod.ts';
import { version } from './calendar.ts';
import { bodyCode, isoDate, UUID } from './query.ts';

/** Shared by the case forms and the API. Messages are Danish. */

export const stageRole = z.enum(STAGE_ROLES, { error: 'Vælg en rolle (orientering, drøftelse, indstilling eller beslutning)' });
export const stageStatus = z.enum(STAGE_STATUSES, { error: 'Ugyldig status' });
const uuid = z.string().regex(UUID, { error: 'Ugyldigt møde-id' });

/** A stage of a path: a body code, or RESPONSIBLE_COMMITTEE for the case's responsible standing committee. */
export const stageSpec = z.object({
	body: z.union([bodyCode, z.literal(RESPONSIBLE_COMMITTEE)]),
	role: stageRole.default('drøftelse'),
	minGapDays: z.coerce.number({ error: 'Skriv antal dage' }).int({ error: 'Skriv et helt antal dage' }).min(0, { error: 'Mindst 0 dage' }).max(120, { error: 'Højst 120 dage' }).default(1),
	afterPreviousBeforeDeadline: z.boolean().default(false)
});

/** A path as body codes (the last decides, the rest discuss) or as full stages. */
export const pathSpec = z
	.array(z.union([bodyCode.transform((body) => ({ body, role: undefined })), stageSpec]), { error: 'Angiv sagsgangen som en liste af organer' })
	.min(1, { error: 'Sagsgangen skal have mindst ét organ' })
	.max(20, { error: 'Højst 20 trin' });

const planTarget = z.union([
	z.object({ decide: z.object({ meeting: uuid }) }),
	z.object({ decide: z.object({ by: isoDate }) }),
	z.object({ start: isoDate })
], { error: 'Angiv decide: { meeting } eller decide: { by } eller start' });

export const planRequestSchema = z
	.object({
		path: pathSpec.optional(),
		template: z.union([z.coerce.number().int().positive(), z.string().min(1).max(200)]).optional(),
		committee: bodyCode.optional(),
		/** plan as of the start of this day instead of now */
		asOf: isoDate.optional()
	})
	.and(planTarget)
	.refine((v) => (v.path === undefined) !== (v.template === undefined), { error: 'Angiv enten path eller template', path: ['path'] })
	.meta({ description: 'path (organkoder eller trin) eller template; decide: { meeting } | { by } for baglæns planlægning, eller start for fremad.' });

export const caseNumber = z
	.string()
	.trim()
	.regex(/^[0-9]{1,7}\/[0-9]{2}$/, { error: 'Sagsnummeret skrives som 35024/23' });

const line = (max: number, label: string) =>
	z
		.string()
		.max(max, { error: `${label} må højst være ${max} tegn` })
		.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: `${label} skal stå på én linje uden kontroltegn` })
		.transform((s) => s.trim());

export const caseFields = z.object({
	caseNumber: caseNumber.nullable().optional(),
	title: line(300, 'Titlen').refine((s) => s.length > 0, { error: 'Titlen mangler' }),
	description: z
		.string()
		.max(10_000, { error: 'Beskrivelsen må højst være 10.000 tegn' })
		.refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: 'Beskrivelsen indeholder ugyldige tegn' })
		.optional(),
	unit: line(200, 'Enheden').optional(),
	responsible: line(200, 'Den ansvarlige').optional(),
	committee: bodyCode.nullable().optional(),
	closed: z.boolean().default(false),
	/** a key case (nøglesag), drawn as a band on the wheel's key-case ring */
	keyCase: z.boolean({ error: 'keyCase skal være true eller false' }).optional(),
	legalKind: z.enum(LEGAL_KINDS, { error: 'Vælg budget, regnskab eller vedtægt' }).nullable().optional()
});

/** A stage as saved on a case: its body, role, link and (optionally) its meeting. */
export const savedStageSpec = stageSpec.extend({ meeting: uuid.nullable().default(null), status: stageStatus.default('planned') });

export const caseCreateSchema = caseFields.and(
	z.union([
		z.object({ template: z.union([z.coerce.number().int().positive(), z.string().min(1).max(200)]), stages: z.undefined().optional() }),
		z.object({ stages: z.array(savedStageSpec).min(1, { error: 'Sagsgangen skal have mindst ét trin' }).max(20), template: z.undefined().optional() })
	], { error: 'Angiv template eller stages' })
).and(z.object({ plan: z.union([z.object({ decide: z.object({ meeting: uuid }) }), z.object({ decide: z.object({ by: isoDate }) }), z.object({ start: isoDate })]).optional() }));

export const caseUpdateSchema = caseFields.partial().extend({
	// Without its own optional, zod 4 fills in the create default and a PATCH that leaves `closed` out would open the case.
	closed: z.boolean().optional(),
	version,
	stages: z.array(savedStageSpec).min(1).max(20).optional()
});

export const repairSchema = z.object({
	version,
	changes: z.array(z.object({ stage: z.coerce.number().int().min(0).max(19), meeting: uuid.nullable() })).min(1).max(20)
});

export const REPAIR_UNREADABLE = 'Reparationen kunne ikke læses – genindlæs siden';

/** A repair as a form posts it: the changes as JSON in one hidden field; unreadable JSON is a message about the whole form. */
export const repairForm = repairSchema.extend({
	changes: z
		.string()
		.transform((text, ctx) => {
			try {
				return JSON.parse(text) as unknown;
			} catch {
				ctx.addIssue({ code: 'custom', message: REPAIR_UNREADABLE });
				return z.NEVER;
			}
		})
		.pipe(repairSchema.shape.changes)
});

export const templateSchema = z.object({
	name: line(200, 'Navnet').refine((s) => s.length > 0, { error: 'Navnet mangler' }),
	description: z.string().max(2000, { error: 'Beskrivelsen må højst være 2.000 tegn' }).optional(),
	stages: z.array(stageSpec).min(1, { error: 'Skabelonen skal have mindst ét trin' }).max(20)
});
export const templateUpdateSchema = templateSchema.extend({ version });

const ruleMonths = z.array(z.coerce.number().int().min(1).max(12), { error: 'Vælg måneder' }).max(12);

export const fixedItemRuleSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('every-meeting') }),
	z.object({ kind: z.literal('first-in-cycle') }),
	z.object({ kind: z.literal('months'), months: ruleMonths.min(1, { error: 'Vælg mindst én måned' }), firstOnly: z.boolean().optional() }),
	z.object({
		kind: z.literal('every-n-years'),
		every: z.coerce.number({ error: 'Skriv hvor mange år der går mellem hver gang' }).int({ error: 'Skriv et helt antal år' }).min(1, { error: 'Mindst 1 år' }).max(12, { error: 'Højst 12 år' }),
		fromYear: z.coerce.number({ error: 'Skriv årstallet' }).int({ error: 'Skriv årstallet' }).min(1970, { error: 'Årstallet skal ligge mellem 1970 og 2100' }).max(2100, { error: 'Årstallet skal ligge mellem 1970 og 2100' }),
		months: ruleMonths.optional(),
		firstOnly: z.boolean().optional()
	})
], { error: 'Vælg en regel' });

export const fixedItemSchema = z.object({
	body: bodyCode,
	title: line(300, 'Titlen').refine((s) => s.length > 0, { error: 'Titlen mangler' }),
	description: z.string().max(2000, { error: 'Beskrivelsen må højst være 2.000 tegn' }).optional(),
	rule: fixedItemRuleSchema,
	closed: z.boolean().default(false),
	sortOrder: z.coerce.number({ error: 'Rækkefølgen skal være et tal' }).int({ error: 'Rækkefølgen skal være et helt tal' }).min(0, { error: 'Rækkefølgen skal ligge mellem 0 og 1000' }).max(1000, { error: 'Rækkefølgen skal ligge mellem 0 og 1000' }).default(0)
});
export const fixedItemUpdateSchema = fixedItemSchema.extend({ version });
