import { sql } from 'kysely';
import type { Db } from './index.ts';
import { onCommit } from './commit.ts';

/**
 * What the calendar's pages, feeds and API are made from, in one cheap query: the count and
 * newest change of each content table. Any insert, update, soft or hard delete moves it, so
 * whatever was built from the data under the same fingerprint is what would be built now.
 */
async function dataFingerprint(db: Db): Promise<string> {
	const table = (name: string) => sql`(select count(*)::text || '@' || coalesce(max(updated_at)::text, '') from ${sql.table(name)})`;
	const { rows } = await sql<{ f: string }>`select ${table('meeting')} || '|' || ${table('event')} || '|' || ${table('body')} || '|' || ${table('closure')} || '|' || ${table('case_file')} || '|' || ${table('fixed_item')} as f`.execute(db);
	return rows[0]!.f;
}

// Many requests read the same data: a fingerprint younger than this is reused, so under load the
// database answers one small query a second instead of one per request. Another instance's write
// on a shared PostgreSQL is seen within this time; this instance's own writes at once (onCommit).
const FINGERPRINT_TTL_MS = 1000;

// Keyed by handle: the app has one, the tests one per dialect.
const fingerprints = new Map<Db, { value: Promise<string>; at: number }>();
let generation = 0;

/** The data's current fingerprint, at most a second old, and fresh after every write of this instance. */
export function currentFingerprint(db: Db): Promise<string> {
	const now = Date.now();
	const known = fingerprints.get(db);
	if (known && now - known.at <= FINGERPRINT_TTL_MS) return known.value;
	const mine = generation;
	const value = dataFingerprint(db).then((f) => `${f}#${mine}`);
	const entry = { value, at: now };
	fingerprints.set(db, entry);
	value.catch(() => {
		if (fingerprints.get(db) === entry) fingerprints.delete(db);
	});
	return value;
}

// After a write the next read looks at the data again instead of a second-old fingerprint.
onCommit(() => {
	generation++;
	fingerprints.clear();
});
