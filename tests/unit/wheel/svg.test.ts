import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { drawWheel, type WheelData } from '../../../src/lib/wheel/draw.ts';
import { eventItem, packMeetings, sendCases, sendEvents, sendMeetings, type MeetingSource } from '../../../src/lib/wheel/items.ts';
import { ringsFor } from '../../../src/lib/wheel/rings.ts';
import { escapeMarkup, wheelMarkup } from '../../../src/lib/wheel/svg.ts';

const HOSTILE = 'Udvalg <script>alert("x")</script> & co';
const bodies = [{ code: 'XU', slug: 'xu', name: HOSTILE, color: '#8c2d19', kind: 'committee' }];

function data(zoomKind: WheelData['zoomKind']): WheelData {
	const meeting: MeetingSource = {
		id: 'm1', body_code: 'XU', body_name: HOSTILE, body_kind: 'committee', body_color: '#8c2d19',
		starts_at: new Date('2023-05-03T07:00:00Z'), ends_at: new Date('2023-05-03T10:00:00Z'),
		location: '<img src=x onerror=alert(1)>', status: 'cancelled', note: '', cycle: { key: '2023-05-23', name: 'Rul maj 2023', councilDate: Temporal.PlainDate.from('2023-05-23') }
	};
	const event = eventItem({ id: 'e1', title: '"><svg onload=alert(2)>', category: 'other', starts_at: null, ends_at: null, all_day: true, start_date: '2023-05-10', end_date: '2023-05-10', description: '', location: '', body_code: null });
	return {
		zoomKind,
		span: zoomKind === 'month' ? { start: '2023-05-01', end: '2023-06-01' } : { start: '2023-01-01', end: '2024-01-01' },
		today: '2023-05-15',
		bodies,
		rings: ringsFor(bodies, [], true),
		meetings: sendMeetings(packMeetings([meeting], new Map(), bodies)),
		events: sendEvents([event]),
		cases: sendCases([]),
		cycles: [{ key: '2023-05-23', name: 'Rul maj 2023', councilDate: '2023-05-23' }],
		keyCases: [{ id: 'k1', title: 'Nøgle <b>sag</b>', start: '2023-05-03', end: '2023-05-03' }],
		load: { counts: { m1: 9 }, threshold: 8 },
		shades: [{ kind: 'closure', from: '2023-05-18', to: '2023-05-19', name: 'Lukket <i>dag</i>' }],
		chosenCase: null
	};
}

describe('wheelMarkup', () => {
	it('escapes every name, title and place the users wrote, in text and in attributes', () => {
		for (const zoom of ['year', 'month'] as const) {
			const { model } = drawWheel(data(zoom));
			const { under, over } = wheelMarkup(model);
			const all = under + over;
			expect(all).not.toMatch(/<(script|img|b|i)\b/);
			expect(all).not.toContain('<svg');
			expect(all).toContain(`aria-label="${escapeMarkup(model.meetings[0]!.name)}"`);
			expect(escapeMarkup(model.meetings[0]!.name)).toContain('Udvalg &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
			expect(all).toContain('<title>Lukket &lt;i&gt;dag&lt;/i&gt;</title>');
			expect(all).toContain('aria-label="Nøglesag: Nøgle &lt;b&gt;sag&lt;/b&gt;"');
		}
	});

	it('draws a cancelled, heavy meeting as the page did: dashed, struck through and ringed, with its touch target', () => {
		const { model } = drawWheel(data('year'));
		const { under, over } = wheelMarkup(model);
		const m = model.meetings[0]!;
		expect(over).toContain(`data-meeting-id="m1" data-body="XU" data-cancelled="true" class="mark">`);
		expect(over).toMatch(/<circle [^>]*fill="#ffffff" stroke="#8c2d19" stroke-width="1.6" stroke-dasharray="2 1.5"\/><line [^>]*\/><circle [^>]*data-heavy-ring=""\/><\/a>/);
		expect(under).toContain(`<circle cx="${Math.round(m.x * 100) / 100}" cy="${Math.round(m.y * 100) / 100}" r="7.5" data-hit-for="m1"/>`);
	});

	it('is written once per model, and apart for an embed', () => {
		const { model } = drawWheel(data('year'));
		expect(wheelMarkup(model)).toBe(wheelMarkup(model));
		expect(wheelMarkup(model, '_blank')).not.toBe(wheelMarkup(model));
		expect(wheelMarkup(model, '_blank').over).toContain('target="_blank"');
		expect(wheelMarkup(model).over).not.toContain('target=');
	});
});
