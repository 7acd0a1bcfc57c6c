/**
 * The load ring's numbers: per meeting, how many cases have a stage on it. A case with two
 * stages on one meeting counts once. The cases are those the viewer may see, so the numbers
 * are the ones the API's case list gives the same viewer; only meetings in `shown` (the
 * viewer's meetings on the wheel) are counted, so no other meeting's id is sent.
 */
export function meetingLoad(cases: readonly { stages: readonly { meeting_id: string | null }[] }[], shown: ReadonlyMap<string, unknown>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const c of cases) {
		for (const id of new Set(c.stages.map((s) => s.meeting_id))) {
			if (id !== null && shown.has(id)) counts[id] = (counts[id] ?? 0) + 1;
		}
	}
	return counts;
}
