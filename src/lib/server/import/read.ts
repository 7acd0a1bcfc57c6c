import { readCsv } from './csv.ts';
import { readIcs } from './ics.ts';
import { ImportRefused, MAX_IMPORT_BYTES, TOO_LARGE, type SourceTable } from './table.ts';
import { readXlsx } from './xlsx.ts';

/** Any accepted file as a table, by its name's extension; every refusal is a Danish ImportRefused. */
export async function readImportFile(name: string, bytes: Uint8Array, sheet?: string | null): Promise<SourceTable> {
	if (bytes.byteLength === 0) throw new ImportRefused('Filen er tom.');
	if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportRefused(TOO_LARGE);
	const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
	switch (ext) {
		case 'xlsx':
			return readXlsx(bytes, sheet);
		case 'csv':
		case 'txt':
			return readCsv(bytes);
		case 'ics':
		case 'ical':
			return readIcs(bytes);
		case 'xls':
			throw new ImportRefused('Det gamle Excel-format (.xls) kan ikke læses. Gem filen som «Excel-projektmappe (.xlsx)» eller som CSV.');
		default:
			throw new ImportRefused('Filtypen kendes ikke. Brug en Excel-fil (.xlsx), en CSV-fil (.csv) eller en kalenderfil (.ics).');
	}
}
