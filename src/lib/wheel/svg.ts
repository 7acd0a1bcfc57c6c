import { RADII, SIZE, type ArcLabel, type WheelModel } from './model.ts';
import type { EventItem, MeetingItem } from './items.ts';
import { SHADE_FILL } from './shade-colors.ts';

/**
 * The wheel's drawing as SVG markup, written once per model: the busiest year has hundreds of
 * marks, and the page and the embed put the same markup into their <svg> (Wheel.svelte, as
 * {@html}) on every request for as long as the data is unchanged. Styling is in presentation
 * attributes so an exported SVG or PNG looks like the page. Every text and attribute value is
 * escaped here: names and titles are the users' own.
 *
 * The marks carry what the component needs to find their item: `data-meeting-id`,
 * `data-event-id`, and `data-hit-for` on the invisible touch targets.
 */
export type Model = WheelModel<MeetingItem, EventItem>;

/** The markup under the chosen case's path, and over it. */
export type WheelMarkup = { under: string; over: string };

const C = SIZE / 2;

/** Marks are placed to a hundredth of a unit of the 1000-unit wheel: the page carries no more digits than the eye can see. */
const r2 = (v: number) => Math.round(v * 100) / 100;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text or an attribute value, escaped for markup. */
export const escapeMarkup = (value: string) => value.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);

type Value = string | number | boolean | null | undefined;

/** An element: attributes whose value is null, undefined or false are left out. */
function el(tag: string, attrs: Record<string, Value>, inner?: string): string {
	let out = `<${tag}`;
	for (const name in attrs) {
		const v = attrs[name];
		if (v === null || v === undefined || v === false) continue;
		out += ` ${name}="${v === true ? '' : escapeMarkup(String(v))}"`;
	}
	return inner === undefined ? `${out}/>` : `${out}>${inner}</${tag}>`;
}

/** Text along a path, centred on it: the path with its id, then the text that follows it. */
function arcText(id: string, label: ArcLabel, attrs: Record<string, Value>): string {
	return (
		el('path', { id, d: label.path, fill: 'none', stroke: 'none' }) +
		el('text', { 'font-size': label.fontSize, ...attrs, 'text-anchor': 'middle', 'dominant-baseline': 'central' }, el('textPath', { href: `#${id}`, startOffset: '50%' }, escapeMarkup(label.text)))
	);
}

/** The touch targets' radius as the markup draws them; the component sets the drawn width's once it knows it. */
export const serverHitRadius = (model: Model) => model.markRadius + 2;

const markup = { self: new WeakMap<Model, WheelMarkup>(), blank: new WeakMap<Model, WheelMarkup>() };

/** The wheel's markup for a model; in an embed its links open in a new window (`linkTarget`). */
export function wheelMarkup(model: Model, linkTarget?: '_blank'): WheelMarkup {
	const cache = linkTarget ? markup.blank : markup.self;
	let result = cache.get(model);
	if (!result) cache.set(model, (result = { under: under(model, serverHitRadius(model), linkTarget), over: over(model, linkTarget) }));
	return result;
}

function under(model: Model, hitRadius: number, linkTarget: '_blank' | undefined): string {
	const parts: string[] = [el('rect', { width: SIZE, height: SIZE, fill: '#ffffff' }), '<g aria-hidden="true">'];
	model.months.forEach((m, i) => {
		parts.push(el('path', { d: m.sector, fill: i % 2 ? '#dde6ee' : '#e9eff5', stroke: '#ffffff', 'stroke-width': 1.5 }), el('path', { id: `wheel-month-${i}`, d: m.labelPath, fill: 'none' }));
		if (m.label)
			parts.push(
				el('text', { 'font-size': 17, 'font-weight': 600, fill: '#17324a', 'dominant-baseline': 'central', 'text-anchor': 'middle' }, el('textPath', { href: `#wheel-month-${i}`, startOffset: '50%' }, escapeMarkup(m.label)))
			);
	});
	parts.push(el('circle', { cx: C, cy: C, r: (RADII.monthInner + RADII.weekInner) / 2, fill: 'none', stroke: '#f6f8fa', 'stroke-width': RADII.monthInner - RADII.weekInner }));
	model.weeks.forEach((w, i) => {
		if (w.tick) parts.push(el('line', { ...w.tick, stroke: '#c3ccd5', 'stroke-width': 1 }));
		parts.push(el('path', { id: `wheel-week-${i}`, d: w.labelPath, fill: 'none' }));
		if (w.label)
			parts.push(el('text', { 'font-size': 10.5, fill: '#4f5b67', 'dominant-baseline': 'central', 'text-anchor': 'middle' }, el('textPath', { href: `#wheel-week-${i}`, startOffset: '50%' }, escapeMarkup(w.label))));
	});
	for (const d of model.days) {
		parts.push(
			el('path', { d: d.sector, fill: d.shade ? SHADE_FILL[d.shade].day : d.weekend ? '#e6e9ed' : '#fbfbfc', stroke: '#e1e5ea', 'stroke-width': 0.75, 'data-day': d.key, 'data-day-off': d.shade }),
			el('text', { x: d.x, y: d.y, 'font-size': 10, fill: d.weekend && !d.shade ? '#5f6b76' : '#2d3a46', 'text-anchor': 'middle', 'dominant-baseline': 'central' }, escapeMarkup(d.label))
		);
	}
	model.rings.forEach((ring, i) => parts.push(el('path', { d: ring.sector, fill: i % 2 ? '#f3f5f8' : '#ffffff', stroke: '#d5dbe2', 'stroke-width': 1, 'fill-rule': 'nonzero' })));
	for (const s of model.shades) {
		parts.push(el('path', { d: s.sector, fill: SHADE_FILL[s.kind].ring, 'data-shade': s.kind, 'data-from': s.from, 'data-to': s.to, 'data-ring': s.ring }, el('title', {}, escapeMarkup(s.name))));
	}
	if (model.load) {
		parts.push(el('path', { d: model.load.sector, fill: '#f6f8fa', stroke: '#d5dbe2', 'stroke-width': 1, 'data-load-ring': true }));
		for (const b of model.load.bars) parts.push(el('path', { d: b.shape, fill: b.heavy ? '#b3261e' : '#6b8096', 'data-load-meeting': b.meetingId, 'data-count': b.count, 'data-heavy': b.heavy ? 'true' : null }));
	}
	model.cycles.forEach((c, i) => {
		if (c.odd) parts.push(el('path', { d: c.shade, fill: '#1f5f8b', 'fill-opacity': 0.05 }));
		parts.push(el('path', { d: c.band, fill: c.odd ? '#d3e2ef' : '#e8f0f7', stroke: '#ffffff', 'stroke-width': 1 }), el('path', { id: `wheel-cycle-${i}`, d: c.labelPath, fill: 'none' }));
		if (c.label)
			parts.push(
				el('text', { 'font-size': c.fontSize, fill: '#1f4e73', 'dominant-baseline': 'central', 'text-anchor': 'middle', 'data-cycle': c.key }, el('textPath', { href: `#wheel-cycle-${i}`, startOffset: '50%' }, escapeMarkup(c.label)))
			);
	});
	for (const m of model.months) parts.push(el('line', { ...m.boundary, stroke: '#ffffff', 'stroke-width': 2 }));
	parts.push('</g>');

	// Invisible touch targets of at least 24 × 24 CSS pixels under every mark (WCAG 2.5.8), so a
	// tap beside a meeting or an event finds it, while the drawn marks above them keep their own
	// taps; the marks themselves are the keyboard's links.
	parts.push('<g class="hits" aria-hidden="true" fill="none" pointer-events="all">');
	for (const m of model.meetings) parts.push(el('circle', { cx: r2(m.x), cy: r2(m.y), r: hitRadius, 'data-hit-for': m.id }));
	for (const e of model.events) parts.push(el('circle', { cx: r2(e.x), cy: r2(e.y), r: hitRadius, 'data-hit-for': e.id }));
	// What every mark of a group shares is said once, on the group: its marks inherit it.
	parts.push('</g><g class="events" fill-opacity="0.88" stroke="#ffffff" stroke-width="1">');
	for (const e of model.events) {
		parts.push(el('a', { href: e.href, target: linkTarget, 'aria-label': e.name, 'data-event-id': e.id, class: 'mark' }, el('path', { d: e.shape, fill: e.color })));
	}
	parts.push('</g>');
	if (model.keyCases.length) {
		parts.push('<g class="key-cases">');
		model.keyCases.forEach((k, i) => {
			const shape = el('path', { d: k.shape, fill: '#f3dbe6', stroke: '#ad1457', 'stroke-width': 1.2 });
			const label = k.text ? arcText(`wheel-key-label-${i}`, k.text, { 'font-weight': 600, fill: '#5c0a2e', 'data-label-for': k.id }) : '';
			parts.push(el('a', { href: `/sager/${k.id}`, target: linkTarget, 'aria-label': `Nøglesag: ${k.title}`, 'data-key-case': k.id, 'data-start': k.start, 'data-end': k.end, class: 'mark' }, shape + label));
		});
		parts.push('</g>');
	}
	return parts.join('');
}

function over(model: Model, linkTarget: '_blank' | undefined): string {
	const radius = model.markRadius;
	const parts: string[] = ['<g class="meetings" stroke="#ffffff" stroke-width="1.2">'];
	for (const m of model.meetings) {
		const x = r2(m.x);
		const y = r2(m.y);
		let inner = el('circle', { cx: x, cy: y, r: radius, fill: m.cancelled ? '#ffffff' : m.color, stroke: m.cancelled ? m.color : null, 'stroke-width': m.cancelled ? 1.6 : null, 'stroke-dasharray': m.cancelled ? '2 1.5' : null });
		if (m.cancelled) inner += el('line', { x1: r2(m.x - radius), y1: r2(m.y + radius), x2: r2(m.x + radius), y2: r2(m.y - radius), stroke: m.color, 'stroke-width': 1.4 });
		if (m.heavy) inner += el('circle', { cx: x, cy: y, r: radius + 3, fill: 'none', stroke: '#b3261e', 'stroke-width': 2.2, 'data-heavy-ring': true });
		parts.push(el('a', { href: m.href, target: linkTarget, 'aria-label': m.name, 'data-meeting-id': m.id, 'data-body': m.bodyCode, 'data-cancelled': m.cancelled ? 'true' : null, class: 'mark' }, inner));
	}
	// The labels say what the marks' accessible names say at length; apart from the links, so each
	// link's name is the whole of what it shows (WCAG 2.5.3).
	parts.push('</g><g aria-hidden="true" class="labels" pointer-events="none">');
	if (model.markText) {
		for (const m of model.meetings) {
			parts.push(el('text', { x: r2(m.x), y: r2(m.y), 'font-size': 7.5, 'font-weight': 700, fill: m.cancelled ? m.color : '#ffffff', 'text-anchor': 'middle', 'dominant-baseline': 'central' }, escapeMarkup(m.bodyCode)));
		}
	}
	let n = 0;
	for (const item of [...model.meetings, ...model.events]) {
		if (item.text) parts.push(arcText(`wheel-label-${n++}`, item.text, { fill: '#17324a', stroke: '#ffffff', 'stroke-width': 2.5, 'paint-order': 'stroke', 'data-label-for': item.id }));
	}
	parts.push('</g><g aria-hidden="true">');
	for (const ring of model.rings) {
		if (ring.name) parts.push(arcText(`wheel-ring-name-${ring.id}`, ring.name, { 'font-weight': 700, fill: '#2d3a46', stroke: '#ffffff', 'stroke-width': 3.5, 'paint-order': 'stroke', 'data-ring-name': ring.id }));
	}
	if (model.today) {
		parts.push(el('line', { ...model.today, stroke: '#d32f2f', 'stroke-width': 2.2, 'stroke-linecap': 'round' }), el('circle', { cx: model.today.x2, cy: model.today.y2, r: 4.5, fill: '#d32f2f' }));
	}
	parts.push(el('circle', { cx: C, cy: C, r: RADII.centre, fill: '#ffffff', stroke: '#d5dbe2', 'stroke-width': 1.5 }), '</g>');
	return parts.join('');
}
