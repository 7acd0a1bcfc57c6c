/** Danish names of a stage's role and status, as the case pages show them. */
export const ROLE_LABEL: Record<string, string> = {
	orientering: 'Orientering',
	drøftelse: 'Drøftelse',
	indstilling: 'Indstilling',
	beslutning: 'Beslutning'
};

export const STAGE_STATUS_LABEL: Record<string, string> = {
	planned: 'Planlagt',
	'on-agenda': 'På dagsordenen',
	treated: 'Behandlet',
	postponed: 'Udsat'
};

export const STAGE_STATUSES = ['planned', 'on-agenda', 'treated', 'postponed'] as const;
