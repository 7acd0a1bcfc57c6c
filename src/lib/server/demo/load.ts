import { Temporal } from 'temporal-polyfill';
import { sql, type Kysely } from 'kysely';
import type { PlanSpec } from '../../domain/meeting-plan.ts';
import { ZONE } from '../../domain/zone.ts';
import { countBodies } from '../bodies/repository.ts';
import type { DB } from '../db/schema.ts';
import { toDate } from '../db/temporal.ts';
import { loadWorkingCalendar } from '../closures/repository.ts';
import { acceptPlan } from '../plans/repository.ts';
import { createDemoUsers } from '../auth/bootstrap.ts';
import { loadDemoCases } from './demo-cases.ts';
import { pinDemoBriefings } from './demo-cycles.ts';
import { DEMO_BODIES, DEMO_CLOSURES, demoEvents } from './demo-data.ts';

const instantOf = (date: string, time: string) =>
	toDate(Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant());

/** The December council meeting is held on the second Tuesday, before the Christmas closures. */
function decemberCouncilDate(year: number): string {
	const first = Temporal.PlainDate.from({ year, month: 12, day: 1 });
	return first.add({ days: ((2 - first.dayOfWeek + 7) % 7) + 7 }).toString();
}

/**
 * Loads the demo years 2023 … the year after `today` into an empty database, all in one
 * transaction and every row marked as demo data. Returns false (and touches nothing) when the
 * database already holds bodies.
 */
export async function loadDemoIfEmpty(db: Kysely<DB>, today: Temporal.PlainDate): Promise<boolean> {
	return db.transaction().execute(async (tx) => {
		// Serialises two app instances starting at once against the same empty database.
		await sql`select pg_advisory_xact_lock(20231)`.execute(tx);
		if ((await countBodies(tx)) > 0) return false;
		const years = Array.from({ length: today.year + 1 - 2023 + 1 }, (_, i) => 2023 + i);

		const bodies = new Map<string, Awaited<ReturnType<typeof insertBody>>>();
		const insertBody = (b: (typeof DEMO_BODIES)[number], order: number) =>
			tx
				.insertInto('body')
				.values({
					code: b.code,
					slug: b.slug,
					name: b.name,
					kind: b.kind,
					color: b.color,
					is_public: b.isPublic,
					default_start_time: b.start,
					default_duration_minutes: b.minutes,
					default_location: b.location,
					deadline_working_days: b.deadlineDays,
					deadline_time: b.deadlineTime,
					sort_order: order,
					is_demo: true
				})
				.returningAll()
				.executeTakeFirstOrThrow();
		for (const [i, b] of DEMO_BODIES.entries()) bodies.set(b.code, await insertBody(b, i * 10));

		await tx
			.insertInto('closure')
			.values(
				years.flatMap((y) =>
					DEMO_CLOSURES(y).map((c) => ({
						name: c.name,
						from_date: c.from,
						to_date: c.to,
						body_id: c.bodyCode ? bodies.get(c.bodyCode)!.id : null,
						is_demo: true
					}))
				)
			)
			.execute();
		const cal = await loadWorkingCalendar(tx);

		const kb = bodies.get('KB')!;
		for (const year of years) {
			// KB first: ØK's plan is anchored on the council meetings.
			for (const b of DEMO_BODIES) {
				const body = bodies.get(b.code)!;
				const spec: PlanSpec = {
					rule: b.plan.rule,
					startTime: Temporal.PlainTime.from(b.start),
					durationMinutes: b.minutes,
					excludeMonths: b.plan.excludeMonths,
					onDayOff: b.plan.onDayOff
				};
				await acceptPlan(tx, cal, body, year, spec, { isDemo: true });
				if (b.code === 'KB') {
					const date = decemberCouncilDate(year);
					await tx
						.insertInto('meeting')
						.values({
							body_id: kb.id,
							starts_at: instantOf(date, '17:00'),
							ends_at: instantOf(date, '21:00'),
							location: kb.default_location,
							note: year % 4 === 1 ? 'Konstituerende møde for den nye kommunalbestyrelse (KSL § 6)' : 'Decembermødet holdes før jul',
							is_constitutive: year % 4 === 1,
							is_demo: true
						})
						.execute();
				}
			}
			for (const e of demoEvents(year)) {
				await tx
					.insertInto('event')
					.values({
						title: e.title,
						description: e.description,
						category: e.category,
						all_day: !!e.days,
						start_date: e.days?.from ?? null,
						end_date: e.days?.to ?? null,
						starts_at: e.at ? instantOf(e.at.date, e.at.start) : null,
						ends_at: e.at ? instantOf(e.at.date, e.at.end) : null,
						location: e.location,
						is_public: e.isPublic,
						body_id: e.bodyCode ? bodies.get(e.bodyCode)!.id : null,
						is_demo: true
					})
					.execute();
			}
		}
		await pinDemoBriefings(tx);
		await createDemoUsers(tx);
		await loadDemoCases(tx, years.at(-1)!, today.toZonedDateTime(ZONE).toInstant());
		return true;
	});
}
