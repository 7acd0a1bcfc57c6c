/** What an event (begivenhed) is: a seminar, a reception, a deadline, a budget event, or other. */
export const EVENT_CATEGORIES = ['seminar', 'reception', 'deadline', 'budget', 'other'] as const;

export type EventCategory = (typeof EVENT_CATEGORIES)[number];
