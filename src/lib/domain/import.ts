/** What an imported file's rows become: meetings of a body, or events. */
export const IMPORT_TARGETS = ['meetings', 'events'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** The files a meeting plan is imported from and exported to. */
export const PLAN_FILE_FORMATS = ['xlsx', 'csv', 'ics'] as const;
export type PlanFileFormat = (typeof PLAN_FILE_FORMATS)[number];

/** What the preview says of each row. */
export const IMPORT_ROW_STATUSES = ['new', 'unchanged', 'change', 'refused'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];
