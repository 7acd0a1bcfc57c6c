import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { agendaDeadline } from '../../../src/lib/domain/deadlines.ts';
import { createWorkingCalendar } from '../../../src/lib/domain/working-days.ts';

const cal = createWorkingCalendar();
const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[Europe/Copenhagen]`);
const rule = (workingDays: number, time: string) => ({
	workingDays,
	time: Temporal.PlainTime.from(time)
});

describe('agendaDeadline', () => {
	it('puts a KB deadline four working days before, over a weekend', () => {
		const deadline = agendaDeadline(cal, at('2024-04-09T17:00'), rule(4, '12:00'));
		expect(deadline.toString()).toBe('2024-04-03T12:00:00+02:00[Europe/Copenhagen]');
	});

	it('counts over Easter and lands in winter time', () => {
		const deadline = agendaDeadline(cal, at('2024-04-03T09:00'), rule(5, '10:00'));
		expect(deadline.toString()).toBe('2024-03-22T10:00:00+01:00[Europe/Copenhagen]');
	});

	it('moves an afternoon deadline on 1 May to noon', () => {
		const deadline = agendaDeadline(cal, at('2024-05-03T09:00'), rule(2, '15:00'));
		expect(deadline.toString()).toBe('2024-05-01T12:00:00+02:00[Europe/Copenhagen]');
	});

	it('keeps a morning deadline and a noon deadline on a half day', () => {
		expect(agendaDeadline(cal, at('2024-05-03T09:00'), rule(2, '09:00')).toString()).toBe(
			'2024-05-01T09:00:00+02:00[Europe/Copenhagen]'
		);
		expect(agendaDeadline(cal, at('2024-05-03T09:00'), rule(2, '12:00')).toString()).toBe(
			'2024-05-01T12:00:00+02:00[Europe/Copenhagen]'
		);
	});

	it("counts from the meeting's date in Copenhagen, not in the caller's zone", () => {
		const justAfterMidnight = Temporal.ZonedDateTime.from('2024-04-08T22:30:00+00:00[UTC]');
		const deadline = agendaDeadline(cal, justAfterMidnight, rule(1, '12:00'));
		expect(deadline.toString()).toBe('2024-04-08T12:00:00+02:00[Europe/Copenhagen]');
	});

	it("honours the body's closures", () => {
		const withClosure = createWorkingCalendar([
			{
				from: Temporal.PlainDate.from('2024-04-08'),
				to: Temporal.PlainDate.from('2024-04-08'),
				name: 'Personaledag',
				bodyCodes: ['ØK']
			}
		]);
		const meeting = at('2024-04-09T08:30');
		expect(agendaDeadline(withClosure, meeting, rule(1, '12:00'), 'ØK').toString()).toBe(
			'2024-04-05T12:00:00+02:00[Europe/Copenhagen]'
		);
		expect(agendaDeadline(withClosure, meeting, rule(1, '12:00'), 'MTU').toString()).toBe(
			'2024-04-08T12:00:00+02:00[Europe/Copenhagen]'
		);
	});
});
