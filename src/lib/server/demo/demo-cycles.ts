import type { Db } from '../db/index.ts';
import { putBriefingPin } from '../cycles/repository.ts';
import { meetingOn } from './demo-cases.ts';

/**
 * Månedsgrebet as the minutes have it where the rule would put it elsewhere: in 2023 the rul of
 * KB 25 April opened on DIR 22 March, after the March ØK, although HU's meeting of 23 March
 * already belonged to it. The secretariat pins it, as it would in the tool.
 */
export async function pinDemoBriefings(db: Db): Promise<void> {
	await putBriefingPin(db, await meetingOn(db, 'KB', '2023-04-25'), await meetingOn(db, 'DIR', '2023-03-22'), true);
}
