/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
const dateParam = (name: string, description: string) => ({ name, in: 'query', required: true, description, schema: { type: 'string', format: 'date' } });
const yearParam = { name: 'year', in: 'query', required: true, schema: { type: 'integer', minimum: 1900, maximum: 2200 } };
const problem = { description: 'Ugyldige parametre (RFC 9457 problem)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const ok = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });
const list = (ref: string) => ({ type: 'array', items: { $ref: `#/components/schemas/${ref}` } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });
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
const versionQuery = { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } };
const secretariat = { security: [{ session: [] }, { bearer: [] }], 'x-roles': ['secretariat', 'admin'] };
const admin = { security: [{ session: [] }, { bearer: [] }], 'x-roles': ['admin'] };

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
			post: { ...secretariat, summary: 'Opret et organ', requestBody: jsonBody(ref('BodyInput')), responses: { 201: ok(ref('Body')), ...writeErrors } }
		},
		'/meetings': {
			get: {
				summary: 'Møder på kalenderdagene from–to (begge inklusive, Europe/Copenhagen)',
				parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag'), { name: 'body', in: 'query', required: false, schema: { type: 'string' }, description: 'Organkode, fx KB' }],
				responses: { 200: ok(list('Meeting')), 400: problem }
			},
			post: { ...secretariat, summary: 'Opret et møde', requestBody: jsonBody(ref('MeetingInput')), responses: { 201: ok(ref('Meeting')), ...writeErrors } }
		},
		'/events': {
			get: { summary: 'Begivenheder', parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag')], responses: { 200: ok(list('Event')), 400: problem } },
			post: { ...secretariat, summary: 'Opret en begivenhed', requestBody: jsonBody(ref('EventInput')), responses: { 201: ok(ref('Event')), ...writeErrors } }
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
								kind: { type: 'string', enum: ['public', 'body', 'case', 'personal'] },
								id: { type: 'integer', description: 'Kun personlige abonnementer' },
								createdAt: { type: 'string', format: 'date-time', description: 'Kun personlige abonnementer' }
							},
							required: ['name', 'url', 'kind']
						}
					})
				}
			},
			post: {
				security: [{ session: [] }, { bearer: [] }],
				'x-roles': ['reader', 'editor', 'secretariat', 'admin'],
				summary: 'Opret et personligt abonnement; adressen (med token) er kun i dette svar',
				requestBody: jsonBody({
					type: 'object',
					required: ['name', 'selection'],
					properties: {
						name: { type: 'string', maxLength: 300 },
						selection: {
							type: 'object',
							description: 'Mindst ét organ, én kategori, ownCases eller unitCases',
							properties: {
								bodies: { type: 'array', items: { type: 'string' }, description: 'Organkoder; interne organer for roller der må se dem' },
								categories: { type: 'array', items: { type: 'string', enum: ['seminar', 'reception', 'deadline', 'budget', 'other'] } },
								ownCases: { type: 'boolean', default: false, description: 'Sager hvor brugeren er ansvarlig' },
								unitCases: { type: 'boolean', default: false, description: 'Alle sager fra brugerens enhed (redaktør eller højere)' },
								deadlines: { type: 'boolean', default: true, description: 'Frister for sagsfremstillinger som egne begivenheder' },
								reminders: {
									type: 'object',
									properties: {
										deadlineMinutes: { type: ['integer', 'null'], minimum: 1, maximum: 10080, description: 'Påmindelse (VALARM) før frister, fx 1440' },
										meetingMinutes: { type: ['integer', 'null'], minimum: 1, maximum: 10080, description: 'Påmindelse (VALARM) før møder, fx 60' }
									}
								}
							}
						}
					}
				}),
				responses: {
					201: ok({ type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, kind: { const: 'personal' }, url: { type: 'string', format: 'uri' } }, required: ['id', 'name', 'kind', 'url'] }),
					...writeErrors
				}
			}
		},
		'/feeds/{id}': {
			parameters: [idParam('id')],
			delete: {
				security: [{ session: [] }, { bearer: [] }],
				'x-roles': ['reader', 'editor', 'secretariat', 'admin'],
				summary: 'Tilbagekald et af egne personlige abonnementer; adressen svarer 404 med det samme',
				responses: { 204: { description: 'Tilbagekaldt' }, ...writeErrors }
			}
		},
		'/auth/login': {
			post: {
				summary: 'Log ind (starter en session; samme grænse for forsøg som loginsiden)',
				requestBody: jsonBody({ type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } }, required: ['email', 'password'] }),
				responses: { 200: ok({ type: 'object' }), 400: problem, 401: problemOf('Forkert e-mail eller adgangskode'), 429: problemOf('For mange forsøg') }
			}
		},
		'/auth/logout': { post: { summary: 'Log ud (afslutter sessionen)', responses: { 204: { description: 'Logget ud' } } } },
		'/meetings/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'Et møde', responses: { 200: ok(ref('Meeting')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Flyt, aflys, genoptag eller ret et møde', requestBody: jsonBody(ref('MeetingUpdate')), responses: { 200: ok(ref('Meeting')), ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet et møde (blødt: historikken bevares)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/events/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'En begivenhed', responses: { 200: ok(ref('Event')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Ret en begivenhed', requestBody: jsonBody(ref('EventInput')), responses: { 200: ok(ref('Event')), ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet en begivenhed (blødt)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/bodies/{code}': {
			parameters: [idParam('code')],
			get: { summary: 'Et organ med dets indstillinger', responses: { 200: ok(ref('Body')), 404: problemOf('Ikke fundet') } },
			patch: { ...secretariat, summary: 'Ret et organ', requestBody: jsonBody(ref('BodyInput')), responses: { 200: ok(ref('Body')), ...writeErrors } }
		},
		'/closures': {
			get: { summary: 'Lokale lukkeperioder', responses: { 200: ok({ type: 'array', items: ref('Closure') }) } },
			post: { ...secretariat, summary: 'Opret en lukkeperiode', requestBody: jsonBody(ref('Closure')), responses: { 201: ok(ref('Closure')), ...writeErrors } }
		},
		'/cycles/{council}/briefing': {
			parameters: [idParam('council')],
			put: {
				...secretariat,
				summary: 'Læg Månedsgrebet for rullet, der slutter i dette møde i kommunalbestyrelsen, på et direktionsmøde',
				requestBody: jsonBody({ type: 'object', properties: { meeting: { type: 'string', format: 'uuid' } }, required: ['meeting'] }),
				responses: { 204: { description: 'Gemt' }, ...writeErrors }
			},
			delete: { ...secretariat, summary: 'Lad reglen placere Månedsgrebet for rullet igen', responses: { 204: { description: 'Gemt' }, ...writeErrors } }
		},
		'/closures/{id}': { parameters: [idParam('id')], delete: { ...secretariat, summary: 'Slet en lukkeperiode', responses: { 204: { description: 'Slettet' }, ...writeErrors } } },
		'/plans/preview': { post: { ...secretariat, summary: 'Forslag til et års mødeplan (gemmer intet)', requestBody: jsonBody(ref('PlanInput')), responses: { 200: ok(ref('PlanPreview')), ...writeErrors } } },
		'/plans': { post: { ...secretariat, summary: 'Godkend et års mødeplan', requestBody: jsonBody(ref('PlanInput')), responses: { 201: ok(ref('PlanPreview')), ...writeErrors } } },
		'/tokens': {
			get: { ...admin, summary: 'API-nøgler', responses: { 200: ok({ type: 'array', items: { type: 'object' } }), ...writeErrors } },
			post: { ...admin, summary: 'Opret en API-nøgle (vises kun i dette svar)', requestBody: jsonBody({ type: 'object', properties: { name: { type: 'string' }, role: { enum: ['admin', 'secretariat', 'editor', 'reader'] }, unit: { type: 'string' } }, required: ['name', 'role'] }), responses: { 201: ok({ type: 'object' }), ...writeErrors } }
		},
		'/plan': {
			post: {
				security: [{ session: [] }, { bearer: [] }],
				summary: 'Foreslå en plan for en sagsgang (baglæns fra beslutningen eller fremad fra en start); gemmer intet',
				requestBody: jsonBody(ref('PlanRequest')),
				responses: { 200: ok(ref('CasePlan')), ...writeErrors }
			}
		},
		'/cases': {
			get: {
				summary: 'Sager (offentligheden ser kun åbne sager)',
				parameters: ['body', 'unit', 'status', 'closed', 'q'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
				responses: { 200: ok({ type: 'array', items: ref('Case') }), 400: problem }
			},
			post: { security: [{ session: [] }, { bearer: [] }], 'x-roles': ['editor', 'secretariat', 'admin'], summary: 'Opret en sag (redaktører for egen enhed)', requestBody: jsonBody(ref('CaseInput')), responses: { 201: ok(ref('Case')), ...writeErrors } }
		},
		'/cases/{id}': {
			parameters: [idParam('id')],
			get: { summary: 'En sag med trin, frister og konflikter (lukkede sager findes ikke for offentligheden)', responses: { 200: ok(ref('Case')), 404: problemOf('Ikke fundet') } },
			patch: { security: [{ session: [] }, { bearer: [] }], 'x-roles': ['editor', 'secretariat', 'admin'], summary: 'Ret en sag', requestBody: jsonBody(ref('CaseInput')), responses: { 200: ok(ref('Case')), ...writeErrors } },
			delete: { security: [{ session: [] }, { bearer: [] }], 'x-roles': ['editor', 'secretariat', 'admin'], summary: 'Slet en sag (blødt)', parameters: [versionQuery], responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/cases/{id}/repair': {
			parameters: [idParam('id')],
			post: {
				security: [{ session: [] }, { bearer: [] }],
				'x-roles': ['editor', 'secretariat', 'admin'],
				summary: 'Godkend en foreslået reparation (trin flyttes til de angivne møder)',
				requestBody: jsonBody({ type: 'object', properties: { version: { type: 'integer' }, changes: { type: 'array', items: { type: 'object', properties: { stage: { type: 'integer' }, meeting: { type: ['string', 'null'] } } } } }, required: ['version', 'changes'] }),
				responses: { 200: ok(ref('Case')), ...writeErrors }
			}
		},
		'/templates': {
			get: { summary: 'Sagsgangsskabeloner', responses: { 200: ok({ type: 'array', items: ref('Template') }) } },
			post: { ...secretariat, summary: 'Opret en skabelon', requestBody: jsonBody(ref('Template')), responses: { 201: ok(ref('Template')), ...writeErrors } }
		},
		'/templates/{id}': {
			parameters: [idParam('id')],
			patch: { ...secretariat, summary: 'Ret en skabelon', requestBody: jsonBody(ref('Template')), responses: { 204: { description: 'Rettet' }, ...writeErrors } },
			delete: { ...secretariat, summary: 'Slet en skabelon', responses: { 204: { description: 'Slettet' }, ...writeErrors } }
		},
		'/fixed-items': {
			get: { summary: 'Faste punkter', parameters: [{ name: 'body', in: 'query', required: false, schema: { type: 'string' } }], responses: { 200: ok({ type: 'array', items: ref('FixedItem') }) } },
			post: { ...secretariat, summary: 'Opret et fast punkt', requestBody: jsonBody(ref('FixedItem')), responses: { 201: ok(ref('FixedItem')), ...writeErrors } }
		},
		'/fixed-items/{id}': {
			parameters: [idParam('id')],
			patch: { ...secretariat, summary: 'Ret et fast punkt', requestBody: jsonBody(ref('FixedItem')), responses: { 204: { description: 'Rettet' }, ...writeErrors } },
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
				parameters: ['entity', 'id', 'actor', 'action', 'from', 'to', 'limit', 'offset'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
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
			MeetingInput: {
				type: 'object',
				properties: { body: { type: 'string' }, date: { type: 'string', format: 'date' }, start: { type: 'string', examples: ['17:00'] }, end: { type: 'string' }, location: { type: 'string' }, note: { type: 'string' }, status: { enum: ['planned', 'confirmed', 'cancelled'] } },
				required: ['body', 'date', 'start', 'end']
			},
			MeetingUpdate: {
				type: 'object',
				properties: { version: { type: 'integer' }, date: { type: 'string', format: 'date' }, start: { type: 'string' }, end: { type: 'string' }, location: { type: 'string' }, note: { type: 'string' }, status: { enum: ['planned', 'confirmed', 'cancelled'] } },
				required: ['version']
			},
			EventInput: {
				type: 'object',
				description: 'Heldags: allDay=true med startDate og endDate (inklusive). Med tidspunkt: allDay=false med date, start og end. Ved rettelse også version.',
				properties: {
					title: { type: 'string' }, description: { type: 'string' }, category: { enum: ['seminar', 'reception', 'deadline', 'budget', 'other'] }, location: { type: 'string' }, public: { type: 'boolean' }, body: { type: ['string', 'null'] },
					allDay: { type: 'boolean' }, startDate: { type: 'string', format: 'date' }, endDate: { type: 'string', format: 'date' }, date: { type: 'string', format: 'date' }, start: { type: 'string' }, end: { type: 'string' }, version: { type: 'integer' }
				},
				required: ['title', 'category', 'public', 'allDay']
			},
			BodyInput: {
				type: 'object',
				properties: {
					code: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, color: { type: 'string' }, public: { type: 'boolean' },
					defaultStart: { type: 'string' }, defaultMinutes: { type: 'integer' }, defaultLocation: { type: 'string' }, deadlineDays: { type: 'integer' }, deadlineTime: { type: 'string' }, version: { type: 'integer' }
				},
				required: ['code', 'slug', 'name', 'kind', 'color', 'public', 'defaultStart', 'defaultMinutes', 'defaultLocation', 'deadlineDays', 'deadlineTime']
			},
			Closure: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' }, body: { type: ['string', 'null'] } }, required: ['name', 'from', 'to'] },
			PlanInput: {
				type: 'object',
				properties: {
					body: { type: 'string' }, year: { type: 'integer' }, start: { type: 'string' }, minutes: { type: 'integer' }, excludeMonths: { type: 'array', items: { type: 'integer' } },
					rule: { oneOf: [
						{ type: 'object', properties: { kind: { const: 'weekly' }, weekday: { type: 'integer' }, everyWeeks: { type: 'integer' } } },
						{ type: 'object', properties: { kind: { const: 'monthly' }, weekday: { type: 'integer' }, nth: { type: 'integer' } } },
						{ type: 'object', properties: { kind: { const: 'relative' }, anchorBody: { type: 'string' }, offsetDays: { type: 'integer' } } },
						{ type: 'object', properties: { kind: { const: 'iso-weeks' }, weekday: { type: 'integer' }, weeks: { type: 'array', items: { type: 'integer' } } } }
					] }
				},
				required: ['body', 'year', 'rule', 'start', 'minutes']
			},
			PlanRequest: {
				type: 'object',
				description: 'path (organkoder eller trin) eller template; decide: { meeting } | { by } for baglæns planlægning, eller start for fremad.',
				properties: {
					path: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'object', properties: { body: { type: 'string' }, role: { enum: ['orientering', 'drøftelse', 'indstilling', 'beslutning'] }, minGapDays: { type: 'integer' }, afterPreviousBeforeDeadline: { type: 'boolean' } } }] } },
					template: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
					committee: { type: 'string' },
					decide: { type: 'object', properties: { meeting: { type: 'string', format: 'uuid' }, by: { type: 'string', format: 'date' } } },
					start: { type: 'string', format: 'date' },
					asOf: { type: 'string', format: 'date', description: 'Planlæg som ved starten af denne dag i stedet for nu; frister før den markeres som overskredne (deadlinePassed).' }
				}
			},
			CasePlan: { type: 'object', properties: { stages: { type: 'array', items: { type: 'object' } }, conflicts: { type: 'array', items: ref('Conflict') } } },
			Conflict: {
				type: 'object',
				properties: {
					code: { enum: ['stage-order', 'previous-after-deadline', 'meeting-cancelled', 'meeting-missing', 'meeting-wrong-body', 'deadline-passed', 'no-meeting-in-window', 'start-passed'] },
					stage: { type: 'integer' },
					message: { type: 'string' },
					repairs: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, description: { type: 'string' }, changes: { type: 'array', items: { type: 'object' } } } } }
				}
			},
			Case: {
				type: 'object',
				properties: {
					id: { type: 'string', format: 'uuid' }, caseNumber: { type: ['string', 'null'] }, title: { type: 'string' }, description: { type: 'string' }, unit: { type: 'string' }, responsible: { type: 'string' },
					committee: { type: ['string', 'null'] }, closed: { type: 'boolean' }, template: { type: ['string', 'null'] }, version: { type: 'integer' },
					stages: { type: 'array', items: { type: 'object' } }, conflicts: { type: 'array', items: ref('Conflict') }
				}
			},
			CaseInput: { type: 'object', description: 'title, caseNumber, description, unit, responsible, committee, closed; template eller stages; plan: { decide } | { start }. Ved rettelse: version.' },
			Template: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, description: { type: 'string' }, stages: { type: 'array', items: { type: 'object' } }, version: { type: 'integer' } } },
			FixedItem: { type: 'object', properties: { id: { type: 'integer' }, body: { type: 'string' }, title: { type: 'string' }, rule: { type: 'object' }, closed: { type: 'boolean' }, sortOrder: { type: 'integer' }, version: { type: 'integer' } } },
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
					kind: { enum: ['council', 'finance-committee', 'standing-committee', 'med-committee', 'executive-board', 'other'] },
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
					status: { enum: ['planned', 'confirmed', 'cancelled'] },
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
					category: { enum: ['seminar', 'reception', 'deadline', 'budget', 'other'] },
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
				properties: { date: { type: 'string', format: 'date' }, name: { type: 'string' }, kind: { enum: ['holiday', 'closed', 'half-day'] } },
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
