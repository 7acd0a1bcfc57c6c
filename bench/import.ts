import { createDb } from '../src/lib/server/db/connect.ts';
import { insertBody } from '../src/lib/server/bodies/repository.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import type { Viewer } from '../src/lib/server/auth/access.ts';
import { guessMapping } from '../src/lib/server/import/columns.ts';
import { readImportFile } from '../src/lib/server/import/read.ts';
import { acceptImport, previewImport, type ImportRequest } from '../src/lib/server/import/service.ts';
import { csvFile, xlsxFile } from '../tests/fixtures/import-files.ts';

/**
 * The import on its own, on an in-memory embedded database: a 2,000-row plan (the most a file
 * may have; one board meeting a day from 2030, holidays and Sundays refused) read as .xlsx and
 * .csv, previewed, accepted, and imported again. Run: `node bench/import.ts`.
 */
const db = createDb({ dataDir: 'memory://' });
await migrateToLatest(db);
await insertBody(db, {
	code: 'DIR', slug: 'direktionen', name: 'Direktionen', kind: 'executive-board', color: '#37474f', is_public: true,
	default_start_time: '09:00', default_duration_minutes: 180, deadline_working_days: 5, deadline_time: '12:00'
});
const rows = [['Organ', 'Dato', 'Start', 'Slut', 'Sted']];
for (let day = new Date(Date.UTC(2030, 0, 1)); rows.length <= 2000; day = new Date(day.getTime() + 86_400_000)) {
	const pad = (n: number) => String(n).padStart(2, '0');
	rows.push(['DIR', `${pad(day.getUTCDate())}-${pad(day.getUTCMonth() + 1)}-${day.getUTCFullYear()}`, '09:00', '12:00', 'Direktionens mødelokale']);
}
const viewer: Viewer = { role: 'secretariat', name: 'Bench', unit: '', userId: null, email: 'bench@kommune.dk', sessionId: null, tokenId: null };
const ms = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
	const t = performance.now();
	const result = await work();
	return [result, Math.round(performance.now() - t)];
};
const files = [['plan.xlsx', await xlsxFile(rows)], ['plan.csv', csvFile(rows, { separator: ';', encoding: 'utf-8-bom' })]] as const;
let request: ImportRequest | null = null;
for (const [name, bytes] of files) {
	const [table, readMs] = await ms(() => readImportFile(name, bytes));
	request = { table, mapping: guessMapping(table.headers), target: 'meetings', body: null };
	const [preview, previewMs] = await ms(() => previewImport(db, viewer, request!));
	console.log(`${name} (${Math.round(bytes.byteLength / 1024)} KiB): read ${readMs} ms, preview ${previewMs} ms`, preview.counts);
}
const [first, acceptMs] = await ms(() => db.transaction().execute((tx) => acceptImport(tx, viewer, request!, 'plan.csv')));
console.log(`accept: ${acceptMs} ms`, first.counts);
const [again, againMs] = await ms(() => db.transaction().execute((tx) => acceptImport(tx, viewer, request!, 'plan.csv')));
console.log(`the same file again: ${againMs} ms`, again.counts);
await db.destroy();
