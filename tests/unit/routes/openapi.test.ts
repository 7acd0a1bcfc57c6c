import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../src/lib/domain/audit.ts';
import { BODY_KINDS } from '../../../src/lib/domain/bodies.ts';
import { STAGE_ROLES, STAGE_STATUSES } from '../../../src/lib/domain/case-path.ts';
import { CONFLICT_CODES } from '../../../src/lib/domain/conflict-types.ts';
import { EVENT_CATEGORIES } from '../../../src/lib/domain/events.ts';
import { FEED_KINDS } from '../../../src/lib/domain/feeds.ts';
import { DAY_OFF_KINDS } from '../../../src/lib/domain/holidays.ts';
import { IMPORT_ROW_STATUSES, IMPORT_TARGETS, PLAN_FILE_FORMATS } from '../../../src/lib/domain/import.ts';
import { LEGAL_KINDS } from '../../../src/lib/domain/legal-checks.ts';
import { DAY_OFF_POLICIES } from '../../../src/lib/domain/meeting-plan.ts';
import { MEETING_STATUSES } from '../../../src/lib/domain/meetings.ts';
import { ROLES } from '../../../src/lib/domain/roles.ts';
import { openApiDocument } from '../../../src/lib/server/http/openapi.ts';

/** The document as clients get it: JSON. */
const doc = JSON.parse(JSON.stringify(openApiDocument));

const LISTS: Record<string, readonly string[]> = {
	AUDIT_ACTIONS,
	AUDIT_ENTITIES,
	BODY_KINDS,
	CONFLICT_CODES,
	DAY_OFF_KINDS,
	DAY_OFF_POLICIES,
	EVENT_CATEGORIES,
	FEED_KINDS,
	IMPORT_ROW_STATUSES,
	IMPORT_TARGETS,
	LEGAL_KINDS,
	PLAN_FILE_FORMATS,
	MEETING_STATUSES,
	ROLES,
	STAGE_ROLES,
	STAGE_STATUSES
};

/** Enums that are no domain list: none. */
const NOT_A_LIST = new Set<string>();

function enumsIn(node: unknown, path: string[] = [], out: { at: string; values: unknown[] }[] = []) {
	if (Array.isArray(node)) node.forEach((child, i) => enumsIn(child, [...path, String(i)], out));
	else if (node && typeof node === 'object') {
		for (const [key, child] of Object.entries(node)) {
			if (key === 'enum') out.push({ at: path.join('.'), values: child as unknown[] });
			else enumsIn(child, [...path, key], out);
		}
	}
	return out;
}

describe('the OpenAPI document speaks the domain lists', () => {
	const enums = enumsIn(doc);

	it('every enum is one of the domain lists, whole and in order', () => {
		const strays = enums
			.filter((e) => !NOT_A_LIST.has(e.at))
			.filter((e) => !Object.values(LISTS).some((list) => JSON.stringify(list) === JSON.stringify(e.values)))
			.map((e) => `${e.at}: ${JSON.stringify(e.values)}`);
		expect(strays).toEqual([]);
	});

	it('every list the API speaks appears in it', () => {
		const present = Object.entries(LISTS)
			.filter(([, list]) => enums.some((e) => JSON.stringify(e.values) === JSON.stringify(list)))
			.map(([name]) => name);
		expect(present).toEqual(Object.keys(LISTS));
	});

	it('the response schemas written by hand use the right list', () => {
		const s = doc.components.schemas;
		expect(s.Body.properties.kind.enum).toEqual([...BODY_KINDS]);
		expect(s.Meeting.properties.status.enum).toEqual([...MEETING_STATUSES]);
		expect(s.Event.properties.category.enum).toEqual([...EVENT_CATEGORIES]);
		expect(s.DayOff.properties.kind.enum).toEqual([...DAY_OFF_KINDS]);
		expect(doc.paths['/feeds'].get.responses[200].content['application/json'].schema.items.properties.kind.enum).toEqual([...FEED_KINDS]);
		expect(doc.paths['/audit'].get.parameters.find((p: { name: string }) => p.name === 'action').schema.enum).toEqual([...AUDIT_ACTIONS]);
		expect(doc.paths['/audit'].get.parameters.find((p: { name: string }) => p.name === 'entity').schema.enum).toEqual([...AUDIT_ENTITIES]);
		expect(doc.paths['/cases'].get.parameters.find((p: { name: string }) => p.name === 'status').schema.enum).toEqual([...STAGE_STATUSES]);
	});
});

const API_ROOT = 'src/routes/api/v1';

function serverFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return serverFiles(full);
		return name === '+server.ts' ? [full] : [];
	});
}

/** `import { a, b as c } from 'm'` → c → { module: m, name: b } */
function importsOf(source: string): Map<string, { module: string; name: string }> {
	const out = new Map<string, { module: string; name: string }>();
	for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
		for (const part of m[1]!.split(',').map((p) => p.trim()).filter((p) => p && !p.startsWith('type '))) {
			const [name, local] = part.split(/\s+as\s+/) as [string, string | undefined];
			out.set(local ?? name, { module: m[2]!, name });
		}
	}
	return out;
}

function modulePath(specifier: string): string {
	if (!specifier.startsWith('$lib/')) throw new Error(`a request schema must come from $lib, not ${specifier}`);
	const base = resolve('src/lib', specifier.slice('$lib/'.length));
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// try the next form
		}
	}
	throw new Error(`no module for ${specifier}`);
}

/** `POST /bodies` → the zod schema the handler hands to parseJsonBody, found by reading the route. */
async function routeRequestSchemas(): Promise<Map<string, z.ZodType>> {
	const out = new Map<string, z.ZodType>();
	for (const file of serverFiles(API_ROOT)) {
		const source = readFileSync(file, 'utf8');
		const route = '/' + relative(API_ROOT, file).split(sep).slice(0, -1).join('/');
		const path = route.replace(/\[(\w+)(?:=\w+)?\]/g, '{$1}');
		const imports = importsOf(source);
		const handlers = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
		for (const [i, h] of handlers.entries()) {
			const body = source.slice(h.index, handlers[i + 1]?.index ?? source.length);
			const parsed = body.match(/parseJsonBody\(\s*request\s*,\s*(\w+)\s*\)/);
			if (!parsed) continue;
			const from = imports.get(parsed[1]!);
			if (!from) throw new Error(`${h[1]} ${path} parses with ${parsed[1]}, which is not imported from src/lib (the document cannot use it)`);
			const module = await import(pathToFileURL(modulePath(from.module)).href);
			const schema = module[from.name];
			if (!(schema instanceof z.ZodType)) throw new Error(`${from.module} exports no zod schema ${from.name}`);
			out.set(`${h[1]} ${path}`, schema);
		}
	}
	return out;
}

const resolveRef = (schema: { $ref?: string }) =>
	schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;

describe('the OpenAPI request bodies are the validation', () => {
	it('every request body is the JSON Schema of the zod schema its route parses with, and only those routes document one', async () => {
		const fromRoutes = await routeRequestSchemas();
		const documented = new Map<string, unknown>();
		for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> } }>>)) {
			for (const [method, op] of Object.entries(ops)) {
				// A file upload (import) is no JSON body; the JSON ones are the validation.
				if (method === 'parameters' || !op.requestBody?.content['application/json']) continue;
				documented.set(`${method.toUpperCase()} ${path}`, resolveRef(op.requestBody.content['application/json']!.schema));
			}
		}
		expect([...documented.keys()].sort()).toEqual([...fromRoutes.keys()].sort());
		expect([...fromRoutes.keys()].sort()).toEqual([
			'PATCH /bodies/{code}', 'PATCH /cases/{id}', 'PATCH /events/{id}', 'PATCH /fixed-items/{id}', 'PATCH /meetings/{id}', 'PATCH /templates/{id}',
			'POST /auth/login', 'POST /bodies', 'POST /cases', 'POST /cases/{id}/repair', 'POST /closures', 'POST /events', 'POST /feeds',
			'POST /fixed-items', 'POST /meetings', 'POST /plan', 'POST /plans', 'POST /plans/preview', 'POST /rollover', 'POST /rollover/preview', 'POST /templates', 'POST /tokens', 'PUT /cycles/{council}/briefing'
		]);
		for (const [endpoint, schema] of fromRoutes) {
			const { $schema: _, ...expected } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
			expect(documented.get(endpoint), endpoint).toEqual(expected);
		}
	});
});
