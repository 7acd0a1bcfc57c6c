/** Event categories in Danish, with the colour the wheel, the calendar and the legend share. */
export const EVENT_CATEGORIES = [
	{ id: 'seminar', label: 'Seminar', color: '#6d4c9f' },
	{ id: 'reception', label: 'Reception', color: '#c17d11' },
	{ id: 'deadline', label: 'Frist', color: '#c62828' },
	{ id: 'budget', label: 'Budget', color: '#00796b' },
	{ id: 'other', label: 'Andet', color: '#546e7a' }
] as const;

export type EventCategoryId = (typeof EVENT_CATEGORIES)[number]['id'];

const OTHER = EVENT_CATEGORIES[4];

export function eventCategory(id: string): (typeof EVENT_CATEGORIES)[number] {
	return EVENT_CATEGORIES.find((c) => c.id === id) ?? OTHER;
}
