import { ProblemError } from './problem.ts';

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

export const notFoundProblem = (what: string) => new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404, detail: `${what} findes ikke.` });

/** A wall-clock time in the summer-time gap or the repeated autumn hour. */
export const ambiguousTime = (field: string) =>
	new ProblemError({
		type: '/problems/invalid-parameters',
		title: 'Ugyldige data',
		status: 400,
		detail: `${field}: Tidspunktet findes ikke eller forekommer to gange på grund af skift til eller fra sommertid`,
		'invalid-params': [{ name: field, reason: 'Tidspunktet findes ikke eller forekommer to gange på grund af skift til eller fra sommertid' }]
	});

export const invalidField = (name: string, reason: string) =>
	new ProblemError({ type: '/problems/invalid-parameters', title: 'Ugyldige data', status: 400, detail: `${name}: ${reason}`, 'invalid-params': [{ name, reason }] });
