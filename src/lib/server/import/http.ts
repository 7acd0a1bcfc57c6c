import { z } from '../../schemas/zod.ts';
import { invalidField } from '../http/problem.ts';
import { IMPORT_FIELDS, guessMapping, type ColumnMapping } from './columns.ts';
import { readImportFile } from './read.ts';
import { ProblemError } from '../http/problem.ts';
import type { ImportPreview, ImportRequest } from './service.ts';
import { ImportRefused, MAX_IMPORT_ROWS, TOO_LARGE, type SourceTable } from './table.ts';
import { PLAN_FILE_FORMATS } from '../../domain/import.ts';

const tableSchema = z.object({
	format: z.enum(PLAN_FILE_FORMATS),
	sheet: z.string().max(100).nullable(),
	headers: z.array(z.string().max(200)).max(100),
	rows: z
		.array(z.object({ line: z.number().int().positive(), cells: z.array(z.string().max(2000)).max(100) }))
		.min(1)
		.max(MAX_IMPORT_ROWS)
});

const CODE = /^[A-ZÆØÅ0-9-]{1,16}$/;

type Field = (name: string) => string;

function optionsOf(text: Field) {
	const target = text('target') || 'meetings';
	if (target !== 'meetings' && target !== 'events') throw invalidField('target', 'Vælg møder eller begivenheder');
	const body = text('body');
	if (body && !CODE.test(body)) throw invalidField('body', 'Organkoden er ugyldig');
	return { target: target as ImportRequest['target'], body: body || null, sheet: text('sheet').slice(0, 100) || null };
}

/** Which column is which (`col.date=1` …; empty = no such column); without any `col.*` the columns are recognised by name. */
function mappingOf(text: Field, has: (name: string) => boolean, table: SourceTable): ColumnMapping {
	if (!IMPORT_FIELDS.some((f) => has(`col.${f}`))) return guessMapping(table.headers);
	const mapping: ColumnMapping = {};
	for (const field of IMPORT_FIELDS) {
		const v = text(`col.${field}`);
		if (v === '') continue;
		const index = Number(v);
		if (!Number.isInteger(index) || index < 0 || index >= table.headers.length) throw invalidField(`col.${field}`, 'Vælg en af filens kolonner');
		mapping[field] = index;
	}
	return mapping;
}

const tooLarge = (e: unknown) => (e as { status?: number }).status === 413 || /size|limit/i.test(String((e as Error).message));

/**
 * An import as the page sends it (multipart/form-data): the file, or the table the preview
 * read from it; what to import into; the body for rows without one; which column is which.
 */
export async function readImportForm(request: Request): Promise<{ req: ImportRequest; fileName: string }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		// adapter-node's BODY_SIZE_LIMIT ends the upload stream with a 413.
		if (tooLarge(e)) throw new ImportRefused(TOO_LARGE);
		throw invalidField('file', 'Send filen som multipart/form-data i feltet «file»');
	}
	const text: Field = (name) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.trim() : '';
	};
	const { target, body, sheet } = optionsOf(text);
	let table: SourceTable;
	let fileName = text('fileName').slice(0, 200) || 'fil';
	const file = form.get('file');
	if (file instanceof File && (file.size > 0 || file.name)) {
		fileName = file.name.slice(0, 200);
		table = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), sheet);
	} else if (text('table')) {
		let raw: unknown;
		try {
			raw = JSON.parse(text('table'));
		} catch {
			raw = null;
		}
		const parsed = tableSchema.safeParse(raw);
		if (!parsed.success) throw invalidField('file', 'Vælg filen igen');
		table = parsed.data;
	} else {
		throw invalidField('file', 'Vælg en fil: Excel (.xlsx), CSV (.csv) eller kalender (.ics)');
	}
	return { req: { table, mapping: mappingOf(text, (n) => form.has(n), table), target, body }, fileName };
}

const EXTENSION_OF_TYPE: Record<string, string> = {
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'text/csv': 'csv',
	'text/calendar': 'ics'
};

/**
 * An import as the API takes it: the file itself as the request body, its type by
 * Content-Type (or the extension of `name`), the options in the query string. (A form post
 * from another site is what SvelteKit's CSRF check refuses, so scripts send the bytes.)
 */
export async function readImportBody(request: Request, url: URL): Promise<{ req: ImportRequest; fileName: string }> {
	const text: Field = (name) => (url.searchParams.get(name) ?? '').trim();
	const { target, body, sheet } = optionsOf(text);
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	const name = text('name').slice(0, 200);
	const ext = EXTENSION_OF_TYPE[type] ?? /\.([a-z0-9]+)$/i.exec(name)?.[1];
	if (!ext) throw invalidField('file', 'Send filen som forespørgslens indhold med Content-Type text/csv, text/calendar eller application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, eller angiv ?name=fil.xlsx');
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await request.arrayBuffer());
	} catch (e) {
		if (tooLarge(e)) throw new ImportRefused(TOO_LARGE);
		throw e;
	}
	const fileName = name || `fil.${ext}`;
	const table = await readImportFile(`${fileName.replace(/\.[a-z0-9]+$/i, '')}.${ext}`, bytes, sheet);
	return { req: { table, mapping: mappingOf(text, (n) => url.searchParams.has(n), table), target, body }, fileName };
}

/** A refused file as an RFC 9457 problem naming the field `file` (413 for a file too large). */
export function importProblem(e: ImportRefused): ProblemError {
	const status = e.message === TOO_LARGE ? 413 : 400;
	return new ProblemError({ type: '/problems/invalid-parameters', title: 'Filen kan ikke indlæses', status, detail: e.message, 'invalid-params': [{ name: 'file', reason: e.message }] });
}

/** The answer of preview and accept: what was read, how the columns were mapped, and each row's fate. */
export function importJson(req: ImportRequest, fileName: string, preview: ImportPreview) {
	return {
		fileName,
		format: req.table.format,
		sheet: req.table.sheet,
		columns: req.table.headers,
		mapping: Object.fromEntries(Object.entries(req.mapping).map(([field, index]) => [field, req.table.headers[index!] ?? null])),
		target: preview.target,
		counts: preview.counts,
		rows: preview.rows
	};
}

/** The API takes the file as the body, or as a multipart form from the app's own pages. */
export function readImportRequest(request: Request, url: URL) {
	return /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '') ? readImportForm(request) : readImportBody(request, url);
}
