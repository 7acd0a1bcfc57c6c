import { Temporal } from 'temporal-polyfill';
import { parseDanishDate } from '../../domain/danish-formats.ts';
import { count as counted } from '../../format.ts';
import type { Viewer } from '../auth/access.ts';
import { recordAudit, recordAudits } from '../audit/repository.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import type { Db } from '../db/index.ts';
import { createEvent, updateEvent } from '../events/service.ts';
import { meetingSnapshot, updateMeeting } from '../meetings/service.ts';
import { insertMeetings } from '../meetings/repository.ts';
import { toDate } from '../db/temporal.ts';
import { wallClockInstant } from '../../domain/day-range.ts';
import { classifyEvents, classifyMeetings, type EventPreviewRow, type MeetingPreviewRow, type RowStatus } from './classify.ts';
import { FIELD_LABEL, itemsOf, type ColumnMapping, type ImportItem } from './columns.ts';
import { existingEvents, existingMeetings, importBodies, importClosures } from './repository.ts';
import { ImportRefused, type SourceTable } from './table.ts';

import type { ImportTarget } from '../../domain/import.ts';
export type { ImportTarget };

export interface ImportRequest {
	table: SourceTable;
	mapping: ColumnMapping;
	target: ImportTarget;
	/** the body of rows without one (calendar files; sheets without an organ column) */
	body: string | null;
}

export type ImportPreview = {
	target: ImportTarget;
	counts: Record<RowStatus, number>;
} & ({ target: 'meetings'; rows: MeetingPreviewRow[] } | { target: 'events'; rows: EventPreviewRow[] });

/** The days the rows name, widened by a day either side, so overlaps across midnight are seen. */
function spanOf(items: ImportItem[]): { from: Temporal.PlainDate; to: Temporal.PlainDate } | null {
	const dates = items.flatMap((i) => [parseDanishDate(i.date), parseDanishDate(i.endDate)]).flatMap((p) => (p.ok ? [p.value] : []));
	if (!dates.length) return null;
	const sorted = dates.sort(Temporal.PlainDate.compare);
	return { from: sorted[0]!.subtract({ days: 1 }), to: sorted[sorted.length - 1]!.add({ days: 1 }) };
}

function requireColumns(req: ImportRequest): void {
	const missing: string[] = [];
	if (req.mapping.date === undefined) missing.push(FIELD_LABEL.date);
	if (req.target === 'meetings' && req.mapping.body === undefined && !req.body) missing.push(FIELD_LABEL.body);
	if (req.target === 'events' && req.mapping.title === undefined) missing.push(FIELD_LABEL.title);
	if (!missing.length) return;
	const where = req.table.sheet ? `arket «${req.table.sheet}»` : 'filen';
	const hints = [
		req.target === 'meetings' && missing.includes(FIELD_LABEL.body) ? 'vælg organet for hele filen' : null,
		'vælg hvilken kolonne der er hvad',
		req.table.format === 'xlsx' ? 'vælg det rigtige ark' : null
	].filter(Boolean).join(', eller ');
	throw new ImportRefused(
		`Fandt ingen kolonne for ${missing.join(' og ')} i ${where}. Kolonnerne hedder: ${req.table.headers.map((h) => `«${h}»`).join(', ') || 'ingen'}. ` +
			`${hints[0]!.toUpperCase()}${hints.slice(1)}.`,
		req.table
	);
}

const count = (rows: { status: RowStatus }[]): Record<RowStatus, number> => ({
	new: rows.filter((r) => r.status === 'new').length,
	unchanged: rows.filter((r) => r.status === 'unchanged').length,
	change: rows.filter((r) => r.status === 'change').length,
	refused: rows.filter((r) => r.status === 'refused').length
});

/** What the file would do; saves nothing. */
export async function previewImport(db: Db, viewer: Viewer, req: ImportRequest): Promise<ImportPreview> {
	requireColumns(req);
	const items = itemsOf(req.table, req.mapping);
	const span = spanOf(items);
	if (req.target === 'events') {
		const rows = classifyEvents(items, span ? await existingEvents(db, viewer, span.from, span.to) : []);
		return { target: 'events', rows, counts: count(rows) };
	}
	const [bodies, closures, calendar, existing] = await Promise.all([
		importBodies(db, viewer),
		importClosures(db, viewer),
		loadWorkingCalendar(db),
		span ? existingMeetings(db, viewer, span.from, span.to) : Promise.resolve([])
	]);
	if (req.body && !bodies.some((b) => b.code === req.body)) throw new ImportRefused(`Intet organ har koden ${req.body}.`);
	const rows = classifyMeetings(items, { bodies, fixedBody: req.body, existing, calendar, closures, allowDefaults: req.table.format !== 'ics' });
	return { target: 'meetings', rows, counts: count(rows) };
}

/**
 * Writes what the preview showed as new or changed, each with its audit row, and one row for
 * the import itself; refused rows are left out. Run in one transaction: it all lands or none.
 * A file whose rows all match changes nothing, not even the log.
 */
export async function acceptImport(db: Db, viewer: Viewer, req: ImportRequest, fileName: string): Promise<ImportPreview> {
	const preview = await previewImport(db, viewer, req);
	const date = (s: string) => Temporal.PlainDate.from(s);
	const time = (s: string) => Temporal.PlainTime.from(s);
	if (preview.target === 'meetings') {
		for (const r of preview.rows) {
			if (r.status !== 'change' || !r.values) continue;
			await updateMeeting(db, viewer, r.meeting!.id, { version: r.meeting!.version, date: date(r.values.date), start: time(r.values.start), end: time(r.values.end), location: r.values.place });
		}
		// New meetings in one statement, and their audit rows in another: a year's plan or a decade's.
		const bodyId = new Map((await importBodies(db, viewer)).map((b) => [b.code, b.id]));
		const fresh = preview.rows.filter((r) => r.status === 'new' && r.values && r.body);
		const created = await insertMeetings(
			db,
			fresh.map((r) => ({
				body_id: bodyId.get(r.body!)!,
				starts_at: toDate(wallClockInstant(date(r.values!.date), time(r.values!.start))),
				ends_at: toDate(wallClockInstant(date(r.values!.date), time(r.values!.end))),
				location: r.values!.place,
				note: '',
				status: 'planned',
				plan_id: null,
				plan_key: null,
				changed_by_hand: true
			}))
		);
		await recordAudits(
			db,
			viewer,
			created.map((m, i) => ({ action: 'create', entity: 'meeting', entityId: m.id, summary: `Møde oprettet (${fresh[i]!.body})`, after: meetingSnapshot(m) }))
		);
	} else {
		for (const r of preview.rows) {
			if (!r.values || (r.status !== 'new' && r.status !== 'change')) continue;
			const v = r.values;
			const when = v.start
				? { allDay: false as const, date: date(v.date), start: time(v.start), end: time(v.end) }
				: { allDay: true as const, startDate: date(v.date), endDate: date(v.endDate) };
			const input = { title: v.title, description: v.description, location: v.place, when };
			if (r.status === 'new') await createEvent(db, viewer, { ...input, category: 'other', public: false, body: null });
			else await updateEvent(db, viewer, r.event!.id, { ...input, category: r.event!.keep.category, public: r.event!.keep.isPublic, body: r.event!.keep.body, version: r.event!.version });
		}
	}
	const { counts } = preview;
	if (counts.new + counts.change > 0) {
		await recordAudit(db, viewer, {
			action: 'import',
			entity: 'import',
			entityId: req.target === 'meetings' ? (req.body ?? 'møder') : 'begivenheder',
			summary: `Import af ${fileName.slice(0, 100)} (${req.target === 'meetings' ? 'møder' : 'begivenheder'}): ${counted(counts.new, req.target === 'meetings' ? 'nyt' : 'ny', 'nye')}, ${counts.change} ændret, ${counts.unchanged} uændret, ${counts.refused} afvist`
		});
	}
	return preview;
}
