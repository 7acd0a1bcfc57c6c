import { Temporal } from 'temporal-polyfill';
import { casePath, type CasePath, type CaseStageInput } from './case-path.ts';
import { receiveCases, receiveEvents, receiveMeetings, unpackMeetings, type CaseChoice, type EventItem, type MeetingItem, type SentMeetings, type WheelBody } from './items.ts';
import { buildWheel, SIZE, type WheelCycleInput, type WheelKeyCaseInput, type WheelLoadInput, type WheelInput, type WheelModel, type ZoomKind } from './model.ts';
import type { Ring } from './layout.ts';
import type { Shade } from './shades.ts';
import { makeSpan, type WheelSpan } from './span.ts';

/** What every wheel's data has, the page's and the embed's. */
type WheelFrame = {
	zoomKind: ZoomKind;
	span: { start: string; end: string };
	today: string;
	rings: readonly Ring[];
	cycles: readonly WheelCycleInput[];
	shades: readonly Shade[];
};

/** What the wheel page draws, as its load sends it: meetings, events and case choices as compact tables. */
export type WheelData = WheelFrame & {
	bodies: readonly WheelBody[];
	meetings: SentMeetings;
	events: Parameters<typeof receiveEvents>[0];
	cases: Parameters<typeof receiveCases>[0];
	keyCases: readonly WheelKeyCaseInput[];
	load: WheelLoadInput;
	/** the case whose path is drawn, with its stages in order */
	chosenCase: { stages: readonly CaseStageInput[] } | null;
};

/** The public wheel of an embed, as its load sends it: meetings and events as items. */
export type PublicWheelData = WheelFrame & { meetings: readonly MeetingItem[]; events: readonly EventItem[] };

type Laid = { span: WheelSpan; model: WheelModel<MeetingItem, EventItem> };

export type DrawnWheel = Laid & {
	meetings: MeetingItem[];
	events: EventItem[];
	cases: CaseChoice[];
	path: CasePath | null;
};

/**
 * `draw` once per data object. The server's load hands every request for the same wheel the same
 * data object while the data is unchanged (memoByData), so a wheel is read and laid out once per
 * change, not per request; in the browser each navigation brings a new object. Nothing here
 * changes what it is given.
 */
function oncePerObject<D extends object, R>(draw: (data: D) => R): (data: D) => R {
	const drawn = new WeakMap<D, R>();
	return (data) => {
		let result = drawn.get(data);
		if (result === undefined) drawn.set(data, (result = draw(data)));
		return result;
	};
}

function layOut(frame: WheelFrame, items: Pick<WheelInput<MeetingItem, EventItem>, 'meetings' | 'events' | 'keyCases' | 'load'>): Laid {
	const span = makeSpan(Temporal.PlainDate.from(frame.span.start), Temporal.PlainDate.from(frame.span.end));
	return { span, model: buildWheel({ span, zoom: frame.zoomKind, rings: frame.rings, cycles: frame.cycles, today: frame.today, shades: frame.shades, ...items }) };
}

/** The wheel page's items, its layout and the chosen case's path, from the page's data. */
export const drawWheel = oncePerObject((data: WheelData): DrawnWheel => {
	const meetings = unpackMeetings(receiveMeetings(data.meetings), data.bodies);
	const events = receiveEvents(data.events);
	const { span, model } = layOut(data, { meetings, events, keyCases: data.keyCases, load: data.load });
	const path = data.chosenCase ? casePath(span, SIZE / 2, model.rings, model.meetings, data.chosenCase.stages) : null;
	return { span, meetings, events, cases: receiveCases(data.cases), model, path };
});

/** The embed's wheel laid out. */
export const drawPublicWheel = oncePerObject((data: PublicWheelData): Laid => layOut(data, { meetings: data.meetings, events: data.events }));
