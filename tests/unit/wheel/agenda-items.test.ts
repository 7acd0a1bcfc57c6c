import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { buildAgenda } from '../../../src/lib/wheel/agenda.ts';
import { apiRange, eventInput, meetingInput } from '../../../src/lib/wheel/calendar-events.ts';
import { eventItem, meetingItem } from '../../../src/lib/wheel/items.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

describe('meetingItem', () => {
	it('names the council meeting of 23 May 2023 as the wheel reads it aloud', () => {
		const item = meetingItem(
			{
				id: 'm1',
				body_code: 'KB',
				body_name: 'Kommunalbestyrelsen',
				body_kind: 'council',
				body_color: '#8c2d19',
				starts_at: new Date('2023-05-23T15:00:00Z'),
				ends_at: new Date('2023-05-23T19:00:00Z'),
				location: 'Byrådssalen',
				status: 'planned',
				note: '',
				cycle: { key: '2023-05-23', name: 'Rul maj 2023', councilDate: d('2023-05-23') }
			},
		);
		expect(item).toMatchObject({
			ringId: 'kb',
			date: '2023-05-23',
			minutes: 1020,
			time: '17.00–21.00',
			name: 'Kommunalbestyrelsen, tirsdag 23. maj 2023 kl. 17.00, Rul maj 2023',
			href: '/moeder/m1',
			cancelled: false
		});
	});

	it('names the fixed items on a board meeting, e.g. Månedsgrebet at the start of a cycle', () => {
		const item = meetingItem(
			{
				id: 'm2',
				body_code: 'DIR',
				body_name: 'Direktionen',
				body_kind: 'executive-board',
				body_color: '#37474f',
				starts_at: new Date('2023-04-26T07:00:00Z'),
				ends_at: new Date('2023-04-26T10:00:00Z'),
				location: '',
				status: 'planned',
				note: '',
				cycle: { key: '2023-05-23', name: 'Rul maj 2023', councilDate: d('2023-05-23') }
			},
			['Direktionens årsplan', 'Månedsgrebet']
		);
		expect(item.fixedItems).toEqual(['Direktionens årsplan', 'Månedsgrebet']);
		expect(item.name).toBe('Direktionen, onsdag 26. april 2023 kl. 09.00, Rul maj 2023, faste punkter: Direktionens årsplan; Månedsgrebet');
	});

	it('says a cancelled meeting is cancelled', () => {
		const item = meetingItem(
			{
				id: 'm2',
				body_code: 'ØK',
				body_name: 'Økonomiudvalget',
				body_kind: 'finance-committee',
				body_color: '#b5651d',
				starts_at: new Date('2023-12-05T15:00:00Z'),
				ends_at: new Date('2023-12-05T17:00:00Z'),
				location: '',
				status: 'cancelled',
				note: '',
				cycle: null
			}
		);
		expect([item.name, item.ringId, item.cancelled]).toEqual(['Økonomiudvalget, tirsdag 5. december 2023 kl. 16.00, aflyst', 'oek', true]);
	});
});

describe('eventItem', () => {
	it('describes a two-day seminar by its first and last day and links to the list', () => {
		const item = eventItem({
			id: 'e1',
			title: 'KB-seminar',
			description: '',
			category: 'seminar',
			all_day: true,
			start_date: '2024-01-22',
			end_date: '2024-01-23',
			starts_at: null,
			ends_at: null,
			location: '',
			body_code: 'KB'
		});
		expect([item.name, item.minutes, item.href, item.categoryLabel]).toEqual([
			'KB-seminar, mandag 22. januar 2024 til tirsdag 23. januar 2024',
			null,
			'/begivenheder/e1',
			'Seminar'
		]);
	});

	it('gives a timed reception its local clock times', () => {
		const item = eventItem({
			id: 'e2',
			title: 'Nytårskur',
			description: '',
			category: 'reception',
			all_day: false,
			start_date: null,
			end_date: null,
			starts_at: new Date('2024-01-09T15:00:00Z'),
			ends_at: new Date('2024-01-09T17:00:00Z'),
			location: '',
			body_code: null
		});
		expect([item.when, item.minutes, item.start, item.end]).toEqual(['tirsdag 9. januar 2024 kl. 16.00–18.00', 960, '2024-01-09', '2024-01-09']);
	});
});

describe('buildAgenda', () => {
	it('groups by month, ISO week and day, and splits a week that straddles two months', () => {
		const months = buildAgenda(
			d('2023-01-01'),
			d('2023-12-31'),
			[
				{ id: 'b', date: '2023-06-01', minutes: 900 },
				{ id: 'a', date: '2023-05-31', minutes: 540 },
				{ id: 'c', date: '2023-06-01', minutes: 540 }
			],
			[{ id: 'x', start: '2022-12-30', minutes: null }]
		);
		expect(
			months.map((m) => [m.name, m.weeks.map((w) => [w.week, w.days.map((day) => [day.date, day.meetings.map((x) => x.id), day.events.map((x) => x.id)])])])
		).toEqual([
			['januar', [[52, [['2023-01-01', [], ['x']]]]]],
			['maj', [[22, [['2023-05-31', ['a'], []]]]]],
			['juni', [[22, [['2023-06-01', ['c', 'b'], []]]]]]
		]);
		expect(months[1]?.weeks[0]?.days[0]?.label).toBe('onsdag 31. maj 2023');
	});
});

describe('FullCalendar inputs', () => {
	it('turns the visible range into the API inclusive days', () => {
		expect(apiRange('2023-04-24T00:00:00+02:00', '2023-06-05T00:00:00+02:00')).toEqual({ from: '2023-04-24', to: '2023-06-04' });
	});

	it('ends an all-day event the day after its last day, as FullCalendar wants', () => {
		const input = eventInput({ id: 'e1', title: 'KB-seminar', category: 'seminar', allDay: true, startDate: '2024-01-22', endDate: '2024-01-23', location: '', body: 'KB' });
		expect([input.start, input.end, input.allDay, input.color]).toEqual(['2024-01-22', '2024-01-24', true, '#6d4c9f']);
	});

	it('colours a meeting by its body and strikes a cancelled one', () => {
		const input = meetingInput(
			{ id: 'm', body: 'KB', bodyName: 'Kommunalbestyrelsen', start: '2023-05-23T17:00:00+02:00', end: '2023-05-23T21:00:00+02:00', status: 'cancelled', location: '', note: '', rul: null, version: 3 },
			'#8c2d19'
		);
		expect([input.id, input.title, input.color, input.className]).toEqual(['meeting-m', 'KB Kommunalbestyrelsen (aflyst)', '#8c2d19', 'meeting is-cancelled']);
	});
});
