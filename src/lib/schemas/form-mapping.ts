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
		: { ...base, allDay: false, date: f.date ?? '', start: f.start ?? '', end: f.end ?? '', ...(orUndefined(f.endDate) ? { endDate: f.endDate } : {}) };
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

/** The months ticked among checkboxes named month-1 … month-12. */
const monthsTicked = (f: Form) => Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => checked(f[`month-${m}`]));

/** Month checkboxes are named month-1 … month-12; ISO weeks are typed as "5, 9, 14". */
export function planInput(f: Form) {
	const excludeMonths = monthsTicked(f);
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

/** A fixed item's form: the rule's kind chooses which of months, every and fromYear count. */
export function fixedItemInput(f: Form) {
	const months = monthsTicked(f);
	const firstOnly = checked(f.firstOnly);
	const rule =
		f.kind === 'months'
			? { kind: 'months', months, firstOnly }
			: f.kind === 'every-n-years'
				? { kind: 'every-n-years', every: f.every ?? '', fromYear: f.fromYear ?? '', ...(months.length ? { months } : {}), firstOnly }
				: { kind: f.kind };
	return {
		body: f.body ?? '',
		title: f.title ?? '',
		description: f.description ?? '',
		rule,
		closed: checked(f.closed),
		sortOrder: orUndefined(f.sortOrder),
		...(f.version !== undefined ? { version: f.version } : {})
	};
}

/** The schema's paths (rule.months) as the fixed item form's fields (months). */
export function fixedItemFields(errors: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, message] of Object.entries(errors)) {
		const field = key === 'rule' || key === 'rule.kind' ? 'kind' : key.startsWith('rule.') ? key.slice('rule.'.length).split('.')[0]! : key;
		out[field] ??= message;
	}
	return out;
}

/**
 * The template form's stage rows are named stage-0-body, stage-0-role, …; empty rows at the end
 * are spare rows and left out, so row i is stage i and the schema's messages (stages.i.body) land
 * on their row.
 */
export function templateInput(f: Form) {
	let rows = 0;
	for (const key of Object.keys(f)) {
		const i = /^stage-(\d+)-body$/.exec(key)?.[1];
		if (i !== undefined && (f[key] ?? '') !== '') rows = Math.max(rows, Number(i) + 1);
	}
	return {
		name: f.name ?? '',
		description: f.description ?? '',
		stages: Array.from({ length: Math.min(rows, 21) }, (_, i) => ({
			body: f[`stage-${i}-body`] ?? '',
			role: f[`stage-${i}-role`],
			minGapDays: orUndefined(f[`stage-${i}-minGapDays`]),
			afterPreviousBeforeDeadline: checked(f[`stage-${i}-afterPrevious`])
		})),
		...(f.version !== undefined ? { version: f.version } : {})
	};
}

/** The schema's paths (stages.1.body) as the template form's fields (stage-1-body). */
export function templateFields(errors: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, message] of Object.entries(errors)) {
		const m = /^stages\.(\d+)\.(body|role|minGapDays|afterPreviousBeforeDeadline)$/.exec(key);
		const field = m ? `stage-${m[1]}-${m[2] === 'afterPreviousBeforeDeadline' ? 'afterPrevious' : m[2]}` : key;
		out[field] ??= message;
	}
	return out;
}
