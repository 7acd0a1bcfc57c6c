import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { shadeInput } from '../../../src/lib/wheel/calendar-events.ts';
import { meetingLoad } from '../../../src/lib/wheel/load.ts';
import { closureInputs, shadesFor } from '../../../src/lib/wheel/shades.ts';

const day = Temporal.PlainDate.from;

describe('shadesFor', () => {
	it('shades July, the closures and the holidays that touch the days, in that order', () => {
		const shades = shadesFor(day('2026-12-20'), day('2027-01-10'), [
			{ name: 'Mellem jul og nytår', from: '2026-12-27', to: '2026-12-30', body: null },
			{ name: 'Direktionens sommerferie', from: '2027-07-13', to: '2027-08-02', body: 'DIR' }
		]);
		expect(shades).toEqual([
			{ kind: 'closure', from: '2026-12-27', to: '2026-12-30', name: 'Mellem jul og nytår' },
			{ kind: 'holiday', from: '2026-12-24', to: '2026-12-24', name: 'Juleaftensdag' },
			{ kind: 'holiday', from: '2026-12-25', to: '2026-12-25', name: 'Juledag' },
			{ kind: 'holiday', from: '2026-12-26', to: '2026-12-26', name: '2. juledag' },
			{ kind: 'holiday', from: '2026-12-31', to: '2026-12-31', name: 'Nytårsaftensdag' },
			{ kind: 'holiday', from: '2027-01-01', to: '2027-01-01', name: 'Nytårsdag' }
		]);
		expect(shadesFor(day('2027-07-30'), day('2027-08-05'), [{ name: 'Sommer', from: '2027-07-13', to: '2027-08-02', body: 'DIR' }])).toEqual([
			{ kind: 'july', from: '2027-07-01', to: '2027-07-31', name: 'Juli 2027' },
			{ kind: 'closure', from: '2027-07-13', to: '2027-08-02', name: 'Sommer (DIR)' }
		]);
	});

	it("puts one body's closure on that body's ring; everyone's on none", () => {
		const inputs = closureInputs(
			[
				{ name: 'Direktionens sommerferie', from_date: '2027-07-13', to_date: '2027-08-02', body_code: 'DIR' },
				{ name: 'Mellem jul og nytår', from_date: '2027-12-27', to_date: '2027-12-30', body_code: null }
			],
			[{ code: 'DIR', kind: 'executive-board' }, { code: 'KB', kind: 'council' }]
		);
		expect(inputs.map((c) => [c.body, c.ring])).toEqual([['DIR', 'dir'], [null, null]]);
		expect(shadesFor(day('2027-07-20'), day('2027-12-31'), inputs).filter((s) => s.kind === 'closure')).toEqual([
			{ kind: 'closure', from: '2027-07-13', to: '2027-08-02', name: 'Direktionens sommerferie (DIR)', ring: 'dir' },
			{ kind: 'closure', from: '2027-12-27', to: '2027-12-30', name: 'Mellem jul og nytår' }
		]);
	});

	it('is a FullCalendar background event over its days, the last one included', () => {
		expect(shadeInput({ kind: 'holiday', from: '2027-01-01', to: '2027-01-01', name: 'Nytårsdag' })).toEqual({
			id: 'shade-holiday-2027-01-01',
			title: 'Nytårsdag',
			start: '2027-01-01',
			end: '2027-01-02',
			allDay: true,
			display: 'background',
			color: '#d35400',
			className: 'shade shade-holiday'
		});
	});
});

describe('meetingLoad', () => {
	it('counts each case once per meeting it has a stage on, only on the meetings shown', () => {
		const cases = [
			{ stages: [{ meeting_id: 'dir' }, { meeting_id: 'ok' }, { meeting_id: 'kb' }] },
			{ stages: [{ meeting_id: 'ok' }, { meeting_id: 'ok' }, { meeting_id: null }] },
			{ stages: [{ meeting_id: 'cf' }, { meeting_id: 'kb' }] }
		];
		expect(meetingLoad(cases, new Map([['dir', 1], ['ok', 1], ['kb', 1]]))).toEqual({ dir: 1, ok: 2, kb: 2 });
	});
});
