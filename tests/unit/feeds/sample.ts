import { eventItem, meetingItem } from '../../../src/lib/server/feeds/items.ts';
import type { FeedCalendar } from '../../../src/lib/server/feeds/render.ts';
import { at, eventRow, meetingRow, ORIGIN } from './fixtures.ts';

/**
 * A small feed from hand-made rows: DIR on both sides of the 2026 spring and autumn changes,
 * a cancelled council meeting, a two-day seminar and a one-day deadline. Also run as a script
 * (`node tests/unit/feeds/sample.ts`) by the time-zone test, to render under another TZ.
 */
export const DIR_SPRING_WINTER = '11111111-1111-4111-8111-111111111111';
export const DIR_SPRING_SUMMER = '22222222-2222-4222-8222-222222222222';
export const DIR_AUTUMN_SUMMER = '33333333-3333-4333-8333-333333333333';
export const DIR_AUTUMN_WINTER = '44444444-4444-4444-8444-444444444444';
export const KB_CANCELLED = '55555555-5555-4555-8555-555555555555';
export const SEMINAR = '66666666-6666-4666-8666-666666666666';
export const DEADLINE = '77777777-7777-4777-8777-777777777777';

const dir = (id: string, day: string) => meetingRow({ id, starts_at: at(`${day}T09:00`), ends_at: at(`${day}T12:00`) });

export function sampleCalendar(): FeedCalendar {
	return {
		name: 'Årshjul – prøve',
		description: 'Møder og begivenheder til test',
		items: [
			meetingItem(dir(DIR_SPRING_WINTER, '2026-03-25'), 'direktionen', ORIGIN),
			meetingItem(dir(DIR_SPRING_SUMMER, '2026-04-01'), 'direktionen', ORIGIN),
			meetingItem(dir(DIR_AUTUMN_SUMMER, '2026-10-21'), 'direktionen', ORIGIN),
			meetingItem(dir(DIR_AUTUMN_WINTER, '2026-10-28'), 'direktionen', ORIGIN),
			meetingItem(
				meetingRow({
					id: KB_CANCELLED,
					body_id: 1,
					body_code: 'KB',
					body_name: 'Kommunalbestyrelsen',
					body_kind: 'council',
					starts_at: at('2026-06-23T17:00'),
					ends_at: at('2026-06-23T21:00'),
					location: 'Byrådssalen, Rådhuset, Grenaa',
					status: 'cancelled',
					note: 'Aflyst; sagerne behandles 25. august',
					sequence: 2,
					updated_at: new Date('2026-05-30T07:45:00Z')
				}),
				'kommunalbestyrelsen',
				ORIGIN
			),
			eventItem(
				eventRow({ id: SEMINAR, title: 'KB-seminar', category: 'seminar', all_day: true, start_date: '2026-01-19', end_date: '2026-01-20', location: 'Konferencecenter, Djursland', description: 'Kommunalbestyrelsens seminar (to dage).', body_id: 1, body_code: 'KB' }),
				'kommunalbestyrelsen',
				ORIGIN
			),
			eventItem(
				eventRow({ id: DEADLINE, title: 'Frist: budgetvedtagelse', category: 'deadline', all_day: true, start_date: '2026-10-15', end_date: '2026-10-15', description: 'Kommunalbestyrelsen vedtager budgettet senest 15. oktober (KSL § 38).' }),
				null,
				ORIGIN
			)
		]
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { renderFeed } = await import('../../../src/lib/server/feeds/render.ts');
	process.stdout.write(renderFeed(sampleCalendar()));
}
