import { fixedItemsByMeeting } from '../cases/agenda.ts';
import { casesOnMeetings } from '../cases/repository.ts';
import type { Db } from '../db/index.ts';

/** One line of a meeting's agenda (dagsorden) as the public sees it. */
export interface AgendaLine {
	/** stable within the meeting: `f2` (its second fixed item), `s{case}-{stage}`, or `lukket-{number}` */
	key: string;
	number: number;
	/** the title, or "Lukket punkt" for a closed line */
	name: string;
	public: boolean;
	/** the case stage an open case line treats */
	stage: { caseId: string; position: number } | null;
}

const ROLE_ORDER: Record<string, number> = { orientering: 0, drøftelse: 1, indstilling: 2, beslutning: 3 };

/**
 * The agendas of many meetings at once, in the order the meeting page shows them: fixed items,
 * then the cases (decisions first, then by title). A closed fixed item or case is only "Lukket
 * punkt": neither title nor link to the case.
 */
export async function publicAgendas(db: Db, meetings: { id: string; starts_at: Date; body_code: string }[]): Promise<Map<string, AgendaLine[]>> {
	const result = new Map<string, AgendaLine[]>();
	if (meetings.length === 0) return result;
	const [fixed, cases] = await Promise.all([fixedItemsByMeeting(db, meetings), casesOnMeetings(db, meetings.map((m) => m.id))]);
	const onMeeting = new Map<string, { caseId: string; title: string; closed: boolean; role: string; position: number }[]>();
	for (const c of cases) {
		for (const s of c.stages) {
			if (!s.meeting_id) continue;
			onMeeting.set(s.meeting_id, [...(onMeeting.get(s.meeting_id) ?? []), { caseId: c.id, title: c.title, closed: c.is_closed, role: s.role, position: s.position }]);
		}
	}
	for (const m of meetings) {
		const lines: AgendaLine[] = (fixed.get(m.id) ?? []).map((f, i) => ({
			key: `f${i + 1}`,
			number: i + 1,
			name: f.closed ? 'Lukket punkt' : f.title,
			public: !f.closed,
			stage: null
		}));
		const caseLines = (onMeeting.get(m.id) ?? []).sort((a, b) => (ROLE_ORDER[b.role] ?? 0) - (ROLE_ORDER[a.role] ?? 0) || a.title.localeCompare(b.title, 'da'));
		for (const c of caseLines) {
			const number = lines.length + 1;
			lines.push(
				c.closed
					? { key: `lukket-${number}`, number, name: 'Lukket punkt', public: false, stage: null }
					: { key: `s${c.caseId}-${c.position}`, number, name: c.title, public: true, stage: { caseId: c.caseId, position: c.position } }
			);
		}
		if (lines.length) result.set(m.id, lines);
	}
	return result;
}
