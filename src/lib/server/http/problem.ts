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

/**
 * Optimistic concurrency: every editable row carries a version; a save naming an older
 * version is refused with the row as it is now, so nothing is silently overwritten.
 */
export class ConflictError extends ProblemError {
	readonly current: unknown;
	constructor(current: unknown) {
		super({
			type: '/problems/edit-conflict',
			title: 'Ændret af en anden',
			status: 409,
			detail: 'Posten er ændret, siden du åbnede den. Se den nye udgave og gem igen.'
		});
		this.current = current;
		(this.problem as unknown as Record<string, unknown>).current = current;
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

/** One bad field or parameter, with its Danish reason. */
export const invalidField = (name: string, reason: string, title = 'Ugyldige data') =>
	new ProblemError({ type: '/problems/invalid-parameters', title, status: 400, detail: `${name}: ${reason}`, 'invalid-params': [{ name, reason }] });

/** A wall-clock time in the summer-time gap or the repeated autumn hour. */
export const ambiguousTime = (field: string) => invalidField(field, 'Tidspunktet findes ikke eller forekommer to gange på grund af skift til eller fra sommertid');

/** "Mødet" → 404 "Mødet findes ikke." */
export const notFound = (what: string, detail = `${what} findes ikke.`) => new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404, detail });

/** 403 for a write the viewer's role or unit does not allow. */
export const forbidden = (detail: string) => new ProblemError({ type: 'about:blank', title: 'Ingen adgang', status: 403, detail });
