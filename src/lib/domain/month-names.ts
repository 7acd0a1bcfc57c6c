const MONTHS = [
	'januar',
	'februar',
	'marts',
	'april',
	'maj',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/** Lower case, as Danish writes month names inside a sentence ("Rul maj 2023"). */
export function danishMonthName(month: number): string {
	const name = MONTHS[month - 1];
	if (name === undefined) throw new RangeError(`month must be 1..12: ${month}`);
	return name;
}
