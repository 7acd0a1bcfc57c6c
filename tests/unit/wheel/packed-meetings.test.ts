import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { meetingItem, packMeetings, receiveMeetings, sendMeetings, unpackMeetings, type MeetingSource } from '../../../src/lib/wheel/items.ts';

const bodies = [
	{ code: 'KB', name: 'Kommunalbestyrelsen', color: '#8c2d19', kind: 'council' },
	{ code: 'DIR', name: 'Direktionen', color: '#333333', kind: 'executive-board' }
];
const may = { key: '2023-05-23', name: 'Rul maj 2023', councilDate: Temporal.PlainDate.from('2023-05-23') };
const meeting = (id: string, code: 'KB' | 'DIR', start: string, end: string, extra: Partial<MeetingSource> = {}): MeetingSource => {
	const b = bodies.find((x) => x.code === code)!;
	return { id, body_code: b.code, body_name: b.name, body_kind: b.kind, body_color: b.color, starts_at: new Date(start), ends_at: new Date(end), location: 'Byrådssalen', status: 'planned', note: '', cycle: may, ...extra };
};

describe('packed meetings', () => {
	const meetings = [
		meeting('m1', 'KB', '2023-05-23T15:00:00Z', '2023-05-23T19:00:00Z'),
		meeting('m2', 'DIR', '2023-05-03T07:00:00Z', '2023-05-03T10:00:00Z', { location: 'Direktionens mødelokale' }),
		meeting('m3', 'DIR', '2023-03-26T00:30:00Z', '2023-03-26T02:00:00Z', { status: 'cancelled', note: 'Aflyst', cycle: null }),
		meeting('m4', 'KB', '2023-12-31T22:30:00Z', '2024-01-01T00:15:00Z', { cycle: null })
	];
	const fixed = new Map([['m2', ['Direktionens årsplan', 'Månedsgrebet']], ['m3', ['Direktionens årsplan']]]);

	it('unpack into exactly the items the server would have made', () => {
		const packed = packMeetings(meetings, fixed, bodies);
		expect(unpackMeetings(receiveMeetings(JSON.parse(JSON.stringify(sendMeetings(packed)))), bodies)).toEqual(meetings.map((m) => meetingItem(m, fixed.get(m.id) ?? [])));
	});

	it('name each place, rul and fixed item once', () => {
		const packed = packMeetings(meetings, fixed, bodies);
		expect(packed.places).toEqual(['Byrådssalen', 'Direktionens mødelokale']);
		expect(packed.ruls).toEqual(['Rul maj 2023']);
		expect(packed.fixedItems).toEqual(['Direktionens årsplan', 'Månedsgrebet']);
		expect(packed.rows[3]).toEqual(['m4', 0, '2023-12-31', 1410, 75, 0, '', false, -1, []]);
	});
});
