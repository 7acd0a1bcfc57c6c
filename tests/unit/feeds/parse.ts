import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';

/** A feed as Mozilla's parser reads it: each VEVENT with its instants resolved by the feed's own VTIMEZONE. */
export interface ParsedEvent {
	uid: string;
	sequence: number;
	summary: string;
	status: string | null;
	allDay: boolean;
	/** ISO instants (UTC) for timed events, YYYY-MM-DD for all-day ones. */
	start: string;
	end: string;
	description: string;
	location: string | null;
	url: string | null;
}

const when = (t: ICAL.Time) =>
	t.isDate ? `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}` : new Date(t.toUnixTime() * 1000).toISOString();

/** ical.js hands NAME (RFC 7986) and X- properties back raw; both are TEXT, so undo RFC 5545 § 3.3.11 escaping. */
const unescapeText = (raw: string) => raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Deliberately registers nothing globally, so a TZID without its VTIMEZONE in the same feed would resolve wrongly. */
export function parseFeed(text: string): { name: string | null; events: ParsedEvent[] } {
	const cal = new ICAL.Component(ICAL.parse(text));
	const events = cal.getAllSubcomponents('vevent').map((ve) => {
		const e = new ICAL.Event(ve);
		return {
			uid: e.uid,
			sequence: e.sequence,
			summary: e.summary,
			status: (ve.getFirstPropertyValue('status') as string | null) ?? null,
			allDay: e.startDate.isDate,
			start: when(e.startDate),
			end: when(e.endDate),
			description: e.description,
			location: e.location,
			url: (ve.getFirstPropertyValue('url') as string | null) ?? null
		};
	});
	const name = cal.getFirstPropertyValue('name') as string | null;
	const wrName = cal.getFirstPropertyValue('x-wr-calname') as string | null;
	if (name !== wrName) throw new Error(`NAME ${name} og X-WR-CALNAME ${wrName} er forskellige`);
	return { name: name === null ? null : unescapeText(name), events };
}

/** The same feed as node-ical (a second, independent parser) reads it, in the shape of parseFeed's events. */
export function parseFeedWithNodeIcal(text: string): Pick<ParsedEvent, 'uid' | 'sequence' | 'summary' | 'status' | 'allDay' | 'start' | 'end' | 'description' | 'location'>[] {
	const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	const parsed = nodeIcal.sync.parseICS(text);
	return Object.values(parsed)
		.filter((c): c is VEvent => c?.type === 'VEVENT')
		.map((e) => {
			const allDay = e.datetype === 'date';
			const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'val' in v ? String(v.val) : null);
			return {
				uid: e.uid,
				sequence: Number(e.sequence ?? 0),
				summary: text(e.summary) ?? '',
				status: e.status ?? null,
				allDay,
				start: allDay ? day(e.start) : e.start.toISOString(),
				end: allDay ? day(e.end!) : e.end!.toISOString(),
				description: text(e.description) ?? '',
				location: text(e.location)
			};
		});
}
