import type { z } from 'zod';
import type { eventCreateSchema } from '../../schemas/calendar.ts';
import type { EventInput } from './service.ts';

/** The validated form or JSON of an event as the editing service takes it. */
export function toEventInput(v: z.output<typeof eventCreateSchema>): EventInput {
	return {
		title: v.title,
		description: v.description,
		category: v.category,
		location: v.location,
		public: v.public,
		body: v.body,
		when: v.allDay ? { allDay: true, startDate: v.startDate, endDate: v.endDate } : { allDay: false, date: v.date, start: v.start, end: v.end, ...(v.endDate ? { endDate: v.endDate } : {}) }
	};
}
