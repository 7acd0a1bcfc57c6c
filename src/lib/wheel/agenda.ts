import { Temporal } from 'temporal-polyfill';
import { longDate } from '../format.ts';
import { monthName } from './ticks.ts';

/**
 * The year as a list, month → ISO week → day, for screen readers and for reading: the same
 * meetings and events as the wheel. Only days with something on them are listed. A week that
 * straddles two months appears under both, each time with its own days; an event spanning
 * several days is listed once, on its first day within the range.
 */
export type AgendaDay<M, E> = { date: string; label: string; meetings: M[]; events: E[] };
export type AgendaWeek<M, E> = { week: number; weekYear: number; days: AgendaDay<M, E>[] };
export type AgendaMonth<M, E> = { year: number; month: number; name: string; weeks: AgendaWeek<M, E>[] };

export function buildAgenda<M extends { date: string; minutes: number }, E extends { start: string; minutes: number | null }>(
	from: Temporal.PlainDate,
	to: Temporal.PlainDate,
	meetings: readonly M[],
	events: readonly E[]
): AgendaMonth<M, E>[] {
	const days = new Map<string, AgendaDay<M, E>>();
	const dayOf = (iso: string): AgendaDay<M, E> | null => {
		const date = Temporal.PlainDate.from(iso);
		if (Temporal.PlainDate.compare(date, to) > 0) return null;
		const clamped = Temporal.PlainDate.compare(date, from) < 0 ? from : date;
		const key = clamped.toString();
		let day = days.get(key);
		if (!day) {
			day = { date: key, label: longDate(clamped), meetings: [], events: [] };
			days.set(key, day);
		}
		return day;
	};
	for (const m of meetings) dayOf(m.date)?.meetings.push(m);
	for (const e of events) dayOf(e.start)?.events.push(e);

	const months: AgendaMonth<M, E>[] = [];
	for (const day of [...days.values()].sort((a, b) => a.date.localeCompare(b.date))) {
		day.meetings.sort((a, b) => a.minutes - b.minutes);
		day.events.sort((a, b) => (a.minutes ?? -1) - (b.minutes ?? -1));
		const date = Temporal.PlainDate.from(day.date);
		let month = months.at(-1);
		if (!month || month.month !== date.month || month.year !== date.year) {
			month = { year: date.year, month: date.month, name: monthName(date.month), weeks: [] };
			months.push(month);
		}
		const week = date.weekOfYear ?? 0;
		const weekYear = date.yearOfWeek ?? date.year;
		let current = month.weeks.at(-1);
		if (!current || current.week !== week || current.weekYear !== weekYear) {
			current = { week, weekYear, days: [] };
			month.weeks.push(current);
		}
		current.days.push(day);
	}
	return months;
}
