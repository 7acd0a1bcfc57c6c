import { Temporal } from 'temporal-polyfill';
import type { Closure } from '../../domain/closures.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../domain/working-days.ts';
import type { Db } from '../db/index.ts';

export interface ClosureListItem {
	id: number;
	name: string;
	from_date: string;
	to_date: string;
	body_code: string | null;
}

export function listClosures(db: Db): Promise<ClosureListItem[]> {
	return db
		.selectFrom('closure as c')
		.leftJoin('body as b', 'b.id', 'c.body_id')
		.select(['c.id', 'c.name', 'c.from_date', 'c.to_date', 'b.code as body_code'])
		.where('c.deleted_at', 'is', null)
		.orderBy('c.from_date')
		.execute();
}

export function toDomainClosure(c: ClosureListItem): Closure {
	return {
		from: Temporal.PlainDate.from(c.from_date),
		to: Temporal.PlainDate.from(c.to_date),
		name: c.name,
		bodyCodes: c.body_code ? [c.body_code] : null
	};
}

/** The days without meetings: Danish holidays plus the local closures kept in the database. */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
	return createWorkingCalendar((await listClosures(db)).map(toDomainClosure));
}
