import { EVENT_CATEGORIES, type EventCategory } from '../domain/events.ts';
import { CATEGORY_LABEL } from '../labels.ts';

/** The colour of each event category, shared by the wheel, the calendar and the legend. */
const COLOR: Record<EventCategory, string> = {
	seminar: '#6d4c9f',
	reception: '#c17d11',
	deadline: '#c62828',
	budget: '#00796b',
	other: '#546e7a'
};

export interface CategoryStyle {
	id: EventCategory;
	label: string;
	color: string;
}

/** Event categories in Danish, with their colours, in the domain's order. */
export const CATEGORY_STYLES: readonly CategoryStyle[] = EVENT_CATEGORIES.map((id) => ({ id, label: CATEGORY_LABEL[id], color: COLOR[id] }));

const byId = new Map(CATEGORY_STYLES.map((c) => [c.id as string, c]));

export function eventCategory(id: string): CategoryStyle {
	return byId.get(id) ?? byId.get('other')!;
}
