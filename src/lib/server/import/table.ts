/**
 * A file as rows of text cells, whatever it came as: an Excel sheet, a CSV file, or the events
 * of a calendar file laid out in columns. Line numbers are the file's own (the header is line 1).
 */
export interface SourceTable {
	format: 'xlsx' | 'csv' | 'ics';
	sheet: string | null;
	headers: string[];
	rows: { line: number; cells: string[] }[];
}

/** A whole file refused, with the Danish reason shown to the user. */
export class ImportRefused extends Error {
	/** the file as read, when only the choice of columns is wrong: the page can offer to map them */
	readonly table: SourceTable | null;
	constructor(message: string, table: SourceTable | null = null) {
		super(message);
		this.name = 'ImportRefused';
		this.table = table;
	}
}

/** Meeting plans are small; this also bounds what an upload can make the server parse. */
export const MAX_IMPORT_BYTES = 500 * 1024;
export const MAX_IMPORT_ROWS = 2000;
export const TOO_LARGE = `Filen er for stor: højst ${MAX_IMPORT_BYTES / 1024} KB. En mødeplan fylder normalt under 50 KB – er det den rigtige fil?`;

/** Drops rows with no text at all, and checks the row limit. */
export function tableFrom(format: SourceTable['format'], sheet: string | null, lines: string[][]): SourceTable {
	const numbered = lines.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
	const [header, ...rows] = numbered;
	if (!header) throw new ImportRefused(sheet ? `Arket «${sheet}» er tomt.` : 'Filen indeholder ingen rækker.');
	if (rows.length === 0) throw new ImportRefused('Filen har kolonnenavne, men ingen rækker med møder.');
	if (rows.length > MAX_IMPORT_ROWS) throw new ImportRefused(`Filen har ${rows.length} rækker; højst ${MAX_IMPORT_ROWS} kan indlæses ad gangen.`);
	return { format, sheet, headers: header.cells, rows };
}
