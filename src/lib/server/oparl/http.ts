import type { RequestEvent } from '@sveltejs/kit';
import { appDb } from '../db/app-db.ts';
import type { Db } from '../db/index.ts';
import { api } from '../http/api.ts';
import { ProblemError } from '../http/problem.ts';
import { parseListQuery, type ListQuery } from './list.ts';
import { oparlUrls, type OparlUrls } from './urls.ts';

export interface OparlContext {
	db: Db;
	urls: OparlUrls;
	params: Record<string, string>;
	list: () => ListQuery;
}

/** Every OParl answer may be read by scripts on any site (OParl 1.1 § 2.6). */
const CORS = { 'access-control-allow-origin': '*' };

/**
 * An OParl GET: always as the public, whoever is signed in (OParl is stateless, § 2.3), JSON
 * with CORS; null is a 404 problem, a bad parameter a 400 problem naming it.
 */
export function oparl(handler: (ctx: OparlContext) => Promise<object | null>) {
	return api(async (event: RequestEvent) => {
		const ctx: OparlContext = { db: appDb(), urls: oparlUrls(event.url.origin), params: event.params as Record<string, string>, list: () => parseListQuery(event.url) };
		try {
			const body = await handler(ctx);
			if (body === null) throw new ProblemError({ type: 'about:blank', title: 'Ikke fundet', status: 404, detail: 'Objektet findes ikke i OParl-grænsefladen.' });
			return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', ...CORS } });
		} catch (e) {
			if (e instanceof ProblemError) {
				return new Response(JSON.stringify(e.problem), { status: e.problem.status, headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...CORS } });
			}
			throw e;
		}
	});
}

/** A numeric path segment, or null (which the route answers with 404). */
export const idParam = (raw: string | undefined): number | null => (raw && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null);
