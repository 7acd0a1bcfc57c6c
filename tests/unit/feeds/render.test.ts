import { describe, expect, it } from 'vitest';
import { meetingItem } from '../../../src/lib/server/feeds/items.ts';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';
import { fold, renderFeed, type FeedCalendar } from '../../../src/lib/server/feeds/render.ts';
import { at, meetingRow, ORIGIN } from './fixtures.ts';
import { parseFeed, parseFeedWithNodeIcal } from './parse.ts';
import { DEADLINE, DIR_AUTUMN_SUMMER, DIR_AUTUMN_WINTER, DIR_SPRING_SUMMER, DIR_SPRING_WINTER, KB_CANCELLED, SEMINAR, sampleCalendar } from './sample.ts';

const uid = (kind: string, id: string) => `${kind}-${id}@aarshjul`;
const lines = (ics: string) => ics.split('\r\n');
const eventOf = (ics: string, id: string) => parseFeed(ics).events.find((e) => e.uid === id)!;

describe('renderFeed, read back by ical.js', () => {
	const ics = renderFeed(sampleCalendar());

	it('resolves DIR at 09:00 to 08:00Z in winter and 07:00Z in summer across both 2026 changes', () => {
		const starts = Object.fromEntries(parseFeed(ics).events.filter((e) => !e.allDay).map((e) => [e.uid, [e.start, e.end]]));
		expect(starts).toEqual({
			[uid('meeting', DIR_SPRING_WINTER)]: ['2026-03-25T08:00:00.000Z', '2026-03-25T11:00:00.000Z'],
			[uid('meeting', DIR_SPRING_SUMMER)]: ['2026-04-01T07:00:00.000Z', '2026-04-01T10:00:00.000Z'],
			[uid('meeting', KB_CANCELLED)]: ['2026-06-23T15:00:00.000Z', '2026-06-23T19:00:00.000Z'],
			[uid('meeting', DIR_AUTUMN_SUMMER)]: ['2026-10-21T07:00:00.000Z', '2026-10-21T10:00:00.000Z'],
			[uid('meeting', DIR_AUTUMN_WINTER)]: ['2026-10-28T08:00:00.000Z', '2026-10-28T11:00:00.000Z']
		});
	});

	it('writes local Copenhagen times with the TZID of the one VTIMEZONE in the calendar', () => {
		expect(lines(ics)).toContain('DTSTART;TZID=Europe/Copenhagen:20260325T090000');
		expect(lines(ics)).toContain('DTEND;TZID=Europe/Copenhagen:20261028T120000');
		expect(lines(ics).filter((l) => l.startsWith('TZID:'))).toEqual(['TZID:Europe/Copenhagen']);
	});

	it('ends all-day events on the day after their last day, as VALUE=DATE', () => {
		expect(eventOf(ics, uid('event', SEMINAR))).toMatchObject({ allDay: true, start: '2026-01-19', end: '2026-01-21', summary: 'KB-seminar' });
		expect(eventOf(ics, uid('event', DEADLINE))).toMatchObject({ allDay: true, start: '2026-10-15', end: '2026-10-16' });
		expect(lines(ics)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20260119', 'DTEND;VALUE=DATE:20260121']));
	});

	it('shows a cancelled meeting as AFLYST with STATUS:CANCELLED and its raised sequence', () => {
		expect(eventOf(ics, uid('meeting', KB_CANCELLED))).toMatchObject({
			summary: 'AFLYST: Kommunalbestyrelsen',
			status: 'CANCELLED',
			sequence: 2,
			location: 'Byrådssalen, Rådhuset, Grenaa',
			description:
				'Mødet er aflyst.\nMøde i Kommunalbestyrelsen (KB).\nSted: Byrådssalen, Rådhuset, Grenaa\nAflyst; sagerne behandles 25. august\nMødet: https://aarshjul.example.dk/moeder/55555555-5555-4555-8555-555555555555\nMødeplan: https://aarshjul.example.dk/organer/kommunalbestyrelsen?year=2026',
			url: 'https://aarshjul.example.dk/organer/kommunalbestyrelsen?year=2026'
		});
	});

	it('gives a planned meeting no STATUS and links an event without a body to the year page', () => {
		expect(eventOf(ics, uid('meeting', DIR_SPRING_WINTER)).status).toBeNull();
		expect(eventOf(ics, uid('event', DEADLINE)).url).toBe('https://aarshjul.example.dk/?year=2026');
	});

	it('takes DTSTAMP and LAST-MODIFIED from updated_at, in UTC', () => {
		const block = ics.slice(ics.indexOf(`UID:${uid('meeting', KB_CANCELLED)}`), ics.indexOf('END:VEVENT', ics.indexOf(`UID:${uid('meeting', KB_CANCELLED)}`)));
		expect(lines(block).filter((l) => /^(DTSTAMP|LAST-MODIFIED|SEQUENCE)/.test(l))).toEqual(['SEQUENCE:2', 'DTSTAMP:20260530T074500Z', 'LAST-MODIFIED:20260530T074500Z']);
	});

	it('asks clients to refresh hourly', () => {
		expect(lines(ics)).toEqual(expect.arrayContaining(['REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H']));
	});

	it('passes the lint: CRLF, at most 75 octets a line, TZIDs defined, UTC stamps, ends after starts', () => {
		expect(lintIcs(ics)).toEqual([]);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
	});
});

describe('renderFeed is deterministic', () => {
	it('renders byte for byte the same twice and whatever order the rows come in', () => {
		const first = renderFeed(sampleCalendar());
		const shuffled = sampleCalendar();
		shuffled.items.reverse();
		expect(renderFeed(sampleCalendar())).toBe(first);
		expect(renderFeed(shuffled)).toBe(first);
	});

	it('keeps the UID of a moved meeting and carries its raised SEQUENCE and new stamp', () => {
		const row = meetingRow({ id: DIR_SPRING_SUMMER, starts_at: at('2026-04-01T09:00'), ends_at: at('2026-04-01T12:00') });
		const moved = { ...row, starts_at: at('2026-04-02T13:00'), ends_at: at('2026-04-02T15:00'), sequence: 1, updated_at: new Date('2026-03-20T12:00:00Z') };
		const feed = (m: typeof row): FeedCalendar => ({ name: 'Direktionen', description: '', items: [meetingItem(m, 'direktionen', ORIGIN)] });
		const [before] = parseFeed(renderFeed(feed(row))).events;
		const [after] = parseFeed(renderFeed(feed(moved))).events;
		expect(before).toMatchObject({ uid: uid('meeting', DIR_SPRING_SUMMER), sequence: 0, start: '2026-04-01T07:00:00.000Z' });
		expect(after).toMatchObject({ uid: uid('meeting', DIR_SPRING_SUMMER), sequence: 1, start: '2026-04-02T11:00:00.000Z', end: '2026-04-02T13:00:00.000Z' });
		expect(lines(renderFeed(feed(moved)))).toContain('DTSTAMP:20260320T120000Z');
	});
});

describe('renderFeed cleans and escapes text', () => {
	const hostile: FeedCalendar = {
		name: 'Årshjul\r\nX-INJECT:1;a,b\u0007',
		description: 'Linje 1\nBEGIN:VEVENT',
		items: [
			meetingItem(
				meetingRow({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', starts_at: at('2026-05-06T09:00'), ends_at: at('2026-05-06T12:00'), location: 'Sal 1\r\nEND:VEVENT', note: `Punkt; a, b\\c\u0000 ${'æøå'.repeat(40)}` }),
				'direktionen',
				ORIGIN
			)
		]
	};
	const ics = renderFeed(hostile);

	it('puts name and description on one line each, with control characters gone and TEXT escaped', () => {
		expect(lines(ics)).toEqual(expect.arrayContaining(['NAME:Årshjul X-INJECT:1\\;a\\,b', 'X-WR-CALNAME:Årshjul X-INJECT:1\\;a\\,b', 'X-WR-CALDESC:Linje 1 BEGIN:VEVENT']));
		expect(lines(ics).filter((l) => l.startsWith('X-INJECT') || l === 'BEGIN:VEVENT')).toEqual(['BEGIN:VEVENT']);
		expect(parseFeed(ics).name).toBe('Årshjul X-INJECT:1;a,b');
	});

	it('escapes ; , \\ and keeps a location on one line, so the parser reads back exactly the text', () => {
		const [e] = parseFeed(ics).events;
		expect(e?.location).toBe('Sal 1 END:VEVENT');
		expect(e?.description.split('\n')[3]).toBe(`Punkt; a, b\\c ${'æøå'.repeat(40)}`);
	});

	it('folds long lines of multi-byte text at no more than 75 octets', () => {
		const octets = lines(ics).map((l) => new TextEncoder().encode(l).byteLength);
		expect(Math.max(...octets)).toBeLessThanOrEqual(75);
		expect(lines(ics).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
		expect(lintIcs(ics)).toEqual([]);
	});
});

describe('a meeting with its open agenda', () => {
	it('lists the agenda in the description, closed items only as "Lukket punkt", and dates the item by the newest change', async () => {
		const { meetingItem } = await import('../../../src/lib/server/feeds/items.ts');
		const { meetingRow, at } = await import('./fixtures.ts');
		const row = meetingRow({ id: '66666666-6666-4666-8666-666666666666', starts_at: at('2027-06-15T16:00'), ends_at: at('2027-06-15T18:00'), body_code: 'ØK', body_name: 'Økonomiudvalget' });
		const agendaChanged = new Date('2026-02-01T08:00:00Z');
		const item = meetingItem(row, 'oekonomiudvalget', 'https://aarshjul.example.dk', { lines: ['1. Trivselsmåling og handleplan', '2. Lukket punkt'], updatedAt: agendaChanged });
		expect(item.description).toBe(
			'Møde i Økonomiudvalget (ØK).\nSted: Direktionens mødelokale, Rådhuset, Grenaa\nDagsorden:\n1. Trivselsmåling og handleplan\n2. Lukket punkt\nMødet: https://aarshjul.example.dk/moeder/66666666-6666-4666-8666-666666666666\nMødeplan: https://aarshjul.example.dk/organer/oekonomiudvalget?year=2027'
		);
		expect(item.updatedAt).toEqual(agendaChanged);
	});
});

describe('renderFeed follows RFC 5545 order and carries the body colour', () => {
	const calendar = sampleCalendar();
	calendar.color = '#1565c0';
	calendar.items[0] = { ...calendar.items[0]!, alarmMinutes: 60 };
	const ics = renderFeed(calendar);

	it('writes the calendar properties, colour and refresh times before the VTIMEZONE, and an event’s VALARM last', () => {
		const head = lines(ics).slice(0, lines(ics).indexOf('BEGIN:VTIMEZONE'));
		expect(head).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Aarshjul//Feeds//DA',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'NAME:Årshjul – prøve',
			'X-WR-CALNAME:Årshjul – prøve',
			'X-WR-CALDESC:Møder og begivenheder til test',
			'COLOR:royalblue',
			'X-APPLE-CALENDAR-COLOR:#1565C0',
			'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
			'X-PUBLISHED-TTL:PT1H'
		]);
		const event = ics.slice(ics.indexOf(`UID:${uid('meeting', DIR_SPRING_WINTER)}`), ics.indexOf('END:VEVENT', ics.indexOf(`UID:${uid('meeting', DIR_SPRING_WINTER)}`)) + 10);
		expect(lines(event).slice(-8)).toEqual(['TRANSP:OPAQUE', 'LAST-MODIFIED:20260105T101530Z', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT1H', 'DESCRIPTION:Direktionen', 'END:VALARM', 'END:VEVENT']);
		expect(lintIcs(ics)).toEqual([]);
	});

	it('reads the same in node-ical as in ical.js: every event’s UID, instants, status, sequence and text', () => {
		const byUid = <T extends { uid: string }>(xs: T[]) => [...xs].sort((a, b) => (a.uid < b.uid ? -1 : 1));
		const icalJs = parseFeed(ics).events.map(({ url: _url, ...e }) => e);
		expect(byUid(parseFeedWithNodeIcal(ics))).toEqual(byUid(icalJs));
		expect(icalJs.length).toBe(7);
	});
});

describe('fold', () => {
	it('breaks at 75 octets and never inside a character, also for four-octet ones', () => {
		const line = `SUMMARY:${'a'.repeat(66)}æ${'🙂'.repeat(30)}`;
		const folded = fold(line);
		const physical = folded.split('\r\n');
		expect(physical.map((l) => new TextEncoder().encode(l).byteLength)).toEqual([74, 1 + 2 + 18 * 4, 1 + 12 * 4]);
		expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(physical.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
	});
});
