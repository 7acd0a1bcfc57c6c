import { z } from '../../schemas/zod.ts';
import { invalidField } from '../editing/conflict.ts';
import { IMPORT_FIELDS, guessMapping, type ColumnMapping } from './columns.ts';
import { readImportFile } from './read.ts';
import { ProblemError } from '../http/problem.ts';
import type { ImportPreview, ImportRequest } from './service.ts';
import { ImportRefused, MAX_IMPORT_ROWS, TOO_LARGE, type SourceTable } from './table.ts';

const tableSchema = z.object({
	format: z.enum(['xlsx', 'csv', 'ics']),
	sheet: z.string().max(100).nullable(),
	headers: z.array(z.string().max(200)).max(100),
	rows: z
		.array(z.object({ line: z.number().int().positive(), cells: z.array(z.string().max(2000)).max(100) }))
		.min(1)
		.max(MAX_IMPORT_ROWS)
});

const CODE = /^[A-ZÆØÅ0-9-]{1,16}$/;

/**
 * An import as the page and the API send it (multipart/form-data): the file, or the table the
 * preview read from it; what to import into; and optionally which column is which
 * (`col.date=1` …; empty = no such column). Without any `col.*` field the columns are
 * recognised by their names.
 */
export async function readImportForm(request: Request): Promise<{ req: ImportRequest; fileName: string }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		// adapter-node's BODY_SIZE_LIMIT ends the upload stream with a 413.
		if ((e as { status?: number }).status === 413 || /size|limit/i.test(String((e as Error).message))) throw new ImportRefused(TOO_LARGE);
		throw invalidField('file', 'Send filen som multipart/form-data i feltet «file»');
	}
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.trim() : '';
	};
	const target = text('target') || 'meetings';
	if (target !== 'meetings' && target !== 'events') throw invalidField('target', 'Vælg møder eller begivenheder');
	const body = text('body');
	if (body && !CODE.test(body)) throw invalidField('body', 'Organkoden er ugyldig');
	const sheet = text('sheet').slice(0, 100) || null;

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

	const explicit = IMPORT_FIELDS.some((f) => form.has(`col.${f}`));
	const mapping: ColumnMapping = explicit ? {} : guessMapping(table.headers);
	if (explicit) {
		for (const field of IMPORT_FIELDS) {
			const v = text(`col.${field}`);
			if (v === '') continue;
			const index = Number(v);
			if (!Number.isInteger(index) || index < 0 || index >= table.headers.length) throw invalidField(`col.${field}`, 'Vælg en af filens kolonner');
			mapping[field] = index;
		}
	}
	return { req: { table, mapping, target, body: body || null }, fileName };
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
