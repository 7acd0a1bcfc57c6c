import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { invalidParams, problemResponse, ProblemError } from './problem.ts';
import { isUnavailable } from './unavailable.ts';

/**
 * Wraps an API handler: problems thrown inside become RFC 9457 responses, a database
 * that cannot be reached becomes 503, and nothing else leaks a stack trace.
 */
export function api<E extends RequestEvent>(handler: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (e) {
			if (e instanceof ProblemError) return problemResponse(e.problem);
			if (isUnavailable(e)) {
				return problemResponse(
					{ type: 'about:blank', title: 'Tjenesten er midlertidigt utilgængelig', status: 503, detail: 'Databasen svarer ikke. Prøv igen om lidt.' },
					{ 'retry-after': '5' }
				);
			}
			console.error(e);
			return problemResponse({ type: 'about:blank', title: 'Intern fejl', status: 500 });
		}
	};
}

/** Parses the query string with a shared schema; unknown parameters are refused so typos are not silently ignored. */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S, known: readonly string[]): z.output<S> {
	const raw: Record<string, string> = {};
	const unknown: { name: string; reason: string }[] = [];
	for (const [k, v] of url.searchParams) {
		if (!known.includes(k)) unknown.push({ name: k, reason: 'Ukendt parameter' });
		else raw[k] = v;
	}
	if (unknown.length) {
		throw new ProblemError({
			type: '/problems/invalid-parameters',
			title: 'Ugyldige parametre',
			status: 400,
			detail: unknown.map((p) => `${p.name}: ${p.reason}`).join('; '),
			'invalid-params': unknown
		});
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw invalidParams(parsed.error.issues, 'query');
	return parsed.data;
}

const MAX_JSON_BYTES = 256 * 1024;

/** Reads a JSON request body and validates it with a shared schema; problems name the field. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/(.+\+)?json\b/i.test(type)) {
		throw new ProblemError({ type: 'about:blank', title: 'Forkert indholdstype', status: 415, detail: 'Send JSON (Content-Type: application/json).' });
	}
	const tooLarge = () => new ProblemError({ type: 'about:blank', title: 'For stor forespørgsel', status: 413, detail: `Indholdet må højst fylde ${MAX_JSON_BYTES / 1024} KB.` });
	let text: string;
	try {
		text = await request.text();
	} catch (e) {
		// The server's own limit (adapter-node's BODY_SIZE_LIMIT) stops the body half-read.
		if ((e as { status?: unknown } | null)?.status === 413) throw tooLarge();
		throw e;
	}
	if (text.length > MAX_JSON_BYTES) throw tooLarge();
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new ProblemError({ type: 'about:blank', title: 'Ugyldig JSON', status: 400, detail: 'Forespørgslens indhold kunne ikke læses som JSON.' });
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw invalidParams(parsed.error.issues, 'body');
	return parsed.data;
}

export function json(data: unknown, init: { headers?: Record<string, string>; status?: number } = {}): Response {
	return new Response(JSON.stringify(data), {
		status: init.status ?? 200,
		headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers }
	});
}

