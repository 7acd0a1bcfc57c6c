import { Temporal } from 'temporal-polyfill';

/**
 * A local closure (lokal lukkeperiode), e.g. "Sommerferie" in July or "Mellem jul og nytår":
 * decided by the municipality, so it is data rather than a rule in code.
 */
export interface Closure {
	from: Temporal.PlainDate;
	/** inclusive */
	to: Temporal.PlainDate;
	name: string;
	/** null = applies to all bodies */
	bodyCodes: string[] | null;
}

/**
 * The first closure that covers `date` for `bodyCode`. Without a body only closures for all
 * bodies count: a body-specific closure says nothing about the others.
 */
export function closureOn(
	closures: readonly Closure[],
	date: Temporal.PlainDate,
	bodyCode?: string
): Closure | null {
	for (const closure of closures) {
		const covers =
			Temporal.PlainDate.compare(closure.from, date) <= 0 &&
			Temporal.PlainDate.compare(date, closure.to) <= 0;
		const applies =
			closure.bodyCodes === null ||
			(bodyCode !== undefined && closure.bodyCodes.includes(bodyCode));
		if (covers && applies) return closure;
	}
	return null;
}
