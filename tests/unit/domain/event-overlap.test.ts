import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { overlappingMeetings, type EventSpan } from '../../../src/lib/domain/event-overlap.ts';

const at = (s: string) => Temporal.Instant.from(s);
const meeting = (id: string, start: string, end: string, cancelled = false) => ({ id, start: at(start), end: at(end), cancelled });
const day = (s: string) => Temporal.PlainDate.from(s);
const time = (s: string) => Temporal.PlainTime.from(s);

// ØK 6 March 2028 13–16 (CET), KB 8 March 2028 17–22, a cancelled HU 7 March 9–12.
const meetings = [
	meeting('ok', '2028-03-06T13:00:00+01:00', '2028-03-06T16:00:00+01:00'),
	meeting('hu', '2028-03-07T09:00:00+01:00', '2028-03-07T12:00:00+01:00', true),
	meeting('kb', '2028-03-08T17:00:00+01:00', '2028-03-08T22:00:00+01:00')
];

describe('an event overlapping meetings', () => {
	it('a timed event over several days overlaps the meetings between its start time on the first day and its end time on the last', () => {
		const span: EventSpan = { allDay: false, date: day('2028-03-06'), start: time('15:00'), endDate: day('2028-03-08'), end: time('12:00') };
		expect(overlappingMeetings(span, meetings).map((m) => m.id)).toEqual(['ok']);
		expect(overlappingMeetings({ ...span, end: time('17:01') }, meetings).map((m) => m.id)).toEqual(['ok', 'kb']);
	});

	it('touching ends do not overlap; a cancelled meeting never does', () => {
		expect(overlappingMeetings({ allDay: false, date: day('2028-03-06'), start: time('16:00'), endDate: day('2028-03-06'), end: time('17:00') }, meetings)).toEqual([]);
		expect(overlappingMeetings({ allDay: false, date: day('2028-03-06'), start: time('10:00'), endDate: day('2028-03-06'), end: time('13:00') }, meetings)).toEqual([]);
		expect(overlappingMeetings({ allDay: true, startDate: day('2028-03-07'), endDate: day('2028-03-07') }, meetings)).toEqual([]);
	});

	it('an all-day event covers its days whole, and a reversed span overlaps nothing', () => {
		expect(overlappingMeetings({ allDay: true, startDate: day('2028-03-06'), endDate: day('2028-03-08') }, meetings).map((m) => m.id)).toEqual(['ok', 'kb']);
		expect(overlappingMeetings({ allDay: true, startDate: day('2028-03-08'), endDate: day('2028-03-06') }, meetings)).toEqual([]);
	});
});
