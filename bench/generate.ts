/**
 * A large, deterministic dataset for the benchmarks and the load test: ten years, fifteen bodies
 * (three of them internal), about 500 meetings and 200 events a year. Written through Kysely into
 * the database the app would use (PGlite under a DATA_DIR, or PostgreSQL via DATABASE_URL), one
 * transaction per year, in batches.
 *
 *   node bench/generate.ts --data-dir /tmp/x            (or --database-url postgres://…)
 *        [--from 2020] [--to 2029] [--seed 7]
 */
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import { createDb, type DbConfig } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import type { BodyKind, DB, EventCategory, MeetingStatus, NewBody } from '../src/lib/server/db/schema.ts';
import { ZONE } from '../src/lib/domain/zone.ts';

export interface GenerateOptions {
	from: number;
	to: number;
	seed: number;
}

export interface GeneratedYear {
	year: number;
	meetings: number;
	events: number;
}

interface BenchBody {
	code: string;
	slug: string;
	name: string;
	kind: BodyKind;
	isPublic: boolean;
	start: string;
	minutes: number;
	/** Share of the year's meetings. */
	weight: number;
}

/** Fifteen bodies of a large municipality; KB keeps the demo's slug so the same URLs work on both datasets. */
export const BENCH_BODIES: BenchBody[] = [
	{ code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', kind: 'council', isPublic: true, start: '17:00', minutes: 240, weight: 3 },
	{ code: 'ØK', slug: 'oekonomiudvalget', name: 'Økonomiudvalget', kind: 'finance-committee', isPublic: true, start: '16:00', minutes: 120, weight: 3 },
	{ code: 'MTU', slug: 'miljoe-og-teknikudvalget', name: 'Miljø- og teknikudvalget', kind: 'standing-committee', isPublic: true, start: '15:00', minutes: 150, weight: 3 },
	{ code: 'BUU', slug: 'boerne-og-ungdomsudvalget', name: 'Børne- og ungdomsudvalget', kind: 'standing-committee', isPublic: true, start: '15:00', minutes: 150, weight: 3 },
	{ code: 'SSU', slug: 'social-sundheds-og-aeldreudvalget', name: 'Social-, sundheds- og ældreudvalget', kind: 'standing-committee', isPublic: true, start: '15:00', minutes: 150, weight: 3 },
	{ code: 'KFU', slug: 'kultur-og-fritidsudvalget', name: 'Kultur- og fritidsudvalget', kind: 'standing-committee', isPublic: true, start: '16:00', minutes: 120, weight: 3 },
	{ code: 'BEU', slug: 'beskaeftigelsesudvalget', name: 'Beskæftigelsesudvalget', kind: 'standing-committee', isPublic: true, start: '15:00', minutes: 120, weight: 3 },
	{ code: 'PU', slug: 'planudvalget', name: 'Planudvalget', kind: 'standing-committee', isPublic: true, start: '14:00', minutes: 150, weight: 3 },
	{ code: 'HU', slug: 'hovedudvalget', name: 'Hovedudvalget (Hoved-MED)', kind: 'med-committee', isPublic: true, start: '13:00', minutes: 120, weight: 3 },
	{ code: 'MED-TM', slug: 'med-teknik-og-miljoe', name: 'MED Teknik og Miljø', kind: 'med-committee', isPublic: true, start: '10:00', minutes: 120, weight: 3 },
	{ code: 'MED-SO', slug: 'med-social-og-omsorg', name: 'MED Social og Omsorg', kind: 'med-committee', isPublic: true, start: '10:00', minutes: 120, weight: 3 },
	{ code: 'DIR', slug: 'direktionen', name: 'Direktionen', kind: 'executive-board', isPublic: true, start: '09:00', minutes: 180, weight: 12 },
	{ code: 'CF', slug: 'chefforum', name: 'Chefforum', kind: 'other', isPublic: false, start: '13:00', minutes: 120, weight: 3 },
	{ code: 'ISU', slug: 'informationssikkerhedsudvalget', name: 'Informationssikkerhedsudvalget', kind: 'other', isPublic: false, start: '10:00', minutes: 90, weight: 2 },
	{ code: 'LG', slug: 'ledergruppen', name: 'Ledergruppen', kind: 'other', isPublic: false, start: '08:30', minutes: 90, weight: 8 }
];

const CATEGORIES: EventCategory[] = ['seminar', 'reception', 'deadline', 'budget', 'other'];
const ROOMS = ['Byrådssalen', 'Mødelokale 1', 'Mødelokale 2', 'Mødelokale 3', 'Direktionens mødelokale', 'Kantinen'];
const EVENT_TITLES = ['Temamøde', 'Dialogmøde', 'Frist for dagsordenspunkter', 'Budgetseminar', 'Reception', 'Borgermøde', 'Studietur', 'Frist: høringssvar'];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Election years (2021, 2025, 2029 …) hold the constitutive meetings and more of everything. */
export const meetingsInYear = (year: number) => (year % 4 === 1 ? 550 : 500);
export const eventsInYear = (year: number) => (year % 4 === 1 ? 220 : 200);

const instant = (date: Temporal.PlainDate, time: Temporal.PlainTime) => new Date(date.toZonedDateTime({ timeZone: ZONE, plainTime: time }).epochMilliseconds);

/** A weekday of the year (never a weekend), drawn uniformly. */
function workday(year: number, rnd: () => number): Temporal.PlainDate {
	const first = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	for (;;) {
		const d = first.add({ days: Math.floor(rnd() * first.daysInYear) });
		if (d.dayOfWeek <= 5) return d;
	}
}

const BATCH = 250;

async function insertBatched<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Parameters<ReturnType<Kysely<DB>['insertInto']>['values']>[0][]): Promise<void> {
	for (let i = 0; i < rows.length; i += BATCH) {
		await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
	}
}

/** Fills an empty, migrated database. Throws when it already holds bodies. */
export async function generate(db: Kysely<DB>, opts: GenerateOptions): Promise<GeneratedYear[]> {
	const existing = await db.selectFrom('body').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	if (Number(existing.n) > 0) throw new Error('Databasen indeholder allerede organer; datasættet skrives kun i en tom database.');
	const rnd = random(opts.seed);
	const bodyRows: NewBody[] = BENCH_BODIES.map((b, i) => ({
		code: b.code,
		slug: b.slug,
		name: b.name,
		kind: b.kind,
		color: `#${Math.floor(rnd() * 0xffffff).toString(16).padStart(6, '0')}`,
		is_public: b.isPublic,
		default_start_time: b.start,
		default_duration_minutes: b.minutes,
		default_location: `${ROOMS[i % ROOMS.length]}, Rådhuset`,
		deadline_working_days: 5 + (i % 4),
		deadline_time: '12:00',
		sort_order: i * 10
	}));
	const bodies = await db.insertInto('body').values(bodyRows).returning(['id', 'code']).execute();
	const idOf = new Map(bodies.map((b) => [b.code, b.id]));
	const totalWeight = BENCH_BODIES.reduce((s, b) => s + b.weight, 0);

	const years: GeneratedYear[] = [];
	for (let year = opts.from; year <= opts.to; year++) {
		const meetingCount = meetingsInYear(year);
		const meetings = BENCH_BODIES.flatMap((b) => {
			const n = Math.round((meetingCount * b.weight) / totalWeight);
			return Array.from({ length: n }, () => {
				const day = workday(year, rnd);
				const start = Temporal.PlainTime.from(b.start);
				const r = rnd();
				const status: MeetingStatus = r < 0.03 ? 'cancelled' : r < 0.6 ? 'confirmed' : 'planned';
				return {
					body_id: idOf.get(b.code)!,
					starts_at: instant(day, start),
					ends_at: instant(day, start.add({ minutes: b.minutes })),
					location: `${ROOMS[Math.floor(rnd() * ROOMS.length)]}, Rådhuset`,
					status,
					note: rnd() < 0.2 ? 'Ekstraordinært møde' : ''
				};
			});
		});
		const events = Array.from({ length: eventsInYear(year) }, () => {
			const day = workday(year, rnd);
			const allDay = rnd() < 0.4;
			const title = EVENT_TITLES[Math.floor(rnd() * EVENT_TITLES.length)]!;
			const bodyCode = rnd() < 0.5 ? BENCH_BODIES[Math.floor(rnd() * BENCH_BODIES.length)]!.code : null;
			const start = Temporal.PlainTime.from({ hour: 8 + Math.floor(rnd() * 9) });
			return {
				title,
				description: `${title} i ${year}.`,
				category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
				all_day: allDay,
				start_date: allDay ? day.toString() : null,
				end_date: allDay ? day.add({ days: Math.floor(rnd() * 3) }).toString() : null,
				starts_at: allDay ? null : instant(day, start),
				ends_at: allDay ? null : instant(day, start.add({ hours: 2 })),
				location: 'Rådhuset',
				is_public: rnd() < 0.6,
				body_id: bodyCode ? idOf.get(bodyCode)! : null
			};
		});
		await db.transaction().execute(async (tx) => {
			await insertBatched(tx, 'meeting', meetings);
			await insertBatched(tx, 'event', events);
		});
		years.push({ year, meetings: meetings.length, events: events.length });
	}
	return years;
}

/** Opens the database, migrates it, generates, closes it again (PGlite allows one process at a time). */
export async function generateInto(config: DbConfig, opts: GenerateOptions): Promise<GeneratedYear[]> {
	const db = createDb(config);
	try {
		await migrateToLatest(db);
		return await generate(db, opts);
	} finally {
		await db.destroy();
	}
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			'data-dir': { type: 'string' },
			'database-url': { type: 'string' },
			from: { type: 'string', default: '2020' },
			to: { type: 'string', default: '2029' },
			seed: { type: 'string', default: '7' }
		}
	});
	if (!values['data-dir'] && !values['database-url']) {
		console.error('Brug: node bench/generate.ts --data-dir MAPPE | --database-url postgres://… [--from 2020] [--to 2029] [--seed 7]');
		process.exit(2);
	}
	const started = performance.now();
	const years = await generateInto(
		{ dataDir: values['data-dir'], databaseUrl: values['database-url'] },
		{ from: Number(values.from), to: Number(values.to), seed: Number(values.seed) }
	);
	const meetings = years.reduce((s, y) => s + y.meetings, 0);
	const events = years.reduce((s, y) => s + y.events, 0);
	console.log(`${BENCH_BODIES.length} organer, ${meetings} møder, ${events} begivenheder på ${Math.round(performance.now() - started)} ms`);
}
