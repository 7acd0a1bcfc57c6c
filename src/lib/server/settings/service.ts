import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Db } from '../db/index.ts';
import { ConflictError } from '../http/problem.ts';
import { setLoadThreshold, wheelSettings, type WheelSettings } from './repository.ts';

/** The secretariat sets how many cases make a meeting heavy on the wheel's load ring; one audit row. */
export async function updateLoadThreshold(db: Db, viewer: Viewer, input: { loadThreshold: number; version: number }): Promise<WheelSettings> {
	const before = await wheelSettings(db);
	if (!(await setLoadThreshold(db, input.loadThreshold, input.version))) throw new ConflictError({ loadThreshold: before.loadThreshold, version: before.version });
	const after = await wheelSettings(db);
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'wheel_setting',
		entityId: 1,
		summary: `Mange sager på et møde fra ${after.loadThreshold}`,
		before: { loadThreshold: before.loadThreshold },
		after: { loadThreshold: after.loadThreshold }
	});
	return after;
}
