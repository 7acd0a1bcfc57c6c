import ExcelJS from 'exceljs';
import { formatDanishDate } from '../../domain/danish-formats.ts';
import { ZONE } from '../../domain/zone.ts';
import type { Viewer } from '../auth/access.ts';
import type { BodyRow } from '../db/schema.ts';
import type { Db } from '../db/index.ts';
import { toInstant } from '../db/temporal.ts';
import { renderFeed } from '../feeds/render.ts';
import { meetingsOfYear } from './repository.ts';

/**
 * A body's year as the import reads it back: the same columns, Danish dates, 24-hour times.
 * Exporting and importing the file again changes nothing.
 */
import type { PlanFileFormat as ExportFormat } from '../../domain/import.ts';
export type { ExportFormat };
export const EXPORT_HEADERS = ['Organ', 'Dato', 'Start', 'Slut', 'Sted', 'Status'] as const;
const STATUS_LABEL = { planned: 'Planlagt', confirmed: 'Bekræftet', cancelled: 'Aflyst' } as const;

const local = (d: Date) => toInstant(d).toZonedDateTimeISO(ZONE);
const hhmm = (d: Date) => local(d).toPlainTime().toString({ smallestUnit: 'minute' });

async function rowsOf(db: Db, viewer: Viewer, body: BodyRow, year: number) {
	const meetings = await meetingsOfYear(db, viewer, body.id, year);
	return meetings.map((m) => ({ meeting: m, date: local(m.starts_at).toPlainDate(), start: hhmm(m.starts_at), end: hhmm(m.ends_at) }));
}

const csvField = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function exportYear(db: Db, viewer: Viewer, body: BodyRow, year: number, format: ExportFormat): Promise<{ bytes: Uint8Array<ArrayBuffer>; type: string; fileName: string }> {
	const rows = await rowsOf(db, viewer, body, year);
	const fileName = `moedeplan-${body.code.toLowerCase()}-${year}.${format}`;
	if (format === 'csv') {
		// UTF-8 with a byte-order mark and semicolons: what Danish Excel opens without asking.
		const lines = [EXPORT_HEADERS.join(';'), ...rows.map((r) => [body.code, formatDanishDate(r.date), r.start, r.end, r.meeting.location, STATUS_LABEL[r.meeting.status]].map(csvField).join(';'))];
		return { bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`), type: 'text/csv; charset=utf-8', fileName };
	}
	if (format === 'xlsx') {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Mødeplan');
		sheet.columns = [
			{ header: 'Organ', width: 10 },
			{ header: 'Dato', width: 12, style: { numFmt: 'dd-mm-yyyy' } },
			{ header: 'Start', width: 8 },
			{ header: 'Slut', width: 8 },
			{ header: 'Sted', width: 40 },
			{ header: 'Status', width: 12 }
		];
		for (const r of rows) {
			sheet.addRow([body.code, new Date(Date.UTC(r.date.year, r.date.month - 1, r.date.day)), r.start, r.end, r.meeting.location, STATUS_LABEL[r.meeting.status]]);
		}
		sheet.getRow(1).font = { bold: true };
		return {
			bytes: new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer),
			type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			fileName
		};
	}
	const ics = renderFeed({
		name: `Mødeplan ${year}: ${body.name}`,
		description: `${body.name}s møder i ${year}`,
		items: rows.map((r) => ({
			uid: `meeting-${r.meeting.id}@aarshjul`,
			sequence: r.meeting.sequence,
			updatedAt: r.meeting.updated_at,
			timing: { allDay: false, start: toInstant(r.meeting.starts_at), end: toInstant(r.meeting.ends_at) },
			summary: body.name,
			description: '',
			location: r.meeting.location,
			url: null,
			status: r.meeting.status === 'cancelled' ? 'cancelled' : r.meeting.status === 'confirmed' ? 'confirmed' : null
		}))
	});
	return { bytes: new TextEncoder().encode(ics), type: 'text/calendar; charset=utf-8', fileName };
}
