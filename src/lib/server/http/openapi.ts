import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../domain/audit.ts';
import { BODY_KINDS } from '../../domain/bodies.ts';
import { STAGE_STATUSES } from '../../domain/case-path.ts';
import { CONFLICT_CODES } from '../../domain/conflict-types.ts';
import { EVENT_CATEGORIES } from '../../domain/events.ts';
import { FEED_KINDS } from '../../domain/feeds.ts';
import { DAY_OFF_KINDS } from '../../domain/holidays.ts';
import { MEETING_STATUSES } from '../../domain/meetings.ts';
import type { Role } from '../../domain/roles.ts';
import { apiTokenSchema, loginSchema } from '../../schemas/auth.ts';
import { bodySchema, bodyUpdateSchema, closureSchema, eventCreateSchema, eventUpdateSchema, meetingCreateSchema, meetingUpdateSchema, planSchema, rolloverSchema } from '../../schemas/calendar.ts';
import {
	caseCreateSchema,
	caseUpdateSchema,
	fixedItemSchema,
	fixedItemUpdateSchema,
	planRequestSchema,
	repairSchema,
	templateSchema,
	templateUpdateSchema
} from '../../schemas/cases.ts';
import { briefingPinSchema } from '../../schemas/cycles.ts';
import { z } from '../../schemas/zod.ts';
import { rolesAtLeast } from '../auth/access.ts';
import { subscriptionInputSchema } from '../feeds/selection.ts';
import { IMPORT_ROW_STATUSES, IMPORT_TARGETS, PLAN_FILE_FORMATS } from '../../domain/import.ts';

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Request bodies are the
 * JSON Schema of the zod schemas the routes validate with, and every enum is a list of the
 * domain, so the document cannot drift from the validation.
 */

/** What a zod schema accepts, as JSON Schema: its input side (before transforms and defaults). */
export function requestJsonSchema(schema: z.ZodType): Record<string, unknown> {
	const { $schema: _, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	return jsonSchema;
}

/** The request bodies by component name, each the zod schema its routes parse with. */
export const REQUEST_SCHEMAS = {
	BodyInput: bodySchema,
	BodyUpdate: bodyUpdateSchema,
	MeetingInput: meetingCreateSchema,
	MeetingUpdate: meetingUpdateSchema,
	EventInput: eventCreateSchema,
	EventUpdate: eventUpdateSchema,
	ClosureInput: closureSchema,
	PlanInput: planSchema,
	PlanRequest: planRequestSchema,
	CaseInput: caseCreateSchema,
	CaseUpdate: caseUpdateSchema,
	RepairInput: repairSchema,
	TemplateInput: templateSchema,
	TemplateUpdate: templateUpdateSchema,
	FixedItemInput: fixedItemSchema,
	FixedItemUpdate: fixedItemUpdateSchema,
	TokenInput: apiTokenSchema,
	SubscriptionInput: subscriptionInputSchema,
	BriefingPin: briefingPinSchema,
	RolloverInput: rolloverSchema,
	Login: loginSchema
} satisfies Record<string, z.ZodType>;

type RequestName = keyof typeof REQUEST_SCHEMAS;


const dateParam = (name: string, description: string) => ({ name, in: 'query', required: true, description, schema: { type: 'string', format: 'date' } });
const yearParam = { name: 'year', in: 'query', required: true, schema: { type: 'integer', minimum: 1900, maximum: 2200 } };
const problem = { description: 'Ugyldige parametre (RFC 9457 problem)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const ok = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });
const list = (ref: string) => ({ type: 'array', items: { $ref: `#/components/schemas/${ref}` } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (name: RequestName) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const problemOf = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
/** Responses every write shares: the caller's rights, bad input and edit conflicts. */
const writeErrors = {
	400: problem,
	401: problemOf('Login påkrævet (session eller Authorization: Bearer)'),
	403: problemOf('Rollen har ikke adgang'),
	404: problemOf('Ikke fundet'),
	409: problemOf('Ændret af en anden: send den nyeste version (feltet current viser den)')
};
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
/** An optional query parameter: any string, or one of a list's values. */
const optionalQuery = (name: string, values?: readonly string[]) => ({ name, in: 'query', required: false, schema: values ? { type: 'string', enum: values } : { type: 'string' } });
const versionQuery = { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } };
/** Signed in with the role or a higher one. */
const atLeast = (role: Role) => ({ security: [{ session: [] }, { bearer: [] }], 'x-roles': rolesAtLeast(role) });
const secretariat = atLeast('secretariat');
const admin = atLeast('admin');

/** An import: the file as the request body; what it goes into and which column is which in the query. */
const importParams = [
	{ name: 'name', in: 'query', required: false, schema: { type: 'string' }, description: 'Filens navn, fx plan.xlsx (typen læses af Content-Type eller af endelsen)' },
	{ name: 'target', in: 'query', required: false, schema: { enum: IMPORT_TARGETS, default: 'meetings' } },
	{ name: 'body', in: 'query', required: false, schema: { type: 'string' }, description: 'Organkode for rækker uden organ (kalenderfiler, ark uden kolonnen Organ)' },
	{ name: 'sheet', in: 'query', required: false, schema: { type: 'string' }, description: 'Excel: arkets navn; ellers det første synlige ark' },
	...['body', 'date', 'start', 'end', 'place', 'title', 'endDate', 'description'].map((f) => ({
		name: `col.${f}`,
		in: 'query',
		required: false,
		schema: { type: 'integer', minimum: 0 },
		description: 'Kolonnens nummer (0 = første); uden col.*-parametre genkendes kolonnerne på navnet'
	}))
];
const importBody = {
	required: true,
	description: '.xlsx, .csv (semikolon, komma eller tab; UTF-8 med/uden BOM eller Windows-1252) eller .ics; højst 500 KB',
	content: {
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
		'text/csv': { schema: { type: 'string' } },
		'text/calendar': { schema: { type: 'string' } }
	}
};

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Årshjul API',
		version: '1',
		description: 'Den kommunale styrelseskalender: organer, møder, politiske rul, helligdage, arbejdsdage, begivenheder og valgperioder. Uden login vises kun offentlige organer og åbent indhold.'
	},
	servers: [{ url: '/api/v1' }],
	paths: {
		'/bodies': {
			get: { summary: 'Organer', responses: { 200: ok(list('Body')) } },
			post: { ...secretariat, summary: 'Opret et organ', requestBody: jsonBody('BodyInput'), responses: { 201: ok(ref('Body')), ...writeErrors } }
		},
		'/meetings': {
			get: {
				summary: 'Møder på kalenderdagene from–to (begge inklusive, Europe/Copenhagen)',
				parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag'), { name: 'body', in: 'query', required: false, schema: { type: 'string' }, description: 'Organkode, fx KB' }],
				responses: { 200: ok(list('Meeting')), 400: problem }
			},
			post: { ...secretariat, summary: 'Opret et møde', requestBody: jsonBody('MeetingInput'), responses: { 201: ok(ref('Meeting')), ...writeErrors } }
		},
		'/events': {
			get: { summary: 'Begivenheder', parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag')], responses: { 200: ok(list('Event')), 400: problem } },
			post: { ...secretariat, summary: 'Opret en begivenhed', requestBody: jsonBody('EventInput'), responses: { 201: ok(ref('Event')), ...writeErrors } }
		},
		'/holidays': { get: { summary: 'Helligdage, lukkedage og halve fridage', parameters: [yearParam], responses: { 200: ok(list('DayOff')), 400: problem } } },
		'/working-days/before': {
			get: {
				summary: 'Datoen N arbejdsdage før en dato',
				parameters: [dateParam('date', 'Fra dato'), { name: 'days', in: 'query', required: true, schema: { type: 'integer', minimum: 0, maximum: 250 } }, { name: 'body', in: 'query', required: false, schema: { type: 'string' } }],
				responses: { 200: ok({ type: 'object', properties: { date: { type: 'string', format: 'date' }, from: { type: 'string', format: 'date' }, days: { type: 'integer' } }, required: ['date', 'from', 'days'] }), 400: problem }
			}
		},
		'/terms': { get: { summary: 'Valgperioden der indeholder året', parameters: [yearParam], responses: { 200: ok({ $ref: '#/components/schemas/Term' }), 400: problem } } },
		'/feeds': {
			get: {
				summary: 'Kalenderabonnementer (iCal) som kalderen må abonnere på; med login også sagskalendere for egne åbne sager og egne personlige abonnementer (uden adresse)',
				responses: {
					200: ok({
						type: 'array',
						items: {
							type: 'object',
							properties: {
								name: { type: 'string' },
								url: { type: ['string', 'null'], format: 'uri', description: 'null for et personligt abonnement: adressen vises kun, når det oprettes' },
								kind: { type: 'string', enum: FEED_KINDS },
								id: { type: 'integer', description: 'Kun personlige abonnementer' },
								createdAt: { type: 'string', format: 'date-time', description: 'Kun personlige abonnementer' }
							},
							required: ['name', 'url', 'kind']
						}
					})
				}
			},
			post: {
				...atLeast('reader'),
				summary: 'Opret et personligt abonnement; adressen (med token) er kun i dette svar',
				requestBody: jsonBody('SubscriptionInput'),
				responses: {
					201: ok({ type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, kind: { const: 'personal' }, url: { type: 'string', format: 'uri' } }, required: ['id', 'name', 'kind', 'url'] }),
					...writeErrors
				}
			}
		},
		'/feeds/{id}': {
			parameters: [idParam('id')],
			delete: {
				...atLeast('reader'),
				summary: 'Tilbagekald et af egne personlige abonnementer; adressen svarer 404 med det samme',
				responses: { 204: { description: 'Tilbagekaldt' }, ...writeErrors }
			}
		},
		'/auth/login': {
			post: {
				summary: 'Log ind (starter en session; samme grænse for forsøg som loginsiden)',
				requestBody: jsonBody('Login'),
				responses: { 200: ok({ type: 'object' }), 400: problem, 401: problemOf('Forkert e-mail eller adgangskode'), 429: problemOf('For mange forsøg') }
			}
		},
		'/auth/logout': { post: { summary: 'Log ud (afslutter sessionen)', responses: { 204: { description: 'Logget ud' } } } },
		'/meetings/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'Et møde', responses: { 200: ok(ref('Meeting')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Flyt, aflys, genoptag eller ret et møde', requestBody: jsonBody('MeetingUpdate'), responses: { 200: ok(ref('Meeting')), ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet et møde (blødt: historikken bevares)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/events/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'En begivenhed', responses: { 200: ok(ref('Event')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Ret en begivenhed', requestBody: jsonBody('EventUpdate'), responses: { 200: ok(ref('Event')), ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet en begivenhed (blødt)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/bodies/{code}': {
			parameters: [idParam('code')],
			get: { summary: 'Et organ med dets indstillinger', responses: { 200: ok(ref('Body')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Ret et organ', requestBody: jsonBody('BodyUpdate'), responses: { 200: ok(ref('Body')), ...writeErrors } }
		},
		'/closures': {
			get: { summary: 'Lokale lukkeperioder', responses: { 200: ok({ type: 'array', items: ref('Closure') }) } },
			post: { ...secretariat, summary: 'Opret en lukkeperiode', requestBody: jsonBody('ClosureInput'), responses: { 201: ok(ref('Closure')), ...writeErrors } }
		},
		'/cycles/{council}/briefing': {
			parameters: [idParam('council')],
			put: {
				...secretariat,
				summary: 'Læg Månedsgrebet for rullet, der slutter i dette møde i kommunalbestyrelsen, på et direktionsmøde',
				requestBody: jsonBody('BriefingPin'),
				responses: { 204: { description: 'Gemt' }, ...writeErrors }
			},
			delete: { ...secretariat, summary: 'Lad reglen placere Månedsgrebet for rullet igen', responses: { 204: { description: 'Gemt' }, ...writeErrors } }
		},
		'/closures/{id}': { parameters: [idParam('id')], delete: { ...secretariat, summary: 'Slet en lukkeperiode', responses: { 204: { description: 'Slettet' }, ...writeErrors } } },
		'/plans/preview': { post: { ...secretariat, summary: 'Forslag til et års mødeplan (gemmer intet)', requestBody: jsonBody('PlanInput'), responses: { 200: ok(ref('PlanPreview')), ...writeErrors } } },
		'/rollover/preview': {
			post: { ...secretariat, summary: 'Forslag til næste års mødekalender ud fra årets mødeplaner, faste punkter og skabeloner (gemmer intet)', requestBody: jsonBody('RolloverInput'), responses: { 200: ok({ type: 'object' }), ...writeErrors } }
		},
		'/rollover': {
			post: { ...secretariat, summary: 'Start næste år: mødeplanerne overføres og mødekalenderen oprettes som sag på vej til ØK og KB (én transaktion)', requestBody: jsonBody('RolloverInput'), responses: { 201: ok({ type: 'object' }), ...writeErrors } }
		},
		'/plans': { post: { ...secretariat, summary: 'Godkend et års mødeplan', requestBody: jsonBody('PlanInput'), responses: { 201: ok(ref('PlanPreview')), ...writeErrors } } },
		'/import/preview': {
			post: { ...secretariat, summary: 'Forhåndsvisning af en import fra .xlsx, .csv eller .ics: hver række ny, uændret, ændres eller afvist med årsag (gemmer intet)', parameters: importParams, requestBody: importBody, responses: { 200: ok(ref('ImportResult')), 413: problemOf('Filen er for stor'), ...writeErrors } }
		},
		'/import': {
			post: { ...secretariat, summary: 'Importér: nye og ændrede rækker gemmes i én transaktion med ændringslog; afviste rækker springes over', parameters: importParams, requestBody: importBody, responses: { 200: ok(ref('ImportResult')), 413: problemOf('Filen er for stor'), ...writeErrors } }
		},
		'/export': {
			get: {
				...secretariat,
				summary: 'Et organs møder i et år som fil, der kan importeres igen uden ændringer',
				parameters: [
					{ name: 'body', in: 'query', required: true, schema: { type: 'string' }, description: 'Organkode, fx KB' },
					yearParam,
					{ name: 'format', in: 'query', required: true, schema: { enum: PLAN_FILE_FORMATS } }
				],
				responses: {
					200: {
						description: 'Filen (Content-Disposition: attachment)',
						content: {
							'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
							'text/csv': { schema: { type: 'string' } },
							'text/calendar': { schema: { type: 'string' } }
						}
					},
					...writeErrors
				}
			}
		},
		'/tokens': {
			get: { ...admin, summary: 'API-nøgler', responses: { 200: ok({ type: 'array', items: { type: 'object' } }), ...writeErrors } },
			post: { ...admin, summary: 'Opret en API-nøgle (vises kun i dette svar)', requestBody: jsonBody('TokenInput'), responses: { 201: ok({ type: 'object' }), ...writeErrors } }
		},
		'/plan': {
			post: {
				security: [{ session: [] }, { bearer: [] }],
				summary: 'Foreslå en plan for en sagsgang (baglæns fra beslutningen eller fremad fra en start); gemmer intet',
				requestBody: jsonBody('PlanRequest'),
				responses: { 200: ok(ref('CasePlan')), ...writeErrors }
			}
		},
		'/cases': {
			get: {
				summary: 'Sager (offentligheden ser kun åbne sager)',
				parameters: [optionalQuery('body'), optionalQuery('unit'), optionalQuery('status', STAGE_STATUSES), optionalQuery('closed'), optionalQuery('q')],
				responses: { 200: ok({ type: 'array', items: ref('Case') }), 400: problem }
			},
			post: { ...atLeast('editor'), summary: 'Opret en sag (redaktører for egen enhed)', requestBody: jsonBody('CaseInput'), responses: { 201: ok(ref('Case')), ...writeErrors } }
		},
		'/cases/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'En sag med trin, frister og konflikter (lukkede sager findes ikke for offentligheden)', responses: { 200: ok(ref('Case')), 404: problemOf('Ikke fundet') } },
			patch: { ...atLeast('editor'), summary: 'Ret en sag', requestBody: jsonBody('CaseUpdate'), responses: { 200: ok(ref('Case')), ...writeErrors } },
			delete: { ...atLeast('editor'), summary: 'Slet en sag (blødt)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/cases/{id}/repair': {
			parameters: [idParam('id')],
			post: {
				...atLeast('editor'),
				summary: 'Godkend en foreslået reparation (trin flyttes til de angivne møder)',
				requestBody: jsonBody('RepairInput'),
				responses: { 200: ok(ref('Case')), ...writeErrors }
			}
		},
		'/templates': {
			get: { summary: 'Sagsgangsskabeloner', responses: { 200: ok({ type: 'array', items: ref('Template') }) } },
			post: { ...secretariat, summary: 'Opret en skabelon', requestBody: jsonBody('TemplateInput'), responses: { 201: ok(ref('Template')), ...writeErrors } }
		},
		'/templates/{id}': {
			parameters: [idParam('id')],
			patch: { ...secretariat, summary: 'Ret en skabelon', requestBody: jsonBody('TemplateUpdate'), responses: { 204: { description: 'Rettet' }, ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet en skabelon', responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/fixed-items': {
			get: { summary: 'Faste punkter', parameters: [{ name: 'body', in: 'query', required: false, schema: { type: 'string' } }], responses: { 200: ok({ type: 'array', items: ref('FixedItem') }) } },
			post: { ...secretariat, summary: 'Opret et fast punkt', requestBody: jsonBody('FixedItemInput'), responses: { 201: ok(ref('FixedItem')), ...writeErrors } }
		},
		'/fixed-items/{id}': {
			parameters: [idParam('id')],
			patch: { ...secretariat, summary: 'Ret et fast punkt', requestBody: jsonBody('FixedItemUpdate'), responses: { 204: { description: 'Rettet' }, ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet et fast punkt', responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/legal-checks': {
			get: {
				security: [{ session: [] }, { bearer: [] }],
				summary: 'Årets lovkrav: budgetbehandlinger og -frister (KSL § 38), regnskab til revisionen, vedtægtsbehandlinger, KB-dagsorden 4 arbejdsdage før, konstituerende møde',
				parameters: [yearParam],
				responses: { 200: ok({ type: 'object', properties: { budgetDeadline: { type: 'string', format: 'date' }, findings: { type: 'array', items: { type: 'object', properties: { rule: { type: 'string' }, ok: { type: 'boolean' }, source: { type: 'string' }, message: { type: 'string' }, subject: { type: 'object' } } } } } }), ...writeErrors }
			}
		},
		'/meetings/{id}/agenda': {
			parameters: [idParam('id')],
			get: { summary: 'Mødets dagsorden: faste punkter og sager i rækkefølge (lukkede punkter uden titel for offentligheden)', responses: { 200: ok({ type: 'object' }), 404: problemOf('Ikke fundet') } }
		},
		'/meetings/{id}/impact': {
			parameters: [idParam('id')],
			get: {
				...secretariat,
				summary: 'Hvad en flytning eller aflysning af mødet ville bryde, med forslag til reparation; gemmer intet',
				parameters: ['cancel', 'date', 'start'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
				responses: { 200: ok({ type: 'array', items: { type: 'object' } }), ...writeErrors }
			}
		},
		'/meetings/{id}/legal-impact': {
			parameters: [idParam('id')],
			get: {
				...secretariat,
				summary: 'Hvilke lovkrav en flytning eller aflysning af mødet ville bryde (fx budgetfristen, KSL § 38); gemmer intet',
				parameters: ['cancel', 'date', 'start'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
				responses: { 200: ok({ type: 'array', items: { type: 'object', properties: { rule: { type: 'string' }, ok: { type: 'boolean' }, source: { type: 'string' }, message: { type: 'string' }, subject: { type: 'object' } } } }), ...writeErrors }
			}
		},
		'/tokens/{id}': { parameters: [idParam('id')], delete: { ...admin, summary: 'Tilbagekald en API-nøgle', responses: { 204: { description: 'Tilbagekaldt' }, ...writeErrors } } },
		'/audit': {
			get: {
				...admin,
				summary: 'Ændringsloggen',
				parameters: [
					optionalQuery('entity', AUDIT_ENTITIES),
					...['id', 'actor'].map((name) => optionalQuery(name)),
					optionalQuery('action', AUDIT_ACTIONS),
					...['from', 'to', 'limit', 'offset'].map((name) => optionalQuery(name))
				],
				responses: { 200: ok({ type: 'array', items: { type: 'object' } }), ...writeErrors }
			}
		}
	},
	components: {
		securitySchemes: {
			session: { type: 'apiKey', in: 'cookie', name: 'aarshjul_session' },
			bearer: { type: 'http', scheme: 'bearer', description: 'API-nøgle oprettet af en administrator' }
		},
		schemas: {
			...Object.fromEntries(Object.entries(REQUEST_SCHEMAS).map(([name, schema]) => [name, requestJsonSchema(schema)])),
			Closure: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' }, body: { type: ['string', 'null'] } }, required: ['name', 'from', 'to'] },
			CasePlan: { type: 'object', properties: { stages: { type: 'array', items: { type: 'object' } }, conflicts: { type: 'array', items: ref('Conflict') } } },
			Conflict: {
				type: 'object',
				properties: {
					code: { type: 'string', enum: CONFLICT_CODES },
					stage: { type: 'integer' },
					message: { type: 'string' },
					repairs: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, description: { type: 'string' }, changes: { type: 'array', items: { type: 'object' } } } } }
				}
			},
			Case: {
				type: 'object',
				properties: {
					id: { type: 'string', format: 'uuid' }, caseNumber: { type: ['string', 'null'] }, title: { type: 'string' }, description: { type: 'string' }, unit: { type: 'string' }, responsible: { type: 'string' },
					committee: { type: ['string', 'null'] }, closed: { type: 'boolean' }, keyCase: { type: 'boolean', description: 'Nøglesag: en af årets store sager, vist som bånd på årshjulet' }, template: { type: ['string', 'null'] }, version: { type: 'integer' },
					stages: { type: 'array', items: { type: 'object' } }, conflicts: { type: 'array', items: ref('Conflict') }
				}
			},
			Template: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, description: { type: 'string' }, stages: { type: 'array', items: { type: 'object' } }, version: { type: 'integer' } } },
			FixedItem: { type: 'object', properties: { id: { type: 'integer' }, body: { type: 'string' }, title: { type: 'string' }, rule: { type: 'object' }, closed: { type: 'boolean' }, sortOrder: { type: 'integer' }, version: { type: 'integer' } } },
			ImportResult: {
				type: 'object',
				properties: {
					fileName: { type: 'string' },
					format: { enum: PLAN_FILE_FORMATS },
					sheet: { type: ['string', 'null'] },
					columns: { type: 'array', items: { type: 'string' }, description: 'Filens egne kolonnenavne' },
					mapping: { type: 'object', additionalProperties: { type: ['string', 'null'] }, description: 'Felt → filens kolonnenavn' },
					target: { enum: IMPORT_TARGETS },
					counts: { type: 'object', properties: { new: { type: 'integer' }, unchanged: { type: 'integer' }, change: { type: 'integer' }, refused: { type: 'integer' } } },
					rows: {
						type: 'array',
						items: {
							type: 'object',
							properties: {
								line: { type: 'integer', description: 'Rækkens nummer i filen (kolonnenavnene er række 1)' },
								status: { enum: IMPORT_ROW_STATUSES },
								reason: { type: ['string', 'null'], description: 'Hvorfor rækken er afvist' },
								body: { type: ['string', 'null'] },
								values: { type: ['object', 'null'], description: 'date (ÅÅÅÅ-MM-DD), start, end (TT:MM), place; for begivenheder også title, endDate, description' }
							}
						}
					}
				}
			},
			PlanPreview: { type: 'object', properties: { slots: { type: 'array', items: { type: 'object' } }, skipped: { type: 'array', items: { type: 'object' } }, create: { type: 'array' }, update: { type: 'array' }, keep: { type: 'array' }, remove: { type: 'array' } } },
			Problem: {
				type: 'object',
				properties: {
					type: { type: 'string' },
					title: { type: 'string' },
					status: { type: 'integer' },
					detail: { type: 'string' },
					'invalid-params': { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, reason: { type: 'string' } } } }
				},
				required: ['type', 'title', 'status']
			},
			Body: {
				type: 'object',
				properties: {
					code: { type: 'string', examples: ['KB'] },
					slug: { type: 'string' },
					name: { type: 'string' },
					kind: { type: 'string', enum: BODY_KINDS },
					color: { type: 'string', pattern: '^#[0-9a-f]{6}$' },
					public: { type: 'boolean' }
				},
				required: ['code', 'slug', 'name', 'kind', 'color', 'public']
			},
			Meeting: {
				type: 'object',
				properties: {
					id: { type: 'string', format: 'uuid' },
					body: { type: 'string' },
					bodyName: { type: 'string' },
					start: { type: 'string', format: 'date-time' },
					end: { type: 'string', format: 'date-time' },
					week: { type: 'integer', description: 'ISO-ugenummer' },
					status: { type: 'string', enum: MEETING_STATUSES },
					location: { type: 'string' },
					note: { type: 'string' },
					rul: { oneOf: [{ type: 'null' }, { type: 'object', properties: { key: { type: 'string', format: 'date' }, name: { type: 'string' } } }] }
				},
				required: ['id', 'body', 'start', 'end', 'status', 'rul']
			},
			Event: {
				type: 'object',
				properties: {
					id: { type: 'string', format: 'uuid' },
					title: { type: 'string' },
					description: { type: 'string' },
					category: { type: 'string', enum: EVENT_CATEGORIES },
					allDay: { type: 'boolean' },
					startDate: { type: 'string', format: 'date', description: 'Heldags: første dag' },
					endDate: { type: 'string', format: 'date', description: 'Heldags: sidste dag (inklusive)' },
					start: { type: 'string', format: 'date-time' },
					end: { type: 'string', format: 'date-time' },
					location: { type: 'string' },
					body: { type: ['string', 'null'] },
					public: { type: 'boolean' }
				},
				required: ['id', 'title', 'category', 'allDay']
			},
			DayOff: {
				type: 'object',
				properties: { date: { type: 'string', format: 'date' }, name: { type: 'string' }, kind: { type: 'string', enum: DAY_OFF_KINDS } },
				required: ['date', 'name', 'kind']
			},
			Term: {
				type: 'object',
				properties: {
					startYear: { type: 'integer' },
					endYear: { type: 'integer' },
					start: { type: 'string', format: 'date' },
					end: { type: 'string', format: 'date' },
					electionDay: { type: 'string', format: 'date' },
					constitutiveWindow: { type: 'object', properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } },
					nextElectionDay: { type: 'string', format: 'date' }
				}
			}
		}
	}
} as const;
