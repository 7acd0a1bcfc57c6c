import { describe, expect, it } from 'vitest';
import { parseDanishDate, parseDanishTime, splitTimeRange } from '../../../src/lib/domain/danish-formats.ts';
import { readCsv } from '../../../src/lib/server/import/csv.ts';
import { guessMapping } from '../../../src/lib/server/import/columns.ts';
import { readIcs } from '../../../src/lib/server/import/ics.ts';
import { readImportFile } from '../../../src/lib/server/import/read.ts';
import { unpackedSize } from '../../../src/lib/server/import/xlsx.ts';
import { csvFile, excelDate, excelTime, OUTLOOK_ICS, xlsxFile, zipBomb } from '../../fixtures/import-files.ts';

const date = (s: string) => {
	const p = parseDanishDate(s);
	return p.ok ? p.value.toString() : p.reason;
};
const time = (s: string) => {
	const p = parseDanishTime(s);
	return p.ok ? p.value.toString({ smallestUnit: 'minute' }) : p.reason;
};

describe('Danish dates and times', () => {
	it('reads the ways a meeting plan writes a date', () => {
		expect(['23-05-2023', '23.05.2023', '23/5 2023', '2023-05-23', 'tirsdag den 23.05.2023', 'tir. 23-5-2023'].map(date)).toEqual(Array(6).fill('2023-05-23'));
	});
	it('refuses a date that does not exist, and one it cannot read, saying so in Danish', () => {
		expect(date('31-02-2024')).toBe('Datoen 31-02-2024 findes ikke');
		expect(date('29.02.2023')).toBe('Datoen 29.02.2023 findes ikke');
		expect(date('23. maj')).toBe('«23. maj» er ikke en dato (skriv fx 23-05-2023 eller 23.05.2023)');
	});
	it('reads kl. 9.00, 09:00, 9 and 17.30; refuses 24:00 and 9.75', () => {
		expect(['kl. 9.00', '09:00', '9', 'kl 17.30', 'Kl. 17:30'].map(time)).toEqual(['09:00', '09:00', '09:00', '17:30', '17:30']);
		expect(time('24:00')).toBe('Klokkeslættet 24:00 findes ikke');
		expect(time('9.75')).toBe('Klokkeslættet 9.75 findes ikke');
	});
	it('splits a start and end written in one cell', () => {
		expect(splitTimeRange('kl. 9.00–12.00')).toEqual(['kl. 9.00', '12.00']);
		expect(splitTimeRange('17-21')).toEqual(['17', '21']);
		expect(splitTimeRange('kl. 9.00')).toBeNull();
	});
});

const PLAN = [
	['Organ', 'Dato', 'Start', 'Slut', 'Sted'],
	['ØK', '16-05-2023', 'kl. 15.00', '17.00', 'Mødelokale 1, Rådhuset'],
	['Kommunalbestyrelsen', '23.05.2023', '17:00', '21:00', 'Byrådssalen'],
	['Miljø- og Teknikudvalget', '24-04-2023', '13', '16', 'Lokale "Æblehaven"']
];
const CELLS = PLAN.slice(1);

describe('CSV as Danish Excel and other tools write it', () => {
	for (const encoding of ['utf-8', 'utf-8-bom', 'windows-1252'] as const) {
		for (const separator of [';', ','] as const) {
			it(`${encoding} with «${separator}»: the same rows, æøå intact, quotes undone`, () => {
				const table = readCsv(csvFile(PLAN, { separator, encoding }));
				expect(table.headers).toEqual(PLAN[0]);
				expect(table.rows).toEqual(CELLS.map((cells, i) => ({ line: i + 2, cells })));
			});
		}
	}
	it('recognises the columns by their Danish names, whatever their order', () => {
		expect(guessMapping(['Sted', 'Mødedato', 'Kl.', 'Til', 'Udvalg', 'Bemærkning'])).toEqual({ place: 0, date: 1, start: 2, end: 3, body: 4, description: 5 });
	});
});

describe('Excel workbooks', () => {
	it('reads text, date cells and time cells as the sheet shows them', async () => {
		const bytes = await xlsxFile([
			['Organ', 'Dato', 'Start', 'Slut', 'Sted'],
			['KB', excelDate(2023, 5, 23), excelTime(17, 0), excelTime(21, 0), 'Byrådssalen'],
			['ØK', '16-05-2023', 'kl. 15.00', '17.00', 'Mødelokale 1']
		]);
		const table = await readImportFile('mødeplan 2023.xlsx', bytes);
		expect(table.sheet).toBe('Mødeplan');
		expect(table.rows.map((r) => r.cells)).toEqual([
			['KB', '2023-05-23', '17:00', '21:00', 'Byrådssalen'],
			['ØK', '16-05-2023', 'kl. 15.00', '17.00', 'Mødelokale 1']
		]);
	});
	it('reads the sheet named, and refuses a name the workbook does not have', async () => {
		const bytes = await xlsxFile([['Organ', 'Dato'], ['KB', '23-05-2023']], { otherSheets: [{ name: 'Budget', rows: [['Konto', 'Beløb'], ['1.1', 1000]] }] });
		expect((await readImportFile('plan.xlsx', bytes)).headers).toEqual(['Konto', 'Beløb']);
		expect((await readImportFile('plan.xlsx', bytes, 'Mødeplan')).headers).toEqual(['Organ', 'Dato']);
		await expect(readImportFile('plan.xlsx', bytes, 'Møder 2024')).rejects.toThrow('Arket «Møder 2024» findes ikke i filen. Arkene hedder: Budget, Mødeplan.');
	});
	it('refuses merged cells and formulas rather than guessing', async () => {
		const merged = await xlsxFile([['Organ', 'Dato', 'Start'], ['KB', '23-05-2023', '17:00'], ['', '20-06-2023', '17:00']], { merge: 'A2:A3' });
		await expect(readImportFile('plan.xlsx', merged)).rejects.toThrow(
			'Arket «Mødeplan» har flettede celler (A2). Fjern fletninger, og erstat formler med deres værdier (Kopiér → Indsæt speciel → Værdier), og prøv igen.'
		);
		const formula = await xlsxFile([['Organ', 'Dato'], ['KB', '23-05-2023'], ['KB', '']], { formula: { cell: 'B3', formula: 'B2+28', result: 45097 } });
		await expect(readImportFile('plan.xlsx', formula)).rejects.toThrow('Arket «Mødeplan» har en formel i B3.');
	});
	it('refuses an empty file, a text file named .xlsx, an old .xls and a file over the limit', async () => {
		await expect(readImportFile('plan.xlsx', new Uint8Array())).rejects.toThrow('Filen er tom.');
		await expect(readImportFile('plan.xlsx', new TextEncoder().encode('Organ;Dato\nKB;23-05-2023\n'))).rejects.toThrow(
			'Filen er ikke en gyldig Excel-fil (.xlsx). Åbn den i Excel og gem den som «Excel-projektmappe (.xlsx)», eller gem den som CSV.'
		);
		await expect(readImportFile('plan.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow('Det gamle Excel-format (.xls) kan ikke læses.');
		await expect(readImportFile('plan.xlsx', new Uint8Array(5 * 1024 * 1024))).rejects.toThrow('Filen er for stor: højst 500 KB.');
		await expect(readImportFile('plan.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow('Excel-filen kan ikke læses: den er beskadiget eller ikke en .xlsx-fil.');
	});
	it('refuses a small file that would unpack to far more than a plan (a zip bomb) before unpacking it', async () => {
		const bomb = zipBomb(64);
		expect(bomb.byteLength).toBeLessThan(100 * 1024);
		await expect(readImportFile('plan.xlsx', bomb)).rejects.toThrow('Excel-filen fylder for meget, når den pakkes ud (over 20 MB).');
		expect(unpackedSize(await xlsxFile([['Organ', 'Dato'], ['KB', '23-05-2023']]))).toBeLessThan(20_000);
	});
});

describe('a calendar file exported from Outlook', () => {
	it('expands the series (EXDATE, a moved occurrence), converts its own time zone and UTC, keeps all-day entries', () => {
		const table = readIcs(new TextEncoder().encode(OUTLOOK_ICS));
		expect(table.headers).toEqual(['Titel', 'Dato', 'Start', 'Slut', 'Slutdato', 'Sted', 'Beskrivelse']);
		const desc = 'Direktionsmøde med faste punkter: Direktionens årsplan samt den strategiske udmøntningsplan.';
		expect(table.rows.map((r) => r.cells)).toEqual([
			['Direktionsmøde', '01-03-2023', '09:00', '12:00', '', 'Mødelokale 1, Rådhuset', desc],
			['Direktionsmøde', '08-03-2023', '09:00', '12:00', '', 'Mødelokale 1, Rådhuset', desc],
			['Direktionsmøde (flyttet)', '23-03-2023', '09:30', '12:00', '', 'Mødelokale 1, Rådhuset', ''],
			// After the change to summer time on 26 March: still 9 o'clock in Copenhagen.
			['Direktionsmøde', '29-03-2023', '09:00', '12:00', '', 'Mødelokale 1, Rådhuset', desc],
			['Budgetseminar', '03-04-2023', '', '', '', '', ''],
			['Direktionsmøde – Månedsgrebet', '12-04-2023', '09:00', '12:00', '', 'Mødelokale 1, Rådhuset', '']
		]);
	});
	it('refuses a file that is not a calendar', () => {
		expect(() => readIcs(new TextEncoder().encode('Organ;Dato\n'))).toThrow('Filen er ikke en kalenderfil (.ics): den begynder ikke med BEGIN:VCALENDAR.');
	});
});
