import { Temporal } from 'temporal-polyfill';
import { localDate } from '../../domain/day-range.ts';
import type { EventListItem } from '../events/repository.ts';
import type { MeetingListItem } from '../meetings/repository.ts';
import { toInstant } from '../db/temporal.ts';
import type { FeedItem } from './render.ts';

/**
 * A timestamptz column read from a row. schema.ts types updated_at as Generated<Timestamp>, which
 * Kysely selects as the ColumnType wrapper rather than Date; at run time it is always a Date.
 */
export function rowTime(value: unknown): Date {
	if (!(value instanceof Date)) throw new TypeError('Forventede et tidsstempel fra databasen');
	return value;
}

/** Where a feed item links back to: the body's page for that year, or the wheel of the year. */
export function bodyPageUrl(origin: string, slug: string, year: number): string {
	return `${origin}/organer/${encodeURIComponent(slug)}?year=${year}`;
}

export function yearPageUrl(origin: string, year: number): string {
	return `${origin}/?year=${year}`;
}

/** A case stage of a personal feed's subscriber, shown in the meeting it is treated at. */
export interface StageOnMeeting {
	title: string;
	role: string;
	status: string;
	url: string;
}

/**
 * A meeting as a feed item. The UID is the row's id, so a moved meeting keeps it. The open part
 * of its agenda, when given, goes into the description. A personal feed passes the subscriber's
 * own case stages at the meeting: they are named in the summary and listed in the description,
 * so the meeting stays one busy block with one reminder.
 */
export function meetingItem(
	m: MeetingListItem,
	bodySlug: string,
	origin: string,
	agenda?: { lines: string[]; updatedAt: Date | null },
	stages: StageOnMeeting[] = []
): FeedItem {
	const start = toInstant(m.starts_at);
	const url = bodyPageUrl(origin, bodySlug, localDate(start).year);
	const cancelled = m.status === 'cancelled';
	const lines = [
		cancelled ? 'Mødet er aflyst.' : '',
		`Møde i ${m.body_name} (${m.body_code}).`,
		m.location ? `Sted: ${m.location}` : '',
		m.note,
		stages.length ? `Dine sager på mødet:\n${stages.map((st) => `- ${st.title} (${st.role}, ${st.status.toLowerCase()}): ${st.url}`).join('\n')}` : '',
		agenda?.lines.length ? `Dagsorden:\n${agenda.lines.join('\n')}` : '',
		`Mødet: ${origin}/moeder/${m.id}`,
		`Mødeplan: ${url}`
	];
	const updatedAt = rowTime(m.updated_at);
	return {
		uid: `meeting-${m.id}@aarshjul`,
		sequence: m.sequence,
		updatedAt: agenda?.updatedAt && agenda.updatedAt > updatedAt ? agenda.updatedAt : updatedAt,
		timing: { allDay: false, start, end: toInstant(m.ends_at) },
		summary: `${cancelled ? 'AFLYST: ' : ''}${m.body_name}${stages.length ? `: ${stages.map((st) => `${st.title} (${st.role})`).join('; ')}` : ''}`,
		description: lines.filter(Boolean).join('\n'),
		location: m.location,
		url,
		status: cancelled ? 'cancelled' : m.status === 'confirmed' ? 'confirmed' : null
	};
}

/** An event (seminar, reception, deadline …) as a feed item; all-day events keep their calendar days. */
export function eventItem(e: EventListItem, bodySlug: string | null, origin: string): FeedItem {
	const timing: FeedItem['timing'] = e.all_day
		? { allDay: true, firstDay: Temporal.PlainDate.from(e.start_date!), lastDay: Temporal.PlainDate.from(e.end_date!) }
		: { allDay: false, start: toInstant(e.starts_at!), end: toInstant(e.ends_at!) };
	const year = timing.allDay ? timing.firstDay.year : localDate(timing.start).year;
	const url = bodySlug ? bodyPageUrl(origin, bodySlug, year) : yearPageUrl(origin, year);
	const lines = [e.description, e.location ? `Sted: ${e.location}` : '', `Se mere: ${url}`];
	return {
		uid: `event-${e.id}@aarshjul`,
		sequence: e.sequence,
		updatedAt: rowTime(e.updated_at),
		timing,
		summary: e.title,
		description: lines.filter(Boolean).join('\n'),
		location: e.location,
		url,
		status: null
	};
}
