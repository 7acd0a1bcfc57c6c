import type { z } from 'zod';

/** An RFC 9457 problem. `invalid-params` names each bad field or parameter. */
export interface Problem {
	type: string;
	title: string;
	status: number;
	detail?: string;
	'invalid-params'?: { name: string; reason: string }[];
}

export class ProblemError extends Error {
	readonly problem: Problem;
	constructor(problem: Problem) {
		super(problem.detail ?? problem.title);
		this.problem = problem;
	}
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(p), {
		status: p.status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

export function invalidParams(issues: z.core.$ZodIssue[], where: 'query' | 'body'): ProblemError {
	const params = issues.map((i) => ({ name: i.path.join('.') || '(root)', reason: i.message }));
	return new ProblemError({
		type: '/problems/invalid-parameters',
		title: where === 'query' ? 'Ugyldige parametre' : 'Ugyldige data',
		status: 400,
		detail: params.map((p) => `${p.name}: ${p.reason}`).join('; '),
		'invalid-params': params
	});
}

export const notFound = (detail: string) =>
	new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404, detail });
