/**
 * A lint of raw iCalendar text for the rules clients are strict about, independent of the
 * library that wrote it. Returns one message per problem; an empty list means clean. Shared by
 * the tests of every feed. Given bytes, it also finds a fold that splits a UTF-8 sequence.
 */
export function lintIcs(input: string | Uint8Array): string[] {
	const problems: string[] = [];
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(input);
		} catch {
			return ['ugyldig UTF-8 (en foldning deler et tegn?)'];
		}
	}
	if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) problems.push('et tegn er delt midt i et surrogatpar');
	if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('linjeskift der ikke er CRLF');
	if (!text.endsWith('\r\n')) problems.push('sidste linje slutter ikke med CRLF');
	const physical = text.split('\r\n');
	if (physical.at(-1) === '') physical.pop();
	const encoder = new TextEncoder();
	physical.forEach((line, i) => {
		const octets = encoder.encode(line).byteLength;
		if (octets > 75) problems.push(`linje ${i + 1} har ${octets} oktetter`);
	});

	const lines = unfold(physical).map(parseLine);
	problems.push(...checkStructure(lines));
	const timezones = new Set(lines.filter((l, i) => l.name === 'TZID' && insideVtimezone(lines, i)).map((l) => l.value));
	let event: Map<string, ContentLine> | null = null;
	const uids = new Set<string>();
	for (const line of lines) {
		const tzid = line.params.get('TZID');
		if (tzid !== undefined && !timezones.has(tzid)) problems.push(`${line.name} bruger TZID=${tzid} uden VTIMEZONE`);
		if (TEXT_PROPERTIES.has(line.name)) problems.push(...checkText(line));
		if (line.name === 'BEGIN' && line.value === 'VEVENT') event = new Map();
		else if (line.name === 'END' && line.value === 'VEVENT' && event) {
			problems.push(...checkEvent(event, uids));
			event = null;
		} else if (event && !event.has(line.name)) event.set(line.name, line);
	}
	return problems;
}

/** Properties whose value is one TEXT (RFC 5545 § 3.3.11, RFC 7986 NAME, the X-WR- names). */
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'NAME', 'X-WR-CALNAME', 'X-WR-CALDESC', 'COMMENT']);

/** An unescaped comma or semicolon, or a backslash before anything but \\ ; , n N. */
function checkText(line: ContentLine): string[] {
	for (let i = 0; i < line.value.length; i++) {
		const c = line.value[i]!;
		if (c === '\\') {
			if (!'\\;,nN'.includes(line.value[i + 1] ?? '?')) return [`${line.name} har en ugyldig escape \\${line.value[i + 1] ?? ''}`];
			i++;
		} else if (c === ';' || c === ',') return [`${line.name} har et ikke-escapet ${c} i TEXT`];
	}
	return [];
}

/**
 * RFC 5545 § 3.4 and 3.6: VCALENDAR first and last, VERSION and PRODID, and in every component
 * its properties before its sub-components (calendar properties before the VTIMEZONE and the
 * events; an event's properties before its VALARM). BEGIN and END must pair up.
 */
function checkStructure(lines: ContentLine[]): string[] {
	const problems: string[] = [];
	if (lines[0]?.name !== 'BEGIN' || lines[0].value !== 'VCALENDAR') problems.push('begynder ikke med BEGIN:VCALENDAR');
	if (lines.at(-1)?.name !== 'END' || lines.at(-1)?.value !== 'VCALENDAR') problems.push('slutter ikke med END:VCALENDAR');
	const stack: { name: string; hadComponent: boolean }[] = [];
	const calendarProps = new Set<string>();
	for (const line of lines) {
		const top = stack.at(-1);
		if (line.name === 'BEGIN') {
			if (top) top.hadComponent = true;
			stack.push({ name: line.value, hadComponent: false });
		} else if (line.name === 'END') {
			if (top?.name !== line.value) problems.push(`END:${line.value} uden tilsvarende BEGIN`);
			else stack.pop();
		} else if (!top) problems.push(`${line.name} står uden for VCALENDAR`);
		else {
			if (top.hadComponent) problems.push(`${line.name} står efter en komponent i ${top.name}`);
			if (stack.length === 1) calendarProps.add(line.name);
		}
	}
	if (stack.length) problems.push(`${stack.map((s) => s.name).join(', ')} mangler END`);
	for (const required of ['VERSION', 'PRODID']) if (!calendarProps.has(required)) problems.push(`VCALENDAR mangler ${required}`);
	return problems;
}

interface ContentLine {
	name: string;
	params: Map<string, string>;
	value: string;
}

function unfold(physical: string[]): string[] {
	const out: string[] = [];
	for (const line of physical) {
		if ((line.startsWith(' ') || line.startsWith('\t')) && out.length) out[out.length - 1] += line.slice(1);
		else out.push(line);
	}
	return out;
}

/** Splits NAME;P=V;…:VALUE, honouring quoted parameter values. */
function parseLine(line: string): ContentLine {
	let i = 0;
	let quoted = false;
	while (i < line.length && (quoted || line[i] !== ':')) {
		if (line[i] === '"') quoted = !quoted;
		i++;
	}
	const [name = '', ...params] = line.slice(0, i).split(';');
	return {
		name: name.toUpperCase(),
		params: new Map(params.map((p) => [p.slice(0, p.indexOf('=')).toUpperCase(), p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '')])),
		value: line.slice(i + 1)
	};
}

function insideVtimezone(lines: ContentLine[], at: number): boolean {
	for (let i = at; i >= 0; i--) {
		const l = lines[i]!;
		if (l.name === 'BEGIN') return l.value === 'VTIMEZONE';
	}
	return false;
}

const UTC_STAMP = /^\d{8}T\d{6}Z$/;

function checkEvent(e: Map<string, ContentLine>, uids: Set<string>): string[] {
	const problems: string[] = [];
	const uid = e.get('UID')?.value;
	const where = `VEVENT ${uid ?? '(uden UID)'}`;
	if (!uid) problems.push(`${where}: mangler UID`);
	else if (uids.has(uid)) problems.push(`${where}: UID findes to gange`);
	else uids.add(uid);
	for (const name of ['DTSTAMP', 'LAST-MODIFIED']) {
		const v = e.get(name)?.value;
		if (name === 'DTSTAMP' && v === undefined) problems.push(`${where}: mangler DTSTAMP`);
		if (v !== undefined && !UTC_STAMP.test(v)) problems.push(`${where}: ${name} ${v} er ikke UTC`);
	}
	const start = e.get('DTSTART');
	const end = e.get('DTEND');
	if (!start) return [...problems, `${where}: mangler DTSTART`];
	for (const p of [start, end]) {
		if (p && p.params.get('VALUE') !== 'DATE' && !p.value.endsWith('Z') && !p.params.has('TZID')) problems.push(`${where}: ${p.name} er flydende tid`);
	}
	if (end) {
		const sameForm = start.params.get('VALUE') === end.params.get('VALUE') && start.params.get('TZID') === end.params.get('TZID') && start.value.endsWith('Z') === end.value.endsWith('Z');
		if (!sameForm) problems.push(`${where}: DTSTART og DTEND har forskellig form`);
		else if (!(end.value > start.value)) problems.push(`${where}: DTEND ${end.value} ligger ikke efter DTSTART ${start.value}`);
	}
	return problems;
}
