import { Temporal } from 'temporal-polyfill';
import type { Closure } from '../../domain/closures.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../domain/working-days.ts';
import { canSeeInternal, type Viewer } from '../auth/access.ts';
import type { Db } from '../db/index.ts';

export interface ClosureListItem {
	id: number;
	name: string;
	from_date: string;
	to_date: string;
	body_code: string | null;
}

/** Closures; without includeInternal, those of internal bodies are left out (their codes and plans are internal). */
function listClosures(db: Db, f: { includeInternal: boolean }): Promise<ClosureListItem[]> {
	let q = db
		.selectFrom('closure as c')
		.leftJoin('body as b', 'b.id', 'c.body_id')
		.select(['c.id', 'c.name', 'c.from_date', 'c.to_date', 'b.code as body_code'])
		.where('c.deleted_at', 'is', null)
		.orderBy('c.from_date');
	if (!f.includeInternal) q = q.where((eb) => eb.or([eb('c.body_id', 'is', null), eb('b.is_public', '=', true)]));
	return q.execute();
}

export function toDomainClosure(c: ClosureListItem): Closure {
	return {
		from: Temporal.PlainDate.from(c.from_date),
		to: Temporal.PlainDate.from(c.to_date),
		name: c.name,
		bodyCodes: c.body_code ? [c.body_code] : null
	};
}

/** The days without meetings: Danish holidays plus the local closures kept in the database (and `extra`, not yet saved). */
export async function loadWorkingCalendar(db: Db, extra: readonly Closure[] = []): Promise<WorkingCalendar> {
	return createWorkingCalendar([...(await listClosures(db, { includeInternal: true })).map(toDomainClosure), ...extra]);
}

/** The closures the viewer may see: those of internal bodies only for signed-in staff. */
export const listVisibleClosures = (db: Db, viewer: Viewer | null) => listClosures(db, { includeInternal: canSeeInternal(viewer) });
