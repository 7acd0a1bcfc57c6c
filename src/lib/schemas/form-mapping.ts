/**
 * Forms post strings, and a checkbox is 'on' or absent. These turn a posted form into the input
 * the shared schemas (the same the API uses) expect; validation stays in the schemas.
 */
type Form = Record<string, string>;

const checked = (v: string | undefined) => v === 'on';
const orUndefined = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

export function meetingMoveInput(f: Form) {
	return { version: f.version, date: f.date ?? '', start: f.start ?? '', end: f.end ?? '', location: f.location ?? '' };
}

export function eventInput(f: Form) {
	const base = {
		title: f.title ?? '',
		description: f.description ?? '',
		category: f.category,
		location: f.location ?? '',
		public: checked(f.public),
		body: orUndefined(f.body) ?? null,
		...(f.version !== undefined ? { version: f.version } : {})
	};
	return f.allDay === 'on'
		? { ...base, allDay: true, startDate: f.startDate ?? '', endDate: f.endDate ?? '' }
		: { ...base, allDay: false, date: f.date ?? '', start: f.start ?? '', end: f.end ?? '' };
}

export function bodyInput(f: Form) {
	return {
		code: (f.code ?? '').trim(),
		slug: (f.slug ?? '').trim(),
		name: f.name ?? '',
		kind: f.kind,
		color: (f.color ?? '').toLowerCase(),
		public: checked(f.public),
		defaultStart: f.defaultStart ?? '',
		defaultMinutes: f.defaultMinutes ?? '',
		defaultLocation: f.defaultLocation ?? '',
		deadlineDays: f.deadlineDays ?? '',
		deadlineTime: f.deadlineTime ?? '',
		...(f.version !== undefined ? { version: f.version } : {})
	};
}

export function closureInput(f: Form) {
	return { name: f.name ?? '', from: f.from ?? '', to: f.to ?? '', body: orUndefined(f.body) ?? null };
}

/** Month checkboxes are named month-1 … month-12; ISO weeks are typed as "5, 9, 14". */
export function planInput(f: Form) {
	const excludeMonths = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => checked(f[`month-${m}`]));
	const rule =
		f.kind === 'weekly'
			? { kind: 'weekly', weekday: f.weekday, everyWeeks: orUndefined(f.everyWeeks) }
			: f.kind === 'monthly'
				? { kind: 'monthly', weekday: f.weekday, nth: f.nth }
				: f.kind === 'relative'
					? { kind: 'relative', anchorBody: f.anchorBody ?? '', offsetDays: f.offsetDays ?? '' }
					: f.kind === 'iso-weeks'
						? { kind: 'iso-weeks', weekday: f.weekday, weeks: (f.weeks ?? '').split(/[\s,;]+/).filter((w) => w !== '') }
						: { kind: f.kind };
	return {
		body: f.body ?? '',
		year: f.year ?? '',
		rule,
		start: f.start ?? '',
		minutes: f.minutes ?? '',
		excludeMonths,
		onDayOff: orUndefined(f.onDayOff),
		keepMorningOnHalfDay: checked(f.keepMorningOnHalfDay)
	};
}
