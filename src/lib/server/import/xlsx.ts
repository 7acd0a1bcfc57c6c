import ExcelJS from 'exceljs';
import { ImportRefused, tableFrom, type SourceTable } from './table.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as text. Excel keeps dates as day numbers and times as fractions of a day; exceljs
 * hands both over as a Date in UTC (a time alone on Excel's day zero, 30 December 1899).
 */
function cellText(cell: ExcelJS.Cell): string {
	const v = cell.value;
	if (v === null || v === undefined) return '';
	if (v instanceof Date) {
		const time = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
		if (v.getUTCFullYear() < 1900) return time;
		const date = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
		return time === '00:00' ? date : `${date} ${time}`;
	}
	if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
	if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
	if (typeof v === 'object' && 'error' in v) return String(v.error);
	return String(v);
}

/** What an .xlsx may unpack to: far beyond any meeting plan, far below what would strain the server. */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/**
 * The total size of a zip archive's entries as its central directory states them, read before
 * anything is unpacked, so a small file that inflates to gigabytes (a "zip bomb") is refused.
 * Null when the directory cannot be read; Infinity for ZIP64 archives, which no plan needs.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
		const size = view.getUint32(at + 24, true);
		if (size === 0xffffffff) return Infinity;
		total += size;
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}

const hasFormula = (cell: ExcelJS.Cell) => cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value));

/**
 * The sheet asked for (else the first visible one) as rows of text. Merged cells and formulas
 * are refused rather than guessed at: which row does a merged "Kommunalbestyrelsen" belong
 * to, and is a formula's cached result still true?
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string | null): Promise<SourceTable> {
	// An .xlsx file is a zip archive: it starts with the zip signature PK\x03\x04.
	if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
		throw new ImportRefused('Filen er ikke en gyldig Excel-fil (.xlsx). Åbn den i Excel og gem den som «Excel-projektmappe (.xlsx)», eller gem den som CSV.');
	}
	const unpacked = unpackedSize(bytes);
	if (unpacked === null) throw new ImportRefused('Excel-filen kan ikke læses: den er beskadiget eller ikke en .xlsx-fil.');
	if (unpacked > MAX_UNPACKED_BYTES) throw new ImportRefused('Excel-filen fylder for meget, når den pakkes ud (over 20 MB). En mødeplan er langt mindre – er det den rigtige fil?');
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
	} catch {
		throw new ImportRefused('Excel-filen kan ikke læses: den er beskadiget eller ikke en .xlsx-fil.');
	}
	const sheets = workbook.worksheets;
	const names = sheets.map((s) => s.name);
	const wanted = sheetName?.trim();
	const sheet = wanted ? sheets.find((s) => s.name === wanted) : sheets.find((s) => s.state === 'visible');
	if (!sheet) {
		throw new ImportRefused(wanted ? `Arket «${wanted}» findes ikke i filen. Arkene hedder: ${names.join(', ') || 'ingen'}.` : 'Excel-filen har ingen synlige ark.');
	}
	const lines: string[][] = [];
	const problems: string[] = [];
	sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			if (cell.isMerged && problems.length < 5) problems.push(`flettede celler (${cell.master.address})`);
			else if (hasFormula(cell) && problems.length < 5) problems.push(`en formel i ${cell.address}`);
			cells[col - 1] = cellText(cell);
		});
		lines[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
	});
	if (problems.length) {
		const unique = [...new Set(problems)];
		throw new ImportRefused(
			`Arket «${sheet.name}» har ${unique.join(', ')}. Fjern fletninger, og erstat formler med deres værdier (Kopiér → Indsæt speciel → Værdier), og prøv igen.`
		);
	}
	return tableFrom('xlsx', sheet.name, Array.from(lines, (l) => l ?? []));
}
