import { Temporal } from 'temporal-polyfill';
import { casePath, type CasePath, type CaseStageInput } from './case-path.ts';
import { receiveCases, receiveEvents, receiveMeetings, unpackMeetings, type CaseChoice, type EventItem, type MeetingItem, type SentMeetings, type WheelBody } from './items.ts';
import { buildWheel, SIZE, type WheelCycleInput, type WheelKeyCaseInput, type WheelLoadInput, type WheelModel, type ZoomKind } from './model.ts';
import type { Ring } from './layout.ts';
import type { Shade } from './shades.ts';
import { makeSpan, type WheelSpan } from './span.ts';

/** What the wheel page draws, as its load sends it: meetings, events and case choices as compact tables. */
export type WheelData = {
	zoomKind: ZoomKind;
	span: { start: string; end: string };
	today: string;
	bodies: readonly WheelBody[];
	rings: readonly Ring[];
	meetings: SentMeetings;
	events: Parameters<typeof receiveEvents>[0];
	cases: Parameters<typeof receiveCases>[0];
	cycles: readonly WheelCycleInput[];
	keyCases: readonly WheelKeyCaseInput[];
	load: WheelLoadInput;
	shades: readonly Shade[];
	/** the case whose path is drawn, with its stages in order */
	chosenCase: { stages: readonly CaseStageInput[] } | null;
};

export type DrawnWheel = {
	span: WheelSpan;
	meetings: MeetingItem[];
	events: EventItem[];
	cases: CaseChoice[];
	model: WheelModel<MeetingItem, EventItem>;
	path: CasePath | null;
};

// The server's load hands every request for the same wheel the same data object while the data
// is unchanged (memoByData), so the wheel is read and laid out once per change, not per request;
// in the browser each navigation brings a new object. Nothing here changes what it is given.
const drawn = new WeakMap<WheelData, DrawnWheel>();

/** The wheel's items, its layout and the chosen case's path, from the page's data. */
export function drawWheel(data: WheelData): DrawnWheel {
	let result = drawn.get(data);
	if (result) return result;
	const span = makeSpan(Temporal.PlainDate.from(data.span.start), Temporal.PlainDate.from(data.span.end));
	const meetings = unpackMeetings(receiveMeetings(data.meetings), data.bodies);
	const events = receiveEvents(data.events);
	const model = buildWheel({
		span,
		zoom: data.zoomKind,
		rings: data.rings,
		meetings,
		events,
		cycles: data.cycles,
		today: data.today,
		keyCases: data.keyCases,
		load: data.load,
		shades: data.shades
	});
	const path = data.chosenCase ? casePath(span, SIZE / 2, model.rings, model.meetings, data.chosenCase.stages) : null;
	result = { span, meetings, events, cases: receiveCases(data.cases), model, path };
	drawn.set(data, result);
	return result;
}

/** The public wheel of an embed, as its load sends it: meetings and events as items. */
export type PublicWheelData = {
	zoomKind: ZoomKind;
	span: { start: string; end: string };
	today: string;
	rings: readonly Ring[];
	meetings: readonly MeetingItem[];
	events: readonly EventItem[];
	cycles: readonly WheelCycleInput[];
	shades: readonly Shade[];
};

const drawnPublic = new WeakMap<PublicWheelData, { span: WheelSpan; model: WheelModel<MeetingItem, EventItem> }>();

/** The embed's wheel laid out, once per data object as drawWheel. */
export function drawPublicWheel(data: PublicWheelData): { span: WheelSpan; model: WheelModel<MeetingItem, EventItem> } {
	let result = drawnPublic.get(data);
	if (result) return result;
	const span = makeSpan(Temporal.PlainDate.from(data.span.start), Temporal.PlainDate.from(data.span.end));
	const model = buildWheel({ span, zoom: data.zoomKind, rings: data.rings, meetings: data.meetings, events: data.events, cycles: data.cycles, today: data.today, shades: data.shades });
	drawnPublic.set(data, (result = { span, model }));
	return result;
}
