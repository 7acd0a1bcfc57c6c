import { describe, expect, it } from 'vitest';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';

const TZ = ['BEGIN:VTIMEZONE', 'TZID:Europe/Copenhagen', 'END:VTIMEZONE'];
const cal = (...event: string[]) =>
	['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//DA', ...TZ, 'BEGIN:VEVENT', 'UID:a@x', 'DTSTAMP:20260101T100000Z', ...event, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
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
		expect(lintIcs(cal(...timed, `SUMMARY:${'æ'.repeat(38)}`))).toEqual(['linje 12 har 84 oktetter']);
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

	it('finds calendar properties after a component and event properties after the alarm', () => {
		const late = cal(...timed).replace('END:VEVENT\r\nEND:VCALENDAR', 'END:VEVENT\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nEND:VCALENDAR');
		expect(lintIcs(late)).toEqual(['REFRESH-INTERVAL står efter en komponent i VCALENDAR']);
		const alarmFirst = cal(...timed, 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT1H', 'DESCRIPTION:x', 'END:VALARM', 'URL:https://x.dk');
		expect(lintIcs(alarmFirst)).toEqual(['URL står efter en komponent i VEVENT']);
	});

	it('finds an END without its BEGIN, a missing PRODID and a missing END', () => {
		expect(lintIcs(cal(...timed, 'END:VALARM'))).toEqual(['END:VALARM uden tilsvarende BEGIN']);
		expect(lintIcs(cal(...timed).replace('PRODID:-//test//DA\r\n', ''))).toEqual(['VCALENDAR mangler PRODID']);
		expect(lintIcs(cal(...timed).replace('END:VCALENDAR\r\n', ''))).toEqual(['slutter ikke med END:VCALENDAR', 'VCALENDAR mangler END']);
	});

	it('finds unescaped commas and semicolons and unknown escapes in TEXT', () => {
		expect(lintIcs(cal(...timed, 'SUMMARY:a\\, b\\; c\\\\ d\\n'))).toEqual([]);
		expect(lintIcs(cal(...timed, 'LOCATION:Sal 1, Rådhuset'))).toEqual(['LOCATION har et ikke-escapet , i TEXT']);
		expect(lintIcs(cal(...timed, 'DESCRIPTION:a\\\\;b'))).toEqual(['DESCRIPTION har et ikke-escapet ; i TEXT']);
		expect(lintIcs(cal(...timed, 'SUMMARY:a\\tb'))).toEqual(['SUMMARY har en ugyldig escape \\t']);
	});

	it('finds a fold inside a UTF-8 sequence when given the bytes', () => {
		const bytes = new TextEncoder().encode(cal(...timed, 'SUMMARY:æ'));
		const at = bytes.indexOf(0xc3);
		const split = new Uint8Array([...bytes.slice(0, at + 1), 0x0d, 0x0a, 0x20, ...bytes.slice(at + 1)]);
		expect(lintIcs(bytes)).toEqual([]);
		expect(lintIcs(split)).toEqual(['ugyldig UTF-8 (en foldning deler et tegn?)']);
	});
});
