/** Danish month names, lower case as Danish writes them inside a sentence ("Rul maj 2023"). */
export const MONTH_NAMES = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const;
export const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

export type MonthName = (typeof MONTH_NAMES)[number];
export type MonthShort = (typeof MONTH_SHORT)[number];

export function danishMonthName(month: number): MonthName {
	const name = MONTH_NAMES[month - 1];
	if (name === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
	return name;
}

export function danishMonthShort(month: number): MonthShort {
	const short = MONTH_SHORT[month - 1];
	if (short === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
	return short;
}
