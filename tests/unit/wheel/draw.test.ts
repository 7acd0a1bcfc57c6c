import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { drawPublicWheel, drawWheel, type WheelData } from '../../../src/lib/wheel/draw.ts';
import { meetingItem, packMeetings, sendCases, sendEvents, sendMeetings, type MeetingSource } from '../../../src/lib/wheel/items.ts';
import { ringsFor } from '../../../src/lib/wheel/rings.ts';

const bodies = [
	{ code: 'KB', slug: 'kommunalbestyrelsen', name: 'Kommunalbestyrelsen', color: '#8c2d19', kind: 'council' },
	{ code: 'DIR', slug: 'direktionen', name: 'Direktionen', color: '#333333', kind: 'executive-board' }
];
const may = { key: '2023-05-23', name: 'Rul maj 2023', councilDate: Temporal.PlainDate.from('2023-05-23') };
const meeting = (id: string, code: 'KB' | 'DIR', start: string, end: string): MeetingSource => {
	const b = bodies.find((x) => x.code === code)!;
	return { id, body_code: b.code, body_name: b.name, body_kind: b.kind, body_color: b.color, starts_at: new Date(start), ends_at: new Date(end), location: 'Byrådssalen', status: 'planned', note: '', cycle: may };
};

function data(): WheelData {
	const meetings = [meeting('m1', 'DIR', '2023-05-03T07:00:00Z', '2023-05-03T10:00:00Z'), meeting('m2', 'KB', '2023-05-23T15:00:00Z', '2023-05-23T19:00:00Z')];
	return {
		zoomKind: 'year',
		span: { start: '2023-01-01', end: '2024-01-01' },
		today: '2023-06-01',
		bodies,
		rings: ringsFor(bodies),
		meetings: sendMeetings(packMeetings(meetings, new Map(), bodies)),
		events: sendEvents([]),
		cases: sendCases([{ id: 'c1', title: 'Ligestillingsredegørelse', closed: false, unit: 'HR', days: ['2023-05-03', '2023-05-23'] }]),
		cycles: [{ key: '2023-05-23', name: 'Rul maj 2023', councilDate: '2023-05-23' }],
		keyCases: [],
		load: { counts: { m1: 1, m2: 1 }, threshold: 8 },
		shades: [],
		chosenCase: { stages: [{ meetingId: 'm1', deadline: null }, { meetingId: 'm2', deadline: { date: '2023-05-16', minutes: 720 } }] }
	};
}

describe('drawWheel', () => {
	it('lays out the same data object once: a second call gives the very same drawing', () => {
		const d = data();
		const first = drawWheel(d);
		expect(drawWheel(d)).toBe(first);
		expect(first.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
		expect(first.cases).toEqual([{ id: 'c1', title: 'Ligestillingsredegørelse', closed: false, unit: 'HR', days: ['2023-05-03', '2023-05-23'] }]);
		expect(first.path?.points.map((p) => p.meetingId)).toEqual(['m1', 'm2']);
		expect(first.path?.deadlines.map((t) => t.stage)).toEqual([1]);
	});

	it('draws a copy of the data, as the browser receives it, alike but anew', () => {
		const d = data();
		const copy = JSON.parse(JSON.stringify(d)) as WheelData;
		const drawn = drawWheel(copy);
		expect(drawn).not.toBe(drawWheel(d));
		expect(drawn.model).toEqual(drawWheel(d).model);
		expect(drawn.path).toEqual(drawWheel(d).path);
	});

	it("lays out an embed's public wheel once per data object, as the page's", () => {
		const d = data();
		const items = [meeting('m1', 'DIR', '2023-05-03T07:00:00Z', '2023-05-03T10:00:00Z'), meeting('m2', 'KB', '2023-05-23T15:00:00Z', '2023-05-23T19:00:00Z')].map((m) => meetingItem(m));
		const pub = { zoomKind: d.zoomKind, span: d.span, today: d.today, rings: d.rings, meetings: items, events: [], cycles: d.cycles, shades: d.shades };
		const first = drawPublicWheel(pub);
		expect(drawPublicWheel(pub)).toBe(first);
		expect(first.model.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
		expect(first.model.load).toBeNull();
		expect(drawPublicWheel({ ...pub })).not.toBe(first);
	});
});
