import { ImportRefused, tableFrom, type SourceTable } from './table.ts';

/**
 * Text as Danish Excel and other tools save it: UTF-8 with or without a byte-order mark, or
 * Windows-1252 ("CSV (semikolonsepareret)"). Bytes that are not valid UTF-8 are read as 1252.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** The separator of the header line: semicolon (Danish Excel), comma or tab, whichever it has most of outside quotes. */
function separatorOf(text: string): string {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const outside = firstLine.replace(/"[^"]*"/g, '');
	const counts = [';', ',', '\t'].map((sep) => [sep, outside.split(sep).length - 1] as const);
	const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
	return best[1] > 0 ? best[0] : ';';
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, line breaks inside quotes. */
export function parseCsvText(text: string): string[][] {
	const sep = separatorOf(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === sep) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (quoted) throw new ImportRefused('CSV-filen har et anførselstegn, der ikke lukkes.');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export function readCsv(bytes: Uint8Array): SourceTable {
	const text = decodeText(bytes);
	if (text.includes('\u0000')) throw new ImportRefused('Filen er ikke en tekstfil (CSV). Gem den som «CSV (semikolonsepareret)» i Excel.');
	return tableFrom('csv', null, parseCsvText(text));
}
