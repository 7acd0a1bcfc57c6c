import { Temporal } from 'temporal-polyfill';
import type { StageRole, StageStatus } from '$lib/domain/case-path';
import { ZONE } from '$lib/domain/zone';
import { clock, longDate } from '$lib/format';

/** Danish names of a stage's role and status, as the case pages show them. */
export const ROLE_LABEL: Record<StageRole, string> = {
	orientering: 'Orientering',
	drøftelse: 'Drøftelse',
	indstilling: 'Indstilling',
	beslutning: 'Beslutning'
};

export const STAGE_STATUS_LABEL: Record<StageStatus, string> = {
	planned: 'Planlagt',
	'on-agenda': 'På dagsordenen',
	treated: 'Behandlet',
	postponed: 'Udsat'
};

/** A moment as the case pages show it, from the API's ISO string with offset. */
export function moment(iso: string) {
	const t = Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE);
	const day = t.toPlainDate();
	return { date: day.toString(), longDate: longDate(day), short: `${day.day}/${day.month} ${day.year}`, time: clock(t), week: t.weekOfYear! };
}

/** "fredag 31. marts 2023 kl. 12.00" */
export const deadlineText = (iso: string) => {
	const m = moment(iso);
	return `${m.longDate} kl. ${m.time}`;
};
