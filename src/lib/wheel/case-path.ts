import { Temporal } from 'temporal-polyfill';
import { angleToDate, dateToAngle, normalizeAngle, polar } from './angles.ts';
import type { RingBand } from './layout.ts';
import type { WheelSpan } from './span.ts';

/**
 * A case's path (sagsgang) on the wheel: from each stage's meeting mark to the next, up to the
 * decision, with each stage's write-up deadline (skrivefrist) as a short radial tick across the
 * ring of the stage's body. Only stages whose meeting is drawn take part: a stage on a meeting
 * outside the span, or on a body the viewer may not see, is left out rather than guessed at.
 */
export type CaseStageInput = {
	readonly meetingId: string | null;
	/** local day and start in minutes of the write-up deadline; null when the stage has none */
	readonly deadline: { readonly date: string; readonly minutes: number } | null;
};

export type PlacedMeeting = { readonly id: string; readonly ringId: string; readonly x: number; readonly y: number };

export type CasePathPoint = { stage: number; meetingId: string; x: number; y: number };

export type CaseDeadlineTick = { stage: number; x1: number; y1: number; x2: number; y2: number };

export type CasePath = {
	points: CasePathPoint[];
	/** the points as an SVG `points` list, "x,y x,y …", rounded to hundredths */
	polyline: string;
	deadlines: CaseDeadlineTick[];
};

export function casePath(
	span: WheelSpan,
	centre: number,
	bands: readonly RingBand[],
	meetings: readonly PlacedMeeting[],
	stages: readonly CaseStageInput[]
): CasePath {
	const byId = new Map(meetings.map((m) => [m.id, m]));
	const bandOf = new Map(bands.map((b) => [b.id, b]));
	const points: CasePathPoint[] = [];
	const deadlines: CaseDeadlineTick[] = [];
	stages.forEach((stage, i) => {
		const meeting = stage.meetingId === null ? undefined : byId.get(stage.meetingId);
		if (!meeting) return;
		points.push({ stage: i, meetingId: meeting.id, x: meeting.x, y: meeting.y });
		const band = bandOf.get(meeting.ringId);
		if (!stage.deadline || !band) return;
		const angle = dateToAngle(span, { date: Temporal.PlainDate.from(stage.deadline.date), minutes: stage.deadline.minutes });
		if (angle < 0 || angle >= 360) return;
		const a = polar(centre, centre, band.inner, angle);
		const b = polar(centre, centre, band.outer, angle);
		deadlines.push({ stage: i, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
	});
	return { points, polyline: points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '), deadlines };
}

/** Degrees clockwise from 12 o'clock of the point (x, y) seen from the centre, 0 ≤ angle < 360. */
export function pointAngle(centre: number, x: number, y: number): number {
	const degrees = (Math.atan2(x - centre, centre - y) * 180) / Math.PI;
	return normalizeAngle(degrees);
}

/**
 * The month whose sector holds the point, as 'YYYY-MM', or null when the point lies outside the
 * ring between `inner` and `outer`: a pointer over the marks must not open a month's list.
 */
export function monthAt(span: WheelSpan, centre: number, inner: number, outer: number, x: number, y: number): string | null {
	const r = Math.hypot(x - centre, y - centre);
	if (r < inner || r > outer) return null;
	return angleToDate(span, pointAngle(centre, x, y)).toPlainYearMonth().toString();
}

function round(v: number): number {
	return Math.round(v * 100) / 100;
}
