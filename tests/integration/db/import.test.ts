import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZONE } from '../../../src/lib/domain/zone.ts';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { insertBody } from '../../../src/lib/server/bodies/repository.ts';
import type { BodyRow } from '../../../src/lib/server/db/schema.ts';
import { toInstant } from '../../../src/lib/server/db/temporal.ts';
import { guessMapping } from '../../../src/lib/server/import/columns.ts';
import { exportYear } from '../../../src/lib/server/import/export.ts';
import { readImportFile } from '../../../src/lib/server/import/read.ts';
import { acceptImport, previewImport, type ImportRequest, type ImportTarget } from '../../../src/lib/server/import/service.ts';
import { csvFile, OUTLOOK_ICS } from '../../fixtures/import-files.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const secretariat: Viewer = { role: 'secretariat', name: 'Sara Sekretær', unit: '', userId: null, email: 'sara@kommune.dk', sessionId: null, tokenId: null };

const PLAN = [
	['Organ', 'Dato', 'Start', 'Slut', 'Sted'],
	['KB', '23-05-2023', '17:00', '21:00', 'Byrådssalen'],
	['Kommunalbestyrelsen', '20.06.2023', 'kl. 16.00', '20.00', 'Byrådssalen'],
	['KB', '22-08-2023', '17:00', '21:00', 'Byrådssalen'],
	['Udvalget for Ingenting', '24-08-2023', '17:00', '21:00', ''],
	['KB', '31-09-2023', '17:00', '21:00', 'Byrådssalen'],
	['KB', '18-05-2023', '17:00', '21:00', 'Byrådssalen'],
	['KB', '11-07-2023', '17:00', '21:00', 'Byrådssalen'],
	['KB', '22-08-2023', '19:00', '22:00', 'Byrådssalen'],
	['KB', '22-08-2023', '17:00', '21:00', 'Byrådssalen'],
	['DIR', '24-05-2023', 'kl. 9.00–12.00', '', ''],
	['KB', '23-05-2023', '18:00', '19:00', 'Byrådssalen']
];

describe.each(dialects)('importing meeting plans on %s', (dialect) => {
	let t: TestDb;
	let kb: BodyRow;
	beforeAll(async () => {
		t = await freshDb(dialect);
		kb = await insertBody(t.db, {
			code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', kind: 'council', color: '#8c2d19', is_public: true,
			default_start_time: '17:00', default_duration_minutes: 240, default_location: 'Byrådssalen', deadline_working_days: 6, deadline_time: '12:00'
		});
		await insertBody(t.db, {
			code: 'DIR', slug: 'direktionen', name: 'Direktionen', kind: 'executive-board', color: '#333333', is_public: false,
			default_start_time: '09:00', default_duration_minutes: 180, default_location: 'Mødelokale 1', deadline_working_days: 2, deadline_time: '12:00'
		});
		await t.db.insertInto('closure').values({ name: 'Sommerferie', from_date: '2023-07-01', to_date: '2023-07-31', body_id: null }).execute();
		const at = (d: string, h: number) => new Date(Temporal.PlainDateTime.from(`${d}T${String(h).padStart(2, '0')}:00`).toZonedDateTime(ZONE).epochMilliseconds);
		await t.db.insertInto('meeting').values([
			{ body_id: kb.id, starts_at: at('2023-05-23', 17), ends_at: at('2023-05-23', 21), location: 'Byrådssalen', plan_id: null, plan_key: null },
			{ body_id: kb.id, starts_at: at('2023-06-20', 17), ends_at: at('2023-06-20', 21), location: 'Byrådssalen', plan_id: null, plan_key: null }
		]).execute();
	});
	afterAll(() => t.destroy());

	const request = async (name: string, bytes: Uint8Array, target: ImportTarget = 'meetings', body: string | null = null): Promise<ImportRequest> => {
		const table = await readImportFile(name, bytes);
		return { table, mapping: guessMapping(table.headers), target, body };
	};
	const accept = (req: ImportRequest, name = 'plan.csv') => t.db.transaction().execute((tx) => acceptImport(tx, secretariat, req, name));
	const auditCount = async () => Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
	const kbMeetings = async () =>
		(await t.db.selectFrom('meeting').select(['starts_at', 'ends_at', 'location']).where('body_id', '=', kb.id).where('deleted_at', 'is', null).orderBy('starts_at').execute()).map(
			(m) => `${toInstant(m.starts_at).toZonedDateTimeISO(ZONE).toPlainDateTime().toString({ smallestUnit: 'minute' })}–${toInstant(m.ends_at).toZonedDateTimeISO(ZONE).toPlainTime().toString({ smallestUnit: 'minute' })} ${m.location}`
		);

	it('previews each row as new, unchanged, a change, or refused with its reason; saves nothing', async () => {
		const req = await request('plan.csv', csvFile(PLAN, { separator: ';', encoding: 'windows-1252' }));
		const before = await auditCount();
		const preview = await previewImport(t.db, secretariat, req);
		expect(preview.rows.map((r) => [r.line, r.status, r.reason])).toEqual([
			[2, 'unchanged', null],
			[3, 'change', null],
			[4, 'new', null],
			[5, 'refused', 'Ukendt organ «Udvalget for Ingenting»'],
			[6, 'refused', 'Datoen 31-09-2023 findes ikke'],
			[7, 'refused', 'Kristi himmelfartsdag: ingen møder den dag'],
			[8, 'refused', 'Lukket: Sommerferie'],
			[9, 'refused', 'Overlapper række 4'],
			[10, 'refused', 'Samme møde som række 4'],
			[11, 'new', null],
			[12, 'refused', 'Overlapper KB-mødet 2023-05-23 kl. 17:00–21:00']
		]);
		expect(preview.target === 'meetings' && preview.rows[1]!.meeting?.values).toEqual({ date: '2023-06-20', start: '17:00', end: '21:00', place: 'Byrådssalen' });
		expect(preview.target === 'meetings' && preview.rows[9]!.values).toEqual({ date: '2023-05-24', start: '09:00', end: '12:00', place: 'Mødelokale 1' });
		expect(preview.counts).toEqual({ new: 2, change: 1, unchanged: 1, refused: 7 });
		expect(await auditCount()).toBe(before);
		expect(await kbMeetings()).toEqual(['2023-05-23T17:00–21:00 Byrådssalen', '2023-06-20T17:00–21:00 Byrådssalen']);
	});

	it('accepts in one transaction with an audit row per change; the same file again changes nothing', async () => {
		const req = await request('plan.csv', csvFile(PLAN, { separator: ',', encoding: 'utf-8-bom' }));
		const before = await auditCount();
		const result = await accept(req);
		expect(result.counts).toEqual({ new: 2, change: 1, unchanged: 1, refused: 7 });
		expect(await kbMeetings()).toEqual(['2023-05-23T17:00–21:00 Byrådssalen', '2023-06-20T16:00–20:00 Byrådssalen', '2023-08-22T17:00–21:00 Byrådssalen']);
		const log = await t.db.selectFrom('audit_log').select(['action', 'entity', 'summary', 'actor']).orderBy('id').offset(before).execute();
		expect(log.map((l) => [l.action, l.entity, l.summary])).toEqual([
			['move', 'meeting', 'Møde flyttet'],
			['create', 'meeting', 'Møde oprettet (KB)'],
			['create', 'meeting', 'Møde oprettet (DIR)'],
			['import', 'import', 'Import af plan.csv (møder): 2 nye, 1 ændret, 1 uændret, 7 afvist']
		]);
		expect(new Set(log.map((l) => l.actor))).toEqual(new Set(['Sara Sekretær <sara@kommune.dk>']));

		const afterFirst = await auditCount();
		const again = await accept(req);
		expect(again.counts).toEqual({ new: 0, change: 0, unchanged: 4, refused: 7 });
		expect(await auditCount()).toBe(afterFirst);
	});

	for (const format of ['xlsx', 'csv', 'ics'] as const) {
		it(`exporting KB's year as ${format} and importing it again changes nothing`, async () => {
			const file = await exportYear(t.db, secretariat, kb, 2023, format);
			const req = await request(file.fileName, file.bytes, 'meetings', format === 'ics' ? 'KB' : null);
			const before = await auditCount();
			const result = await accept(req, file.fileName);
			expect(result.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
			expect(await auditCount()).toBe(before);
			expect(await kbMeetings()).toEqual(['2023-05-23T17:00–21:00 Byrådssalen', '2023-06-20T16:00–20:00 Byrådssalen', '2023-08-22T17:00–21:00 Byrådssalen']);
		});
	}

	it('an Outlook calendar goes into one body’s meetings: all-day entries refused, the rest new', async () => {
		const req = await request('direktionen.ics', new TextEncoder().encode(OUTLOOK_ICS), 'meetings', 'DIR');
		const preview = await previewImport(t.db, secretariat, req);
		expect(preview.rows.map((r) => [r.line, r.status, r.reason])).toEqual([
			[2, 'new', null],
			[3, 'new', null],
			[4, 'new', null],
			[5, 'new', null],
			[6, 'refused', 'Heldagsaftaler kan ikke blive møder – importér dem som begivenheder'],
			[7, 'new', null]
		]);
	});

	it('an Outlook calendar goes into events; importing it twice changes nothing the second time', async () => {
		const req = await request('direktionen.ics', new TextEncoder().encode(OUTLOOK_ICS), 'events');
		const first = await accept(req, 'direktionen.ics');
		expect(first.counts).toEqual({ new: 6, change: 0, unchanged: 0, refused: 0 });
		const events = await t.db.selectFrom('event').select(['title', 'all_day', 'start_date', 'end_date', 'is_public', 'category']).where('all_day', '=', true).execute();
		expect(events).toEqual([{ title: 'Budgetseminar', all_day: true, start_date: '2023-04-03', end_date: '2023-04-03', is_public: false, category: 'other' }]);
		const before = await auditCount();
		expect((await accept(req, 'direktionen.ics')).counts).toEqual({ new: 0, change: 0, unchanged: 6, refused: 0 });
		expect(await auditCount()).toBe(before);
	});

	it('a sheet without a date column is refused with the columns it has, and nothing is saved', async () => {
		const req = await request('budget.csv', csvFile([['Konto', 'Beløb'], ['1.1', '1000']], { separator: ';', encoding: 'utf-8' }));
		const before = await auditCount();
		await expect(accept(req)).rejects.toThrow('Fandt ingen kolonne for Dato og Organ i filen. Kolonnerne hedder: «Konto», «Beløb».');
		expect(await auditCount()).toBe(before);
	});
});
