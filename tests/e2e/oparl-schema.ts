/**
 * The OParl 1.1 object kinds as the specification defines them (schema/*.json and chapter 3 of
 * https://github.com/OParl/spec, written out here by hand): each property's type, the required
 * ones, and the `type` URI. `check` returns every way an object breaks them, so a test can
 * show all of them at once.
 */
type Kind = 'System' | 'Body' | 'Organization' | 'Person' | 'Meeting' | 'AgendaItem' | 'Paper' | 'Consultation' | 'LegislativeTerm' | 'Location' | 'File' | 'Membership';
type PropType = 'string' | 'url' | 'date' | 'date-time' | 'boolean' | 'integer' | 'object' | 'string[]' | 'url[]' | 'object[]' | `object:${Kind}` | `object[]:${Kind}`;

/** Every object kind has these (§ 3.1: `created` and `modified` are required in all kinds, embedded ones too). */
const COMMON: Record<string, PropType> = {
	id: 'url',
	type: 'url',
	license: 'string',
	keyword: 'string[]',
	created: 'date-time',
	modified: 'date-time',
	web: 'url',
	deleted: 'boolean'
};
const COMMON_REQUIRED = ['id', 'type', 'created', 'modified'];

export const KINDS: Record<Kind, { required: string[]; props: Record<string, PropType> }> = {
	System: {
		required: ['oparlVersion', 'body'],
		props: { oparlVersion: 'string', otherOparlVersions: 'url[]', body: 'url', name: 'string', contactEmail: 'string', contactName: 'string', website: 'url', vendor: 'url', product: 'url' }
	},
	Body: {
		required: ['name', 'organization', 'person', 'meeting', 'paper', 'legislativeTerm'],
		props: {
			system: 'url', shortName: 'string', name: 'string', website: 'url', licenseValidSince: 'date-time', oparlSince: 'date-time', ags: 'string', rgs: 'string',
			equivalent: 'url[]', contactEmail: 'string', contactName: 'string', organization: 'url', person: 'url', meeting: 'url', paper: 'url',
			legislativeTerm: 'object[]:LegislativeTerm', agendaItem: 'url', consultation: 'url', file: 'url', locationList: 'url', legislativeTermList: 'url',
			membership: 'url', classification: 'string', location: 'object:Location', mainOrganization: 'url'
		}
	},
	Organization: {
		required: [],
		props: {
			body: 'url', name: 'string', membership: 'url[]', meeting: 'url', consultation: 'url', shortName: 'string', post: 'string[]', subOrganizationOf: 'url',
			organizationType: 'string', classification: 'string', startDate: 'date', endDate: 'date', website: 'url', location: 'object:Location', externalBody: 'url',
			memberCount: 'integer', votingMemberCount: 'integer'
		}
	},
	Person: { required: [], props: { body: 'url', name: 'string', familyName: 'string', givenName: 'string', formOfAddress: 'string', title: 'string[]', gender: 'string', phone: 'string[]', email: 'string[]', location: 'url', locationObject: 'object:Location', status: 'string[]', membership: 'object[]:Membership', life: 'string', lifeSource: 'string', affix: 'string' } },
	Membership: { required: [], props: { person: 'url', organization: 'url', role: 'string', votingRight: 'boolean', startDate: 'date', endDate: 'date', onBehalfOf: 'url' } },
	Meeting: {
		required: [],
		props: {
			name: 'string', meetingState: 'string', cancelled: 'boolean', start: 'date-time', end: 'date-time', location: 'object:Location', organization: 'url[]',
			participant: 'url[]', invitation: 'object:File', resultsProtocol: 'object:File', verbatimProtocol: 'object:File', auxiliaryFile: 'object[]:File', agendaItem: 'object[]:AgendaItem'
		}
	},
	AgendaItem: {
		required: ['order'],
		props: {
			meeting: 'url', number: 'string', order: 'integer', name: 'string', public: 'boolean', consultation: 'url', result: 'string', resolutionText: 'string',
			resolutionFile: 'object:File', auxiliaryFile: 'object[]:File', start: 'date-time', end: 'date-time'
		}
	},
	Paper: {
		required: [],
		props: {
			body: 'url', name: 'string', reference: 'string', date: 'date', paperType: 'string', relatedPaper: 'url[]', superordinatedPaper: 'url[]', subordinatedPaper: 'url[]',
			mainFile: 'object:File', auxiliaryFile: 'object[]:File', location: 'object[]:Location', originatorPerson: 'url[]', underDirectionOf: 'url[]',
			originatorOrganization: 'url[]', consultation: 'object[]:Consultation'
		}
	},
	Consultation: { required: [], props: { paper: 'url', agendaItem: 'url', meeting: 'url', organization: 'url[]', authoritative: 'boolean', role: 'string' } },
	LegislativeTerm: { required: [], props: { body: 'url', name: 'string', startDate: 'date', endDate: 'date' } },
	Location: {
		required: [],
		props: {
			description: 'string', geojson: 'object', streetAddress: 'string', room: 'string', postalCode: 'string', subLocality: 'string', locality: 'string',
			bodies: 'url[]', organizations: 'url[]', persons: 'url[]', meetings: 'url[]', papers: 'url[]'
		}
	},
	File: { required: ['accessUrl'], props: { name: 'string', fileName: 'string', mimeType: 'string', date: 'date', size: 'integer', sha1Checksum: 'string', sha512Checksum: 'string', text: 'string', accessUrl: 'url', downloadUrl: 'url', externalServiceUrl: 'url', masterFile: 'url', derivativeFile: 'url[]', fileLicense: 'url', meeting: 'url[]', agendaItem: 'url[]', paper: 'url[]' } }
};

export const typeUri = (kind: string) => `https://schema.oparl.org/1.1/${kind}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** § 2.4: yyyy-mm-ddThh:mm:ss±hh:mm */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v);

/** Which kind an object claims to be, by its `type` URI; null if none of OParl 1.1's. */
export function kindOf(o: { type?: unknown }): Kind | null {
	const m = /^https:\/\/schema\.oparl\.org\/1\.1\/(\w+)$/.exec(String(o.type));
	return m && m[1]! in KINDS ? (m[1] as Kind) : null;
}

/** Every breach of the spec in `o` (and the objects embedded in it), as `path: what`. */
export function check(o: unknown, expected?: Kind, path = '$'): string[] {
	if (typeof o !== 'object' || o === null || Array.isArray(o)) return [`${path}: not an object`];
	const obj = o as Record<string, unknown>;
	const kind = kindOf(obj);
	if (!kind) return [`${path}: unknown type ${String(obj.type)}`];
	if (expected && kind !== expected) return [`${path}: type ${kind}, expected ${expected}`];
	const errors: string[] = [];
	const props: Record<string, PropType> = { ...COMMON, ...KINDS[kind].props };
	// § 2.8: a deleted object keeps id, type, created and modified, and says deleted: true.
	const required = obj.deleted === true ? COMMON_REQUIRED : [...COMMON_REQUIRED, ...KINDS[kind].required];
	for (const name of required) if (!(name in obj)) errors.push(`${path}.${name}: required, missing`);
	if ('deleted' in obj && obj.deleted !== true) errors.push(`${path}.deleted: only ever true`);
	for (const [name, value] of Object.entries(obj)) {
		const type = props[name];
		const at = `${path}.${name}`;
		if (!type) {
			errors.push(`${at}: not a property of ${kind}`);
			continue;
		}
		// § 2.4: no nulls, no empty strings, and empty lists only for required properties.
		if (value === null) errors.push(`${at}: null`);
		else if (value === '') errors.push(`${at}: empty string`);
		else if (Array.isArray(value) && value.length === 0 && !required.includes(name)) errors.push(`${at}: empty list of an optional property`);
		else errors.push(...checkValue(value, type, at));
	}
	if (obj.type !== typeUri(kind)) errors.push(`${path}.type: ${String(obj.type)}`);
	return errors;
}

function checkValue(value: unknown, type: PropType, at: string): string[] {
	if (type.startsWith('object[]:')) {
		if (!Array.isArray(value)) return [`${at}: not a list`];
		return value.flatMap((v, i) => check(v, type.slice(9) as Kind, `${at}[${i}]`));
	}
	if (type.startsWith('object:')) return check(value, type.slice(7) as Kind, at);
	if (type.endsWith('[]')) {
		if (!Array.isArray(value)) return [`${at}: not a list`];
		return value.flatMap((v, i) => checkValue(v, type.slice(0, -2) as PropType, `${at}[${i}]`));
	}
	const ok =
		type === 'string' ? typeof value === 'string'
		: type === 'url' ? isUrl(value)
		: type === 'date' ? typeof value === 'string' && DATE.test(value)
		: type === 'date-time' ? typeof value === 'string' && DATE_TIME.test(value)
		: type === 'boolean' ? typeof value === 'boolean'
		: type === 'integer' ? Number.isInteger(value)
		: typeof value === 'object' && value !== null && !Array.isArray(value);
	return ok ? [] : [`${at}: ${JSON.stringify(value)} is not ${type}`];
}

/** § 2.5: a list page has data, pagination and links; every page but the last names the next. */
export function checkList(list: unknown, url: string): string[] {
	if (typeof list !== 'object' || list === null) return [`${url}: not an object`];
	const l = list as { data?: unknown; pagination?: Record<string, unknown>; links?: Record<string, unknown> };
	const errors: string[] = [];
	if (!Array.isArray(l.data)) errors.push(`${url}: data is not a list`);
	if (typeof l.pagination !== 'object' || l.pagination === null) errors.push(`${url}: pagination missing`);
	if (typeof l.links !== 'object' || l.links === null) return [...errors, `${url}: links missing`];
	for (const key of Object.keys(l.pagination ?? {})) {
		if (!['totalElements', 'elementsPerPage', 'currentPage', 'totalPages'].includes(key)) errors.push(`${url}: pagination.${key} unknown`);
		else if (!Number.isInteger(l.pagination![key])) errors.push(`${url}: pagination.${key} not an integer`);
	}
	for (const [key, value] of Object.entries(l.links)) {
		if (!['first', 'prev', 'self', 'next', 'last', 'web'].includes(key)) errors.push(`${url}: links.${key} unknown`);
		else if (!isUrl(value)) errors.push(`${url}: links.${key} not a URL`);
	}
	const p = l.pagination as { currentPage?: number; totalPages?: number } | undefined;
	if (p?.currentPage !== undefined && p.totalPages !== undefined && p.currentPage < p.totalPages && !l.links.next) errors.push(`${url}: no links.next before the last page`);
	if (Array.isArray(l.data)) l.data.forEach((o, i) => errors.push(...check(o, undefined, `${url} data[${i}]`)));
	return errors;
}
