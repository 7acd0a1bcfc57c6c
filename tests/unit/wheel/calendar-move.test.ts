import { describe, expect, it } from 'vitest';
import { eventInput, meetingInput, movedTimes, type ApiMeeting } from '../../../src/lib/wheel/calendar-events.ts';

const OK: ApiMeeting = {
	id: 'a1',
	body: 'ØK',
	bodyName: 'Økonomiudvalget',
	start: '2027-06-15T16:00:00+02:00',
	end: '2027-06-15T18:00:00+02:00',
	status: 'planned',
	location: '',
	note: '',
	rul: null,
	version: 4
};

describe('dragging meetings in the calendar', () => {
	it('lets only those who may edit drag a meeting, never resize it, and links it to its page', () => {
		const reader = meetingInput(OK, '#1565c0');
		const secretariat = meetingInput(OK, '#1565c0', true);
		expect([reader.startEditable, reader.durationEditable, reader.url]).toEqual([false, false, '/moeder/a1']);
		expect([secretariat.startEditable, secretariat.durationEditable]).toEqual([true, false]);
		expect(secretariat.extendedProps.version).toBe(4);
	});

	it('never makes an event draggable', () => {
		const input = eventInput({ id: 'e', title: 'Seminar', category: 'seminar', allDay: true, startDate: '2027-06-01', endDate: '2027-06-01', location: '', body: null });
		expect([input.startEditable, input.durationEditable, input.url]).toEqual([false, false, undefined]);
	});

	it('reads a dropped meeting in Copenhagen time, summer and winter', () => {
		// 14.00Z is 16.00 in Copenhagen in summer (UTC+2) and 15.00 in winter (UTC+1).
		expect(movedTimes(new Date('2027-06-22T14:00:00Z'), new Date('2027-06-22T16:00:00Z'))).toEqual({ date: '2027-06-22', start: '16:00', end: '18:00' });
		expect(movedTimes(new Date('2027-01-12T14:30:00Z'), new Date('2027-01-12T16:00:00Z'))).toEqual({ date: '2027-01-12', start: '15:30', end: '17:00' });
	});

	it('gives the Copenhagen day of a drop just after local midnight, when UTC is still the day before', () => {
		expect(movedTimes(new Date('2027-06-21T22:30:00Z'), new Date('2027-06-21T23:30:00Z'))).toEqual({ date: '2027-06-22', start: '00:30', end: '01:30' });
	});
});
