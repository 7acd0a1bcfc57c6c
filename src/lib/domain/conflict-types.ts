/** Why a stage of a case's path does not hold, and what would mend it. */

/** Why a stage does not hold, as the API reports it. */
export const CONFLICT_CODES = [
	/** the meeting is not after the previous stage's by the least gap */
	'stage-order',
	/** the previous stage meets after this stage's write-up deadline */
	'previous-after-deadline',
	'meeting-cancelled',
	/** the meeting lies on a holiday or a local closure of its body */
	'meeting-on-day-off',
	/** the saved meeting no longer exists */
	'meeting-missing',
	/** the saved meeting is of another body than the stage */
	'meeting-wrong-body',
	/** the write-up deadline is past and the write-up is not on the agenda yet */
	'deadline-passed',
	/** no meeting of the stage's body fits between its neighbours */
	'no-meeting-in-window',
	/** the plan's start date lies so far back that a stage's deadline is past */
	'start-passed'
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** A change the user can accept: the stages to put on other meetings. */
export type Repair =
	| { kind: 'reschedule'; changes: { stage: number; meetingId: string }[]; description: string }
	| { kind: 'unschedule'; stage: number; description: string };

export interface Conflict {
	code: ConflictCode;
	/** 0-based stage the conflict is on */
	stage: number;
	/** Danish, for the user */
	message: string;
	/** the proposed repairs, best first; empty when none is known */
	repairs: Repair[];
}
