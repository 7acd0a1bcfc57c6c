import type { Db } from '../db/index.ts';

/** The wheel's settings: the number of cases at which the load ring marks a meeting as heavy. */
export type WheelSettings = { loadThreshold: number; version: number };

export async function wheelSettings(db: Db): Promise<WheelSettings> {
	const row = await db.selectFrom('wheel_setting').select(['load_threshold', 'version']).where('id', '=', 1).executeTakeFirstOrThrow();
	return { loadThreshold: row.load_threshold, version: row.version };
}

/** Sets the threshold if the row is still at `version`; false when someone changed it meanwhile. */
export async function setLoadThreshold(db: Db, threshold: number, version: number): Promise<boolean> {
	const r = await db
		.updateTable('wheel_setting')
		.set((eb) => ({ load_threshold: threshold, version: eb(eb.ref('version'), '+', 1), updated_at: new Date() }))
		.where('id', '=', 1)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}
