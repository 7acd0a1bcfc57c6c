import { Temporal } from 'temporal-polyfill';
import type { EventListItem } from '../../../src/lib/server/events/repository.ts';
import type { MeetingListItem } from '../../../src/lib/server/meetings/repository.ts';
import { ZONE } from '../../../src/lib/domain/zone.ts';

/** Hand-made rows as the repositories return them; wall-clock times are Copenhagen. */
export const ORIGIN = 'https://aarshjul.example.dk';

export const at = (local: string): Date => new Date(Temporal.PlainDateTime.from(local).toZonedDateTime(ZONE).epochMilliseconds);

export function meetingRow(over: Partial<MeetingListItem> & { id: string; starts_at: Date; ends_at: Date }): MeetingListItem {
	return {
		body_id: 8,
		body_code: 'DIR',
		body_name: 'Direktionen',
		body_kind: 'executive-board',
		body_color: '#37474f',
		body_is_public: true,
		location: 'Direktionens mødelokale, Rådhuset, Grenaa',
		status: 'planned',
		note: '',
		sequence: 0,
		version: 1,
		updated_at: new Date('2026-01-05T10:15:30.250Z'),
		...over
	};
}

export function eventRow(over: Partial<EventListItem> & { id: string; title: string }): EventListItem {
	return {
		description: '',
		category: 'other',
		all_day: false,
		starts_at: null,
		ends_at: null,
		start_date: null,
		end_date: null,
		location: '',
		is_public: true,
		body_id: null,
		body_code: null,
		sequence: 0,
		is_demo: false,
		version: 1,
		created_at: new Date('2025-12-01T08:00:00Z'),
		updated_at: new Date('2026-02-01T09:00:00Z'),
		...over
	} as EventListItem;
}
