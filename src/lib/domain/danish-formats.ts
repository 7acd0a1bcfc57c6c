import { Temporal } from 'temporal-polyfill';

/**
 * Dates and times as Danish meeting plans write them: 23-05-2023, 23.05.2023, 23/5 2023,
 * 2023-05-23, "tirsdag den 23.05.2023"; kl. 9.00, 09:00, 9, kl. 17.30. A value either parses
 * or says why not, in Danish.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const WEEKDAY_PREFIX = /^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tir|ons|tor|tors|fre|lør|søn)\.?,?\s+(den\s+)?/i;

export function parseDanishDate(raw: string): Parsed<Temporal.PlainDate> {
	const s = raw.trim().replace(WEEKDAY_PREFIX, '').replace(/^den\s+/i, '');
	if (!s) return { ok: false, reason: 'Datoen mangler' };
	let parts: [number, number, number] | null = null;
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	const danish = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./ ]\s*(\d{4})$/.exec(s);
	if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else if (danish) parts = [Number(danish[3]), Number(danish[2]), Number(danish[1])];
	if (!parts) return { ok: false, reason: `«${raw.trim().slice(0, 40)}» er ikke en dato (skriv fx 23-05-2023 eller 23.05.2023)` };
	const [year, month, day] = parts;
	try {
		return { ok: true, value: Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }) };
	} catch {
		return { ok: false, reason: `Datoen ${raw.trim()} findes ikke` };
	}
}

export function parseDanishTime(raw: string): Parsed<Temporal.PlainTime> {
	const s = raw.trim().replace(/^kl\.?\s*/i, '');
	if (!s) return { ok: false, reason: 'Tidspunktet mangler' };
	const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(s);
	if (!m) return { ok: false, reason: `«${raw.trim().slice(0, 40)}» er ikke et klokkeslæt (skriv fx kl. 9.00 eller 09:00)` };
	const hour = Number(m[1]);
	const minute = Number(m[2] ?? 0);
	if (hour > 23 || minute > 59) return { ok: false, reason: `Klokkeslættet ${raw.trim()} findes ikke` };
	return { ok: true, value: new Temporal.PlainTime(hour, minute) };
}

/** "9.00-12.00", "kl. 9.00–12.00": a start and end in one cell. */
export function splitTimeRange(raw: string): [string, string] | null {
	const m = /^(.*?\d)\s*[-–—]\s*(?:kl\.?\s*)?(\d.*)$/i.exec(raw.trim());
	return m ? [m[1]!, m[2]!] : null;
}

/** The way the export writes them, so an exported file reads back the same. */
export const formatDanishDate = (d: Temporal.PlainDate) => `${String(d.day).padStart(2, '0')}-${String(d.month).padStart(2, '0')}-${d.year}`;
export const formatTime = (t: Temporal.PlainTime) => t.toString({ smallestUnit: 'minute' });
