import { z } from 'zod';
import { EVENT_CATEGORIES } from '../../domain/events.ts';
import { eventCategory, title } from '../../schemas/calendar.ts';

/**
 * What a personal feed holds, as the user chose it on /abonner or via POST /api/v1/feeds.
 * Stored as jsonb on feed_subscription and parsed again on every request, so a row written by an
 * older version of this schema still reads (missing fields take their defaults).
 */
const minutes = z
	.number({ error: 'Påmindelsen skal være et antal minutter' })
	.int({ error: 'Påmindelsen skal være et helt antal minutter' })
	.min(1, { error: 'Påmindelsen skal ligge mindst 1 minut før' })
	.max(7 * 24 * 60, { error: 'Påmindelsen kan højst ligge en uge før' })
	.nullable();

export const selectionSchema = z.object({
	/** Body codes whose meetings are included. */
	bodies: z.array(z.string().trim().min(1).max(20)).max(50).default([]),
	/** Event categories whose events are included. */
	categories: z.array(eventCategory).max(EVENT_CATEGORIES.length).default([]),
	/** The cases the user is responsible for (sagsansvarlig). */
	ownCases: z.boolean().default(false),
	/** For editors: every case of their unit (enhed). */
	unitCases: z.boolean().default(false),
	/** The write-up deadlines (frister) of those cases, as separate items. */
	deadlines: z.boolean().default(true),
	/** VALARM minutes before a deadline and before a meeting; null for no reminder. */
	reminders: z.object({ deadlineMinutes: minutes.default(null), meetingMinutes: minutes.default(null) }).default({ deadlineMinutes: null, meetingMinutes: null })
});

export type Selection = z.output<typeof selectionSchema>;

/** The request body of POST /api/v1/feeds. */
export const subscriptionInputSchema = z.object({
	name: title('Navnet'),
	selection: selectionSchema
		.refine((s) => s.bodies.length > 0 || s.categories.length > 0 || s.ownCases || s.unitCases, { error: 'Vælg mindst ét organ, én kategori eller dine sager' })
		.meta({ description: 'Mindst ét organ, én kategori, ownCases eller unitCases' })
});

/** The reminders the subscription page offers. */
export const DEADLINE_REMINDER_MINUTES = 24 * 60;
export const MEETING_REMINDER_MINUTES = 60;

/**
 * The subscription page's form: checkboxes arrive as repeated fields (`body`, `category`) or
 * 'on'; everything becomes the same selection the API takes.
 */
export function selectionFromForm(data: FormData): { name: string; selection: unknown } {
	const on = (key: string) => data.get(key) === 'on';
	const strings = (key: string) => data.getAll(key).filter((v): v is string => typeof v === 'string');
	return {
		name: String(data.get('name') ?? ''),
		selection: {
			bodies: strings('body'),
			categories: strings('category'),
			ownCases: on('ownCases'),
			unitCases: on('unitCases'),
			deadlines: on('deadlines'),
			reminders: {
				deadlineMinutes: on('remindDeadlines') ? DEADLINE_REMINDER_MINUTES : null,
				meetingMinutes: on('remindMeetings') ? MEETING_REMINDER_MINUTES : null
			}
		}
	};
}
