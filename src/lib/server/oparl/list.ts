import { Temporal } from 'temporal-polyfill';
import { ProblemError } from '../http/problem.ts';
import type { ListWindow } from './repository.ts';

/** Filters of OParl 1.1 § 2.5, in the order the canonical list URLs write them. */
const FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
const KNOWN = [...FILTERS, 'omit_internal', 'limit', 'page'] as const;
export const PAGE_SIZE = 100;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export interface ListQuery {
	window: ListWindow;
	page: number;
	omitInternal: boolean;
	/** the parameters to carry into every link of the list, in canonical order */
	keep: [string, string][];
}

function refuse(params: { name: string; reason: string }[]): never {
	throw new ProblemError({
		type: '/problems/invalid-parameters',
		title: 'Ugyldige parametre',
		status: 400,
		detail: params.map((p) => `${p.name}: ${p.reason}`).join('; '),
		'invalid-params': params
	});
}

/** Reads a list's query string; a bad value is a 400 problem naming the parameter. */
export function parseListQuery(url: URL): ListQuery {
	const bad: { name: string; reason: string }[] = [];
	for (const name of url.searchParams.keys()) {
		if (!(KNOWN as readonly string[]).includes(name)) bad.push({ name, reason: 'Ukendt parameter' });
	}
	const dates: Partial<Record<(typeof FILTERS)[number], Date>> = {};
	for (const name of FILTERS) {
		const raw = url.searchParams.get(name);
		if (raw === null) continue;
		try {
			if (!DATE_TIME.test(raw)) throw new RangeError(raw);
			dates[name] = new Date(Temporal.Instant.from(raw).epochMilliseconds);
		} catch {
			bad.push({ name, reason: 'Skal være et tidspunkt med tidszone, fx 2026-01-01T00:00:00+01:00' });
		}
	}
	const count = (name: string, max: number, fallback: number) => {
		const raw = url.searchParams.get(name);
		if (raw === null) return fallback;
		const n = Number(raw);
		if (!/^[1-9]\d{0,6}$/.test(raw) || n > max) {
			bad.push({ name, reason: `Skal være et helt tal fra 1 til ${max}` });
			return fallback;
		}
		return n;
	};
	const limit = count('limit', PAGE_SIZE, PAGE_SIZE);
	const page = count('page', 1_000_000, 1);
	const omit = url.searchParams.get('omit_internal');
	if (omit !== null && omit !== 'true' && omit !== 'false') bad.push({ name: 'omit_internal', reason: 'Skal være true eller false' });
	if (bad.length) refuse(bad);

	const keep: [string, string][] = [];
	for (const name of [...FILTERS, 'omit_internal', 'limit'] as const) {
		const raw = url.searchParams.get(name);
		if (raw !== null) keep.push([name, raw]);
	}
	return {
		window: {
			createdSince: dates.created_since,
			createdUntil: dates.created_until,
			modifiedSince: dates.modified_since,
			modifiedUntil: dates.modified_until,
			offset: (page - 1) * limit,
			limit
		},
		page,
		omitInternal: omit === 'true',
		keep
	};
}

/** An OParl list page (§ 2.5): the objects, where this page lies, and the links to the others. */
export function listPage<T extends object>(listUrl: string, q: ListQuery, data: T[], total: number) {
	const perPage = q.window.limit;
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	const at = (page: number) => {
		const params = new URLSearchParams(q.keep);
		if (page > 1) params.set('page', String(page));
		const query = params.toString();
		return query ? `${listUrl}?${query}` : listUrl;
	};
	return {
		data,
		pagination: { totalElements: total, elementsPerPage: perPage, currentPage: q.page, totalPages },
		links: {
			first: at(1),
			...(q.page > 1 ? { prev: at(Math.min(q.page - 1, totalPages)) } : {}),
			self: at(q.page),
			...(q.page < totalPages ? { next: at(q.page + 1) } : {}),
			last: at(totalPages)
		}
	};
}

/** The window applied to a short list held in memory (bodies, terms). */
export function inWindow(w: ListWindow, o: { created: Date; modified: Date }): boolean {
	return (
		(!w.createdSince || o.created >= w.createdSince) &&
		(!w.createdUntil || o.created <= w.createdUntil) &&
		(!w.modifiedSince || o.modified >= w.modifiedSince) &&
		(!w.modifiedUntil || o.modified <= w.modifiedUntil)
	);
}
