import { describe, expect, it } from 'vitest';
import { auditChanges, auditSentence } from '../../../src/lib/server/audit/view.ts';
import { count, fromTo, textDate } from '../../../src/lib/format.ts';
import { Temporal } from 'temporal-polyfill';

describe('the change history in words', () => {
	it('names a meeting moved to another day in one sentence', () => {
		expect(auditSentence('meeting', { start: '2027-09-21T09:00:00+02:00' }, { start: '2027-09-29T09:00:00+02:00' })).toBe('Mødet flyttet fra 21. til 29. september 2027');
		expect(auditSentence('meeting', { start: '2027-06-02T09:00:00+02:00' }, { start: '2027-06-03T10:00:00+02:00' })).toBe('Mødet flyttet fra 2. til 3. juni 2027, kl. 09.00 til 10.00');
		expect(auditSentence('meeting', { start: '2027-08-30T09:00:00+02:00' }, { start: '2027-09-02T09:00:00+02:00' })).toBe('Mødet flyttet fra 30. august til 2. september 2027');
		expect(auditSentence('meeting', { start: '2027-12-30T09:00:00+01:00' }, { start: '2028-01-04T09:00:00+01:00' })).toBe('Mødet flyttet fra 30. december 2027 til 4. januar 2028');
		expect(auditSentence('meeting', { start: '2027-06-02T09:00:00+02:00' }, { start: '2027-06-02T13:00:00+02:00' })).toBe('Mødet flyttet den 2. juni 2027 fra kl. 09.00 til 13.00');
		expect(auditSentence('event', { start: '2027-10-01' }, { start: '2027-10-08' })).toBe('Begivenheden flyttet fra 1. til 8. oktober 2027');
	});

	it('says nothing extra when nothing moved or the record is no meeting or event', () => {
		expect(auditSentence('meeting', { start: '2027-06-02T09:00:00+02:00' }, { start: '2027-06-02T09:00:00+02:00' })).toBeNull();
		expect(auditSentence('meeting', {}, { start: '2027-06-02T09:00:00+02:00' })).toBeNull();
		expect(auditSentence('case', { start: '2027-06-02' }, { start: '2027-06-03' })).toBeNull();
	});

	it('shows dates, moments and paths in Danish and leaves out a column added later', () => {
		expect(auditChanges({ start: '2027-06-02T09:00:00+02:00', date: '2026-10-15' }, { start: '2027-06-03T10:00:00+02:00', date: '2026-10-16' })).toEqual([
			{ field: 'start', label: 'Start', before: '2. juni 2027 kl. 09.00', after: '3. juni 2027 kl. 10.00' },
			{ field: 'date', label: expect.any(String), before: '15. oktober 2026', after: '16. oktober 2026' }
		]);
		expect(auditChanges({ name: 'Budget' }, { name: 'Budget', closed: false })).toEqual([]);
		expect(auditChanges({ stages: ['DIR:drøftelse'] }, { stages: ['DIR:drøftelse', 'KB:beslutning:2027-10-26'] })[0]!.after).toBe('DIR drøftelse → KB beslutning 26. oktober 2027');
	});

	it('writes dates, spans and counts the Danish way', () => {
		expect(textDate(Temporal.PlainDate.from('2026-10-15'))).toBe('15. oktober 2026');
		expect(fromTo(Temporal.PlainDate.from('2027-09-21'), Temporal.PlainDate.from('2027-09-29'))).toBe('21. til 29. september 2027');
		expect(count(1, 'begivenhed', 'begivenheder')).toBe('1 begivenhed');
		expect(count(3, 'begivenhed', 'begivenheder')).toBe('3 begivenheder');
		expect(count(0, 'møde', 'møder')).toBe('0 møder');
	});
});
