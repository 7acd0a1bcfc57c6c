import type { StageRole, StageStatus } from '$lib/domain/case-path';

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

