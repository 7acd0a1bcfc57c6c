/** A meeting's status: planned (planlagt), confirmed (bekræftet) or cancelled (aflyst). */
export const MEETING_STATUSES = ['planned', 'confirmed', 'cancelled'] as const;

export type MeetingStatus = (typeof MEETING_STATUSES)[number];
