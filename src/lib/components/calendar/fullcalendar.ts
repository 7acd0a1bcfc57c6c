import { Calendar, type EventSourceFuncInfo } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import interactionPlugin from 'fullcalendar/interaction';
import listPlugin from 'fullcalendar/list';
import daLocale from 'fullcalendar/locales/da';
import multiMonthPlugin from 'fullcalendar/multimonth';
import classicThemePlugin from 'fullcalendar/themes/classic';
import timeGridPlugin from 'fullcalendar/timegrid';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { Temporal } from 'temporal-polyfill';
import { ZONE } from '$lib/domain/zone';
import type { CalendarInput, ShadeInput } from '$lib/wheel/calendar-events';

/**
 * FullCalendar and its styles, imported only by the calendar page's attachment, so no other
 * page ships them.
 */
export const VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth', 'multiMonthYear'] as const;

export type CalendarHandle = { refetch(): void; destroy(): void };

/** A meeting dragged to a new time; `revert` puts it back where it was. */
export type MeetingDrop = {
	meetingId: string;
	title: string;
	version: number;
	from: { start: Date; end: Date };
	to: { start: Date; end: Date };
	revert: () => void;
};

export function createCalendar(
	el: HTMLElement,
	options: {
		initialDate: string;
		initialView: string;
		load: (range: { startStr: string; endStr: string }) => Promise<(CalendarInput | ShadeInput)[]>;
		onLoading: (loading: boolean) => void;
		onNavigate: (view: string, date: string) => void;
		/** set only for those who may move meetings; the events themselves say which are draggable */
		onDrop?: (drop: MeetingDrop) => void;
	}
): CalendarHandle {
	const calendar = new Calendar(el, {
		plugins: [dayGridPlugin, timeGridPlugin, listPlugin, multiMonthPlugin, classicThemePlugin, interactionPlugin],
		editable: options.onDrop !== undefined,
		eventDrop: (info) => {
			const { event, oldEvent } = info;
			const [kind, id] = event.id.split(/-(.*)/);
			const version = event.extendedProps['version'];
			if (kind !== 'meeting' || !id || typeof version !== 'number' || !event.start || !event.end || !oldEvent.start || !oldEvent.end || !options.onDrop) {
				info.revert();
				return;
			}
			options.onDrop({
				meetingId: id,
				title: event.title,
				version,
				from: { start: oldEvent.start, end: oldEvent.end },
				to: { start: event.start, end: event.end },
				revert: info.revert
			});
		},
		locale: daLocale,
		timeZone: ZONE,
		initialDate: options.initialDate,
		initialView: options.initialView,
		headerToolbar: { start: 'prev,next today', center: 'title', end: VIEWS.join(',') },
		buttons: { listMonth: { text: 'Liste' }, multiMonthYear: { text: 'År' } },
		weekNumbers: true,
		nowIndicator: true,
		height: 'auto',
		dayMaxEvents: false,
		multiMonthMaxColumns: 3,
		slotMinTime: '07:00:00',
		slotMaxTime: '22:00:00',
		eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
		events: (info: EventSourceFuncInfo) => options.load(info),
		loading: options.onLoading,
		// FullCalendar's Dates mark local midnight; read in Copenhagen they give the shown day.
		datesSet: (info) => options.onNavigate(info.view.type, localDay(info.view.currentStart)),
		// FullCalendar names a day cell "1. december 2026" while showing "1" (WCAG 2.5.3, label in name):
		// the cell shows the number and carries the rest of the date as text for screen readers instead.
		dayCellTopContent: (arg) => {
			if (!arg.dayNumberText) return true;
			const rest = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, month: 'long', year: 'numeric' }).format(arg.date);
			return { html: `${arg.dayNumberText}<span class="visually-hidden">. ${rest}</span>` };
		},
		dayCellDidMount: (info) => info.el.removeAttribute('aria-label'),
		eventDidMount: (info) => {
			const [kind, id] = info.event.id.split(/-(.*)/);
			if (kind === 'meeting' && id) info.el.dataset.meetingId = id;
			if (kind === 'event' && id) info.el.dataset.eventId = id;
			const body = info.event.extendedProps['body'];
			if (typeof body === 'string') info.el.dataset.body = body;
			if (info.event.startEditable) {
				info.el.dataset.draggable = 'true';
				// A meeting is a link to its page; the browser's own link dragging must not take over.
				info.el.draggable = false;
			}
		}
	});
	calendar.render();
	return { refetch: () => calendar.refetchEvents(), destroy: () => calendar.destroy() };
}

function localDay(d: Date): string {
	return Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(ZONE).toPlainDate().toString();
}
