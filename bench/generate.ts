/**
 * A large, deterministic dataset for the benchmarks and the load test: ten years, fifteen bodies
 * (three of them internal), about 500 meetings, 400 cases and 200 events a year. Written through Kysely into
 * the database the app would use (PGlite under a DATA_DIR, or PostgreSQL via DATABASE_URL), one
 * transaction per year, in batches.
 *
 *   node bench/generate.ts --data-dir /tmp/x            (or --database-url postgres://…)
 *        [--from 2020] [--to 2029] [--seed 7]
 *
 * A case's stages sit on the year's generated meetings of their bodies, in order; stages whose
 * meeting has begun are treated, the rest planned, so past years are history and future years plans.
 */
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import { createDb, type DbConfig } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import type { BodyKind, DB, EventCategory, MeetingStatus, NewBody, StageRole } from '../src/lib/server/db/schema.ts';
import { ZONE } from '../src/lib/domain/zone.ts';

export interface GenerateOptions {
	from: number;
	to: number;
	seed: number;
	/** Stages on meetings before this instant are treated; later ones planned. */
	now?: Date;
}

export interface GeneratedYear {
	year: number;
	meetings: number;
	events: number;
	cases: number;
	stages: number;
	/** An open case with five stages, all in this year: one the public may open on the wheel. */
	showcaseCaseId: string;
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
const UNITS = ['Økonomi', 'HR og Personale', 'Teknik og Miljø', 'Børn og Unge', 'Social og Sundhed', 'Kultur og Fritid', 'Beskæftigelse', 'Plan og Byg', 'Borgerservice, IT og Digitalisering', 'Ledelsessekretariatet'];
const RESPONSIBLE = ['Sofie Sekretariat', 'Rasmus Redaktør', 'Lene Læser', 'Anne Admin', 'Jens Jensen', 'Mette Madsen', 'Ole Olsen', 'Karen Kristensen'];
const CASE_TOPICS = ['Budgetopfølgning', 'Kvalitetsrapport', 'Lokalplan', 'Takster', 'Udbud af vintertjeneste', 'Handleplan for klimatilpasning', 'Anlægsbevilling', 'Status på sygefravær', 'Ældrepolitik', 'Skolestruktur', 'Trafiksikkerhedsplan', 'Kulturstrategi', 'Beskæftigelsesplan', 'Tilsynsrapport', 'Høringssvar'];
/** The standing committees, which carry the cases of their area to ØK and KB. */
const COMMITTEES = BENCH_BODIES.filter((b) => b.kind === 'standing-committee').map((b) => b.code);
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
export const casesInYear = (year: number) => (year % 4 === 1 ? 440 : 400);

const instant = (date: Temporal.PlainDate, time: Temporal.PlainTime) => new Date(date.toZonedDateTime({ timeZone: ZONE, plainTime: time }).epochMilliseconds);

/** A weekday of the year (never a weekend), drawn uniformly. */
function workday(year: number, rnd: () => number): Temporal.PlainDate {
	const first = Temporal.PlainDate.from({ year, month: 1, day: 1 });
	for (;;) {
		const d = first.add({ days: Math.floor(rnd() * first.daysInYear) });
		if (d.dayOfWeek <= 5) return d;
	}
}

/** A version 4 UUID from the seeded stream, so the ids are as reproducible as the rest. */
function uuid(rnd: () => number): string {
	const bytes = Array.from({ length: 16 }, () => Math.floor(rnd() * 256));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface CaseMeeting {
	id: string;
	start: number;
}

const DAY_MS = 86_400_000;

/**
 * A case's path, decision first and walked backwards: each earlier stage is the body's latest
 * meeting at least two days before the next one and at most five weeks before it. Undefined
 * when the year's meetings leave no such chain (the caller draws another decision meeting).
 */
function casePath(codes: string[], byBody: Map<string, CaseMeeting[]>, rnd: () => number): CaseMeeting[] | undefined {
	const last = byBody.get(codes.at(-1)!)!;
	const chain = [last[Math.floor(rnd() * last.length)]!];
	for (let i = codes.length - 2; i >= 0; i--) {
		const next = chain[0]!.start;
		// Sorted by start: the last one early enough is the nearest.
		const earlier = byBody.get(codes[i]!)!.filter((m) => m.start <= next - 2 * DAY_MS).at(-1);
		if (!earlier || earlier.start < next - 35 * DAY_MS) return undefined;
		chain.unshift(earlier);
	}
	return chain;
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
	// Ids and cases draw from streams of their own, so the meetings and events stay those of the seed.
	const ids = random(opts.seed ^ 0x5eed1d);
	const caseRnd = random(opts.seed ^ 0xca5e5);
	const now = (opts.now ?? new Date()).getTime();
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
	// Fixed items (faste punkter) as a municipality keeps them, one of them closed, so the wheel's
	// agenda work is measured; and each year's closures, which move the write-up deadlines.
	await db
		.insertInto('fixed_item')
		.values(
			[
				{ body: 'DIR', title: 'Direktionens årsplan', rule: { kind: 'every-meeting' }, closed: false },
				{ body: 'DIR', title: 'Månedsgrebet', rule: { kind: 'first-in-cycle' }, closed: false },
				{ body: 'KB', title: 'Meddelelser', rule: { kind: 'every-meeting' }, closed: false },
				{ body: 'KB', title: 'Personalesag', rule: { kind: 'every-meeting' }, closed: true },
				{ body: 'ØK', title: 'Årsregnskab – oversendelse til revisionen', rule: { kind: 'months', months: [4], firstOnly: true }, closed: false },
				{ body: 'HU', title: 'Ligestillingsredegørelse', rule: { kind: 'every-n-years', every: 3, fromYear: 2020, months: [4], firstOnly: true }, closed: false }
			].map((f, i) => ({ body_id: idOf.get(f.body)!, title: f.title, description: `${f.title}.`, rule: JSON.stringify(f.rule), is_closed: f.closed, sort_order: i }))
		)
		.execute();
	await db
		.insertInto('closure')
		.values(
			Array.from({ length: opts.to - opts.from + 1 }, (_, i) => opts.from + i).flatMap((year) => [
				{ name: 'Mellem jul og nytår', from_date: `${year}-12-27`, to_date: `${year}-12-30`, body_id: null },
				{ name: 'Direktionens sommerferie', from_date: `${year}-07-13`, to_date: `${year}-08-02`, body_id: idOf.get('DIR')! }
			])
		)
		.execute();
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
					id: uuid(ids),
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
		const { cases, stages, showcaseCaseId } = casesOf(year, meetings, idOf, caseRnd, ids, now);
		await db.transaction().execute(async (tx) => {
			await insertBatched(tx, 'meeting', meetings);
			await insertBatched(tx, 'event', events);
			await insertBatched(tx, 'case_file', cases);
			await insertBatched(tx, 'case_stage', stages);
		});
		years.push({ year, meetings: meetings.length, events: events.length, cases: cases.length, stages: stages.length, showcaseCaseId });
	}
	return years;
}

/**
 * The year's cases: DIR → ØK → KB (a quarter), DIR → committee → ØK → KB (over half) or
 * DIR → committee → HU → ØK → KB (a fifth), on meetings that are not cancelled; one in ten closed.
 */
function casesOf(
	year: number,
	meetings: { id: string; body_id: number; starts_at: Date; status: MeetingStatus }[],
	idOf: Map<string, number>,
	rnd: () => number,
	ids: () => number,
	now: number
) {
	const codeOf = new Map([...idOf].map(([code, id]) => [id, code]));
	const byBody = new Map<string, CaseMeeting[]>(BENCH_BODIES.map((b) => [b.code, []]));
	for (const m of meetings) if (m.status !== 'cancelled') byBody.get(codeOf.get(m.body_id)!)!.push({ id: m.id, start: m.starts_at.getTime() });
	for (const list of byBody.values()) list.sort((a, b) => a.start - b.start);
	const yy = String(year % 100).padStart(2, '0');
	const cases: { id: string; case_number: string; title: string; description: string; unit: string; responsible_name: string; committee_body_id: number; is_closed: boolean }[] = [];
	const stages: { case_id: string; position: number; body_id: number; role: StageRole; min_gap_days: number; after_previous_before_deadline: boolean; meeting_id: string; status: 'planned' | 'treated' }[] = [];
	let showcaseCaseId = '';
	for (let attempts = 0; cases.length < casesInYear(year); attempts++) {
		if (attempts > 100 * casesInYear(year)) throw new Error(`${year}: møderne giver ikke plads til sagsgangene`);
		const r = rnd();
		const committee = r < 0.25 ? 'ØK' : COMMITTEES[Math.floor(rnd() * COMMITTEES.length)]!;
		const path: [string, StageRole][] =
			r < 0.25
				? [['DIR', 'drøftelse'], ['ØK', 'indstilling'], ['KB', 'beslutning']]
				: r < 0.8
					? [['DIR', 'drøftelse'], [committee, 'indstilling'], ['ØK', 'indstilling'], ['KB', 'beslutning']]
					: [['DIR', 'drøftelse'], [committee, 'indstilling'], ['HU', 'drøftelse'], ['ØK', 'indstilling'], ['KB', 'beslutning']];
		const chain = casePath(path.map(([code]) => code), byBody, rnd);
		if (!chain) continue;
		const id = uuid(ids);
		const topic = CASE_TOPICS[Math.floor(rnd() * CASE_TOPICS.length)]!;
		const closed = rnd() < 0.1;
		cases.push({
			id,
			case_number: `${10000 + cases.length}/${yy}`,
			title: `${topic} ${year} (${committee})`,
			description: `${topic} for ${BENCH_BODIES.find((b) => b.code === committee)!.name}.`,
			unit: UNITS[Math.floor(rnd() * UNITS.length)]!,
			responsible_name: RESPONSIBLE[Math.floor(rnd() * RESPONSIBLE.length)]!,
			committee_body_id: idOf.get(committee)!,
			is_closed: closed
		});
		chain.forEach((m, position) => {
			const [code, role] = path[position]!;
			stages.push({ case_id: id, position, body_id: idOf.get(code)!, role, min_gap_days: 1, after_previous_before_deadline: false, meeting_id: m.id, status: m.start < now ? 'treated' : 'planned' });
		});
		if (!showcaseCaseId && !closed && path.length === 5) showcaseCaseId = id;
	}
	if (!showcaseCaseId) throw new Error(`${year}: ingen åben sag med fem trin`);
	return { cases, stages, showcaseCaseId };
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
	const cases = years.reduce((s, y) => s + y.cases, 0);
	const stages = years.reduce((s, y) => s + y.stages, 0);
	console.log(`${BENCH_BODIES.length} organer, ${meetings} møder, ${cases} sager med ${stages} trin, ${events} begivenheder på ${Math.round(performance.now() - started)} ms`);
}
