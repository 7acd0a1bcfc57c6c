import { describe, expect, it } from 'vitest';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';

const TZ = ['BEGIN:VTIMEZONE', 'TZID:Europe/Copenhagen', 'END:VTIMEZONE'];
const cal = (...event: string[]) =>
	['BEGIN:VCALENDAR', 'VERSION:2.0', ...TZ, 'BEGIN:VEVENT', 'UID:a@x', 'DTSTAMP:20260101T100000Z', ...event, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
const timed = ['DTSTART;TZID=Europe/Copenhagen:20260325T090000', 'DTEND;TZID=Europe/Copenhagen:20260325T120000'];

describe('lintIcs', () => {
	it('accepts a clean calendar', () => {
		expect(lintIcs(cal(...timed))).toEqual([]);
	});

	it('finds bare LF line breaks and a missing final CRLF', () => {
		expect(lintIcs(cal(...timed, 'SUMMARY:a\nb'))).toEqual(['linjeskift der ikke er CRLF']);
		expect(lintIcs(cal(...timed, 'SUMMARY:a\rb'))).toEqual(['linjeskift der ikke er CRLF']);
		expect(lintIcs(cal(...timed).slice(0, -2))).toEqual(['sidste linje slutter ikke med CRLF']);
	});

	it('counts octets, not characters: 38 × "æ" after "SUMMARY:" is 84 octets', () => {
		expect(lintIcs(cal(...timed, `SUMMARY:${'æ'.repeat(38)}`))).toEqual(['linje 11 har 84 oktetter']);
	});

	it('finds a TZID without its VTIMEZONE', () => {
		expect(lintIcs(cal('DTSTART;TZID=Europe/Berlin:20260325T090000', 'DTEND;TZID=Europe/Berlin:20260325T100000'))).toEqual([
			'DTSTART bruger TZID=Europe/Berlin uden VTIMEZONE',
			'DTEND bruger TZID=Europe/Berlin uden VTIMEZONE'
		]);
	});

	it('finds a DTSTAMP in local time and floating start and end', () => {
		const text = cal('DTSTART:20260325T090000', 'DTEND:20260325T100000').replace('DTSTAMP:20260101T100000Z', 'DTSTAMP:20260101T100000');
		expect(lintIcs(text)).toEqual(['VEVENT a@x: DTSTAMP 20260101T100000 er ikke UTC', 'VEVENT a@x: DTSTART er flydende tid', 'VEVENT a@x: DTEND er flydende tid']);
	});

	it('finds an end not after its start, for times and for dates', () => {
		expect(lintIcs(cal('DTSTART;TZID=Europe/Copenhagen:20260325T090000', 'DTEND;TZID=Europe/Copenhagen:20260325T090000'))).toEqual([
			'VEVENT a@x: DTEND 20260325T090000 ligger ikke efter DTSTART 20260325T090000'
		]);
		expect(lintIcs(cal('DTSTART;VALUE=DATE:20260120', 'DTEND;VALUE=DATE:20260119'))).toEqual(['VEVENT a@x: DTEND 20260119 ligger ikke efter DTSTART 20260120']);
	});

	it('reads folded lines as one', () => {
		expect(lintIcs(cal('DTSTART;TZID=Europe/Copenhagen:20260325T09', ' 0000', ...timed.slice(1)))).toEqual([]);
	});
});
