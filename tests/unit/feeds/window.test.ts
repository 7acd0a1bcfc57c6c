import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { cancelledStillShown, feedWindow } from '../../../src/lib/server/feeds/window.ts';
import { vtimezone } from '../../../src/lib/server/feeds/vtimezone.ts';

describe('feedWindow', () => {
	it('covers one year back and two ahead, as Copenhagen days', () => {
		const w = feedWindow(Temporal.PlainDate.from('2026-11-22'));
		expect([w.fromDate.toString(), w.toDate.toString(), w.from.toString(), w.to.toString()]).toEqual([
			'2025-11-22',
			'2028-11-22',
			'2025-11-21T23:00:00Z',
			'2028-11-22T23:00:00Z'
		]);
	});
});

describe('cancelledStillShown', () => {
	const today = Temporal.PlainDate.from('2026-06-01');
	it('keeps a cancelled meeting 60 days after its day, then drops it', () => {
		expect(cancelledStillShown(Temporal.PlainDate.from('2026-04-02'), today)).toBe(true);
		expect(cancelledStillShown(Temporal.PlainDate.from('2026-04-01'), today)).toBe(false);
	});
	it('keeps a cancelled meeting that is still ahead', () => {
		expect(cancelledStillShown(Temporal.PlainDate.from('2026-09-01'), today)).toBe(true);
	});
});

describe('the Europe/Copenhagen VTIMEZONE', () => {
	const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(vtimezone('Europe/Copenhagen'))));

	it('agrees with the time-zone database at every hour around each change, 2024–2030', () => {
		const mismatches: string[] = [];
		for (let year = 2024; year <= 2030; year++) {
			for (const month of [3, 10]) {
				const lastSunday = Temporal.PlainDate.from({ year, month, day: 31 }).subtract({ days: Temporal.PlainDate.from({ year, month, day: 31 }).dayOfWeek % 7 });
				for (let d = -1; d <= 1; d++) {
					for (let hour = 0; hour < 24; hour++) {
						// 02:00–02:59 does not exist in spring and happens twice in autumn.
						if (d === 0 && hour === 2) continue;
						const local = lastSunday.add({ days: d }).toPlainDateTime({ hour });
						const expected = local.toZonedDateTime('Europe/Copenhagen').epochMilliseconds / 1000;
						const actual = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour, minute: 0, second: 0, isDate: false }, zone).toUnixTime();
						if (actual !== expected) mismatches.push(`${local.toString()}: ${actual} ≠ ${expected}`);
					}
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('refuses a zone it does not describe', () => {
		expect(() => vtimezone('Europe/Berlin')).toThrow('Ingen VTIMEZONE for Europe/Berlin');
	});
});
