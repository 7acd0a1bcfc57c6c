import { describe, expect, it } from 'vitest';
import { eventItem, packEvent, receiveCases, receiveEvents, sendCases, sendEvents, type EventSource } from '../../../src/lib/wheel/items.ts';

const source = (id: string, extra: Partial<EventSource>): EventSource =>
	({ id, title: 'KB-seminar', category: 'seminar', all_day: true, start_date: '2027-02-02', end_date: '2027-02-03', starts_at: null, ends_at: null, location: 'Rådhuset', description: 'Om budgettet', body_code: 'KB', ...extra }) as EventSource;

describe('packed events and cases', () => {
	const events = [
		source('e1', {}),
		source('e2', { title: 'Nytårskur', category: 'reception', all_day: false, start_date: null, end_date: null, starts_at: new Date('2027-01-08T15:00:00Z'), ends_at: new Date('2027-01-08T17:00:00Z'), body_code: null }),
		// A timed event over two days says both days and both times.
		source('e3', { title: 'Budgetseminar', all_day: false, start_date: null, end_date: null, starts_at: new Date('2027-08-26T07:00:00Z'), ends_at: new Date('2027-08-27T13:00:00Z') })
	].map(eventItem);

	it('unpack into exactly the items the server made, after a trip through JSON', () => {
		expect(receiveEvents(JSON.parse(JSON.stringify(sendEvents(events))))).toEqual(events);
		expect(events.map((e) => [e.name, e.label, e.href])).toEqual([
			['KB-seminar, tirsdag 2. februar 2027 til onsdag 3. februar 2027', 'KB-seminar 2/2–3/2', '/begivenheder/e1'],
			['Nytårskur, fredag 8. januar 2027 kl. 16.00–18.00', 'Nytårskur 8/1', '/begivenheder/e2'],
			['Budgetseminar, torsdag 26. august 2027 kl. 09.00 til fredag 27. august 2027 kl. 15.00', 'Budgetseminar 26/8–27/8', '/begivenheder/e3']
		]);
		// Neither the category's name and colour nor the names and address travel: they follow from the facts.
		expect(packEvent(events[1]!)).toEqual(['e2', 'Nytårskur', 'reception', '2027-01-08', '2027-01-08', 960, 'fredag 8. januar 2027 kl. 16.00–18.00', 'Rådhuset', 'Om budgettet', null]);
	});

	it('a case choice survives packing', () => {
		const c = { id: 'c1', title: 'Budget 2028–2031', closed: false, unit: 'Økonomi', days: ['2027-08-25', '2027-09-28'] };
		expect(receiveCases(JSON.parse(JSON.stringify(sendCases([c]))))).toEqual([c]);
	});
});
