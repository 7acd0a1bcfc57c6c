import type { SourceTable } from './table.ts';

/** What a column can hold. The preview lets the user say which of the file's own columns is which. */
export const IMPORT_FIELDS = ['body', 'date', 'start', 'end', 'place', 'title', 'endDate', 'description'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → the column's index in the file (absent: the file has no such column). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const FIELD_LABEL: Record<ImportField, string> = {
	body: 'Organ',
	date: 'Dato',
	start: 'Start',
	end: 'Slut',
	place: 'Sted',
	title: 'Titel',
	endDate: 'Slutdato',
	description: 'Beskrivelse'
};

const SYNONYMS: Record<ImportField, string[]> = {
	body: ['organ', 'organkode', 'udvalg', 'forum', 'mødeforum', 'body', 'committee'],
	date: ['dato', 'mødedato', 'dag', 'date', 'startdato'],
	start: ['start', 'starttid', 'starttidspunkt', 'fra', 'kl', 'klokken', 'tidspunkt', 'tid', 'mødetid', 'begynder'],
	end: ['slut', 'sluttid', 'sluttidspunkt', 'til', 'slutter', 'end'],
	place: ['sted', 'mødested', 'lokale', 'placering', 'lokation', 'location', 'adresse'],
	title: ['titel', 'emne', 'overskrift', 'navn', 'title', 'subject', 'summary'],
	endDate: ['slutdato', 'til dato', 'end date'],
	description: ['beskrivelse', 'bemærkning', 'bemærkninger', 'note', 'noter', 'description']
};

const normalise = (s: string) => s.toLowerCase().replace(/[.:*]/g, '').replace(/\s+/g, ' ').trim();

/** Columns recognised by their names (Danish and English), each column used for one field at most. */
export function guessMapping(headers: string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	const used = new Set<number>();
	for (const field of IMPORT_FIELDS) {
		const index = headers.findIndex((h, i) => !used.has(i) && SYNONYMS[field].includes(normalise(h)));
		if (index >= 0) {
			mapping[field] = index;
			used.add(index);
		}
	}
	return mapping;
}

/** One data row by field; a missing column reads as empty. */
export type ImportItem = { line: number } & Record<ImportField, string>;

export function itemsOf(table: SourceTable, mapping: ColumnMapping): ImportItem[] {
	return table.rows.map((r) => {
		const item = { line: r.line } as ImportItem;
		for (const field of IMPORT_FIELDS) {
			const col = mapping[field];
			item[field] = col === undefined ? '' : (r.cells[col] ?? '').trim();
		}
		return item;
	});
}
