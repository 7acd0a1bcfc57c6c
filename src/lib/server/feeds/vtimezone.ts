import { ZONE } from '../../domain/zone.ts';

/**
 * The VTIMEZONE for Europe/Copenhagen under the EU summer-time rule (since 1996): summer time
 * from the last Sunday of March 02:00 to the last Sunday of October 03:00. Its TZID is exactly
 * the zone name the events use, so no client has to guess. The feed renderer writes it after
 * the calendar's properties, before the events. The unit tests check every transition of the feed window against the time-zone database.
 */
const COPENHAGEN = [
	'BEGIN:VTIMEZONE',
	`TZID:${ZONE}`,
	'X-LIC-LOCATION:Europe/Copenhagen',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

/** Refuses any other zone: a TZID without its VTIMEZONE would leave clients guessing. */
export function vtimezone(zone: string): string {
	if (zone !== ZONE) throw new Error(`Ingen VTIMEZONE for ${zone}`);
	return COPENHAGEN;
}
