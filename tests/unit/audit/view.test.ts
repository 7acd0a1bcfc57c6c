import { describe, expect, it } from 'vitest';
import { auditChanges, auditSentence } from '../../../src/lib/server/audit/view.ts';
import { count, fromTo, spanText, textDate } from '../../../src/lib/format.ts';
import { fixedItemRuleText } from '../../../src/lib/labels.ts';
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

	it('names an event moved by its stored time "first – last", and writes that time in words', () => {
		expect(auditSentence('event', { when: '2027-09-14T13:00:00+02:00 – 2027-09-14T15:30:00+02:00' }, { when: '2027-09-21T13:00:00+02:00 – 2027-09-21T15:30:00+02:00' })).toBe(
			'Begivenheden flyttet fra 14. til 21. september 2027'
		);
		expect(auditChanges({ when: '2027-09-14T13:00:00+02:00 – 2027-09-14T15:30:00+02:00' }, { when: '2027-09-14T13:00:00+02:00 – 2027-09-16T12:00:00+02:00' })).toEqual([
			{ field: 'when', label: 'Tidspunkt', before: '14. september 2027 kl. 13.00–15.30', after: '14. september 2027 kl. 13.00 til 16. september 2027 kl. 12.00' }
		]);
		expect(auditChanges({ when: '2027-10-01 – 2027-10-01' }, { when: '2027-10-01 – 2027-10-03' })[0]).toMatchObject({ before: '1. oktober 2027', after: '1. til 3. oktober 2027' });
	});

	it('writes a fixed item\'s rule, closed flag and a template\'s path in words, never as JSON', () => {
		const changes = auditChanges(
			{ rule: { kind: 'every-meeting' }, closed: false, stages: ['DIR:drøftelse', 'KB:beslutning'] },
			{ rule: { kind: 'every-n-years', every: 3, fromYear: 2020, months: [9], firstOnly: true }, closed: true, stages: ['DIR:drøftelse', 'HU:drøftelse', 'KB:beslutning'] }
		);
		expect(changes).toEqual([
			{ field: 'rule', label: 'Regel', before: 'På hvert møde', after: 'På første møde i september hvert tredje år fra 2020' },
			{ field: 'stages', label: 'Sagsgang', before: 'DIR drøftelse → KB beslutning', after: 'DIR drøftelse → HU drøftelse → KB beslutning' },
			{ field: 'closed', label: 'Lukket', before: 'nej', after: 'ja' }
		]);
	});

	it('says each kind of fixed-item rule in Danish', () => {
		expect(fixedItemRuleText({ kind: 'first-in-cycle' })).toBe('På første møde i hvert politisk rul');
		expect(fixedItemRuleText({ kind: 'months', months: [10, 8, 9] })).toBe('På møderne i august, september og oktober hvert år');
		expect(fixedItemRuleText({ kind: 'months', months: [1], firstOnly: true })).toBe('På første møde i januar hvert år');
		expect(fixedItemRuleText({ kind: 'every-n-years', every: 1, fromYear: 2028 })).toBe('På hvert møde hvert år fra 2028');
		expect(fixedItemRuleText({ kind: 'every-n-years', every: 4, fromYear: 2026, firstOnly: true })).toBe('På første møde hvert fjerde år fra 2026');
	});

	it('writes a span of days or moments in running text', () => {
		const z = (s: string) => Temporal.ZonedDateTime.from(s);
		expect(spanText(Temporal.PlainDate.from('2028-03-06'), Temporal.PlainDate.from('2028-03-06'))).toBe('6. marts 2028');
		expect(spanText(Temporal.PlainDate.from('2028-03-06'), Temporal.PlainDate.from('2028-03-08'))).toBe('6. til 8. marts 2028');
		expect(spanText(z('2028-03-06T09:00+01:00[Europe/Copenhagen]'), z('2028-03-06T12:30+01:00[Europe/Copenhagen]'))).toBe('6. marts 2028 kl. 09.00–12.30');
		expect(spanText(z('2028-03-06T09:00+01:00[Europe/Copenhagen]'), z('2028-03-08T15:00+01:00[Europe/Copenhagen]'))).toBe('6. marts 2028 kl. 09.00 til 8. marts 2028 kl. 15.00');
	});

	it('writes a case\'s path in words: meeting days the Danish way, statuses in Danish, no meeting ids', () => {
		expect(
			auditChanges(
				{ caseNumber: null, stages: ['DIR:drøftelse:2027-05-12:treated', 'KB:beslutning:2027-06-22:planned'] },
				{ caseNumber: '77013/27', stages: ['DIR:drøftelse:2027-05-12:treated', 'KB:beslutning:2027-08-24:on-agenda'] }
			)
		).toEqual([
			{ field: 'caseNumber', label: 'Sagsnummer', before: '', after: '77013/27' },
			{ field: 'stages', label: 'Sagsgang', before: 'DIR drøftelse 12. maj 2027 behandlet → KB beslutning 22. juni 2027', after: 'DIR drøftelse 12. maj 2027 behandlet → KB beslutning 24. august 2027 på dagsordenen' }
		]);
		expect(auditChanges({ stages: ['HU:drøftelse:0e7d784a-35c3-4471-b0ec-94ce6be9ccbe:planned'] }, { stages: ['HU:drøftelse:-:postponed'] })[0]).toMatchObject({ before: 'HU drøftelse', after: 'HU drøftelse udsat' });
	});
});
