/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
const dateParam = (name: string, description: string) => ({ name, in: 'query', required: true, description, schema: { type: 'string', format: 'date' } });
const yearParam = { name: 'year', in: 'query', required: true, schema: { type: 'integer', minimum: 1900, maximum: 2200 } };
const problem = { description: 'Ugyldige parametre (RFC 9457 problem)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const ok = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });
const list = (ref: string) => ({ type: 'array', items: { $ref: `#/components/schemas/${ref}` } });

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Årshjul API',
		version: '1',
		description: 'Den kommunale styrelseskalender: organer, møder, politiske rul, helligdage, arbejdsdage, begivenheder og valgperioder. Uden login vises kun offentlige organer og åbent indhold.'
	},
	servers: [{ url: '/api/v1' }],
	paths: {
		'/bodies': { get: { summary: 'Organer', responses: { 200: ok(list('Body')) } } },
		'/meetings': {
			get: {
				summary: 'Møder på kalenderdagene from–to (begge inklusive, Europe/Copenhagen)',
				parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag'), { name: 'body', in: 'query', required: false, schema: { type: 'string' }, description: 'Organkode, fx KB' }],
				responses: { 200: ok(list('Meeting')), 400: problem }
			}
		},
		'/events': { get: { summary: 'Begivenheder', parameters: [dateParam('from', 'Første dag'), dateParam('to', 'Sidste dag')], responses: { 200: ok(list('Event')), 400: problem } } },
		'/holidays': { get: { summary: 'Helligdage, lukkedage og halve fridage', parameters: [yearParam], responses: { 200: ok(list('DayOff')), 400: problem } } },
		'/working-days/before': {
			get: {
				summary: 'Datoen N arbejdsdage før en dato',
				parameters: [dateParam('date', 'Fra dato'), { name: 'days', in: 'query', required: true, schema: { type: 'integer', minimum: 0, maximum: 250 } }, { name: 'body', in: 'query', required: false, schema: { type: 'string' } }],
				responses: { 200: ok({ type: 'object', properties: { date: { type: 'string', format: 'date' }, from: { type: 'string', format: 'date' }, days: { type: 'integer' } }, required: ['date', 'from', 'days'] }), 400: problem }
			}
		},
		'/terms': { get: { summary: 'Valgperioden der indeholder året', parameters: [yearParam], responses: { 200: ok({ $ref: '#/components/schemas/Term' }), 400: problem } } }
	},
	components: {
		schemas: {
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
