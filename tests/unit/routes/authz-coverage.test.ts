import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/lib/server/http/openapi.ts';
import { MATRIX } from '../../authz/matrix.ts';
import { routeEndpoints } from '../../authz/routes.ts';

describe('the route tree is fully covered', () => {
	const endpoints = routeEndpoints();

	it('every endpoint has a row in the authorisation matrix', () => {
		const covered = new Set(MATRIX.map((r) => r.endpoint));
		expect(endpoints.filter((e) => !covered.has(e))).toEqual([]);
	});

	it('every matrix row names an endpoint that exists', () => {
		const existing = new Set(endpoints);
		expect(MATRIX.map((r) => r.endpoint).filter((e) => !existing.has(e))).toEqual([]);
	});

	it('the OpenAPI document describes every API endpoint, and nothing else', () => {
		const fromTree = endpoints
			.filter((e) => e.includes(' /api/v1/') && !e.endsWith('/openapi.json'))
			.map((e) => {
				const [method, path] = e.split(' ') as [string, string];
				return `${method} ${path.replace('/api/v1', '').replace(/\[(\w+)\]/g, '{$1}')}`;
			})
			.sort();
		const documented = Object.entries(openApiDocument.paths)
			.flatMap(([path, ops]) => Object.keys(ops).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`))
			.sort();
		expect(documented).toEqual(fromTree);
	});
});
