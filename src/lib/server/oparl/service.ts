import { formatInstant } from '../../domain/day-range.ts';
import { termContaining } from '../../domain/terms.ts';
import { ZONE } from '../../domain/zone.ts';
import { KIND_LABEL } from '../../labels.ts';
import { publicAgendas, type AgendaLine } from './agenda.ts';
import type { Db } from '../db/index.ts';
import type { BodyRow } from '../db/schema.ts';
import { localDay, toInstant } from '../db/temporal.ts';
import { inWindow, listPage, type ListQuery } from './list.ts';
import { anyCase, casePage, meetingPage, meetingYears, publicBodies, publicBody, publicMeeting, publicStages, type OparlCaseRow, type OparlMeetingRow, type OparlStage } from './repository.ts';
import { BODY_KEY, oparlType, type OparlUrls } from './urls.ts';

/**
 * The OParl 1.1 objects of this app (schema: https://schema.oparl.org/1.1/): the municipality
 * as the one Body, each public body (organ) an Organization, meetings (møder) with their open
 * agenda, open cases (sager) as Papers with a Consultation per stage, electoral terms
 * (valgperioder) as LegislativeTerms. Only what the public may see: see repository.ts.
 */

const stamp = (d: Date) => formatInstant(toInstant(d));
const STATE: Record<string, string> = { planned: 'planlagt', confirmed: 'bekræftet', cancelled: 'aflyst' };
const municipalityName = () => process.env.MUNICIPALITY_NAME?.trim() || 'Kommunen';

/** The span of the bodies' records: the Body and the System change whenever an organ does. */
async function bodyStamps(db: Db): Promise<{ created: Date; modified: Date }> {
	const bodies = await publicBodies(db);
	const times = (pick: (b: BodyRow) => Date) => bodies.map((b) => pick(b).getTime());
	const created = bodies.length ? new Date(Math.min(...times((b) => b.created_at))) : new Date(0);
	const modified = bodies.length ? new Date(Math.max(...times((b) => b.updated_at))) : new Date(0);
	return { created, modified };
}

export async function system(db: Db, urls: OparlUrls) {
	const { created, modified } = await bodyStamps(db);
	return {
		id: urls.system,
		type: oparlType('System'),
		oparlVersion: 'https://schema.oparl.org/1.1/',
		body: urls.bodies,
		name: `Årshjul – ${municipalityName()}`,
		website: `${urls.origin}/`,
		created: stamp(created),
		modified: stamp(modified),
		web: `${urls.origin}/`
	};
}

async function terms(db: Db, urls: OparlUrls) {
	const years = await meetingYears(db);
	if (!years) return [];
	const out = [];
	for (let y = termContaining(years.first).startYear; y <= years.last; y += 4) {
		const t = termContaining(y);
		// A term is fixed by law (valgloven § 6, KSL § 6): it exists from its first day and never changes.
		const since = new Date(t.start.toZonedDateTime({ timeZone: ZONE }).epochMilliseconds);
		out.push({
			object: {
				id: urls.term(t.startYear),
				type: oparlType('LegislativeTerm'),
				body: urls.body,
				name: `Valgperioden ${t.startYear}–${t.endYear}`,
				startDate: t.start.toString(),
				endDate: t.end.toString(),
				created: stamp(since),
				modified: stamp(since)
			},
			created: since,
			modified: since
		});
	}
	return out;
}

export async function body(db: Db, urls: OparlUrls, q?: { omitInternal: boolean }) {
	const { created, modified } = await bodyStamps(db);
	return {
		id: urls.body,
		type: oparlType('Body'),
		system: urls.system,
		name: municipalityName(),
		website: `${urls.origin}/`,
		organization: urls.bodyOrganizations,
		person: urls.bodyPersons,
		meeting: urls.bodyMeetings,
		paper: urls.bodyPapers,
		legislativeTerm: q?.omitInternal ? [] : (await terms(db, urls)).map((t) => t.object),
		legislativeTermList: urls.bodyTerms,
		classification: 'Kommune',
		web: `${urls.origin}/`,
		created: stamp(created),
		modified: stamp(modified)
	};
}

export async function bodyList(db: Db, urls: OparlUrls, q: ListQuery) {
	const { created, modified } = await bodyStamps(db);
	const all = inWindow(q.window, { created, modified }) ? [await body(db, urls, q)] : [];
	return listPage(urls.bodies, q, all.slice(q.window.offset, q.window.offset + q.window.limit), all.length);
}

export const bodyKeyMatches = (key: string) => key === BODY_KEY;

function organizationJson(urls: OparlUrls, b: BodyRow) {
	return {
		id: urls.organization(b.id),
		type: oparlType('Organization'),
		body: urls.body,
		name: b.name,
		shortName: b.code,
		organizationType: 'Gremium',
		classification: KIND_LABEL[b.kind] ?? b.kind,
		meeting: urls.organizationMeetings(b.id),
		web: `${urls.origin}/organer/${b.slug}`,
		created: stamp(b.created_at),
		modified: stamp(b.updated_at)
	};
}

export async function organizationList(db: Db, urls: OparlUrls, q: ListQuery) {
	const all = (await publicBodies(db)).filter((b) => inWindow(q.window, { created: b.created_at, modified: b.updated_at })).sort((a, b) => a.id - b.id);
	return listPage(urls.bodyOrganizations, q, all.slice(q.window.offset, q.window.offset + q.window.limit).map((b) => organizationJson(urls, b)), all.length);
}

export async function organization(db: Db, urls: OparlUrls, id: number) {
	const b = await publicBody(db, id);
	return b ? organizationJson(urls, b) : null;
}

/** People are not kept in this app: the list exists (the Body requires it) and is empty. */
export const personList = (urls: OparlUrls, q: ListQuery) => listPage(urls.bodyPersons, q, [], 0);

function deletedStub(id: string, kind: 'Meeting' | 'Paper', created: Date, modified: Date) {
	return { id, type: oparlType(kind), created: stamp(created), modified: stamp(modified), deleted: true };
}

function agendaItemJson(urls: OparlUrls, m: OparlMeetingRow, line: AgendaLine) {
	return {
		id: urls.agendaItem(m.id, line.key),
		type: oparlType('AgendaItem'),
		meeting: urls.meeting(m.id),
		number: String(line.number),
		order: line.number,
		name: line.name,
		public: line.public,
		...(line.stage ? { consultation: urls.consultation(line.stage.caseId, line.stage.position) } : {}),
		created: stamp(m.created_at),
		modified: stamp(m.modified)
	};
}

function meetingJson(urls: OparlUrls, m: OparlMeetingRow, agenda: AgendaLine[]) {
	if (m.deleted_at) return deletedStub(urls.meeting(m.id), 'Meeting', m.created_at, m.modified);
	const day = localDay(m.starts_at);
	return {
		id: urls.meeting(m.id),
		type: oparlType('Meeting'),
		name: `${m.body_name} ${day.day}/${day.month} ${day.year}`,
		meetingState: STATE[m.status] ?? m.status,
		cancelled: m.status === 'cancelled',
		start: stamp(m.starts_at),
		end: stamp(m.ends_at),
		...(m.location ? { location: locationJson(urls, m) } : {}),
		organization: [urls.organization(m.body_id)],
		...(agenda.length ? { agendaItem: agenda.map((line) => agendaItemJson(urls, m, line)) } : {}),
		web: `${urls.origin}/moeder/${m.id}`,
		created: stamp(m.created_at),
		modified: stamp(m.modified)
	};
}

function locationJson(urls: OparlUrls, m: OparlMeetingRow) {
	return {
		id: urls.meetingLocation(m.id),
		type: oparlType('Location'),
		description: m.location,
		meetings: [urls.meeting(m.id)],
		created: stamp(m.created_at),
		modified: stamp(m.modified)
	};
}

export async function meetingList(db: Db, urls: OparlUrls, q: ListQuery, bodyId?: number) {
	if (bodyId !== undefined && !(await publicBody(db, bodyId))) return null;
	const { rows, total } = await meetingPage(db, q.window, bodyId);
	const agendas = q.omitInternal ? new Map<string, AgendaLine[]>() : await publicAgendas(db, rows.filter((m) => !m.deleted_at));
	const data = rows.map((m) => meetingJson(urls, m, agendas.get(m.id) ?? []));
	return listPage(bodyId === undefined ? urls.bodyMeetings : urls.organizationMeetings(bodyId), q, data, total);
}

export async function meeting(db: Db, urls: OparlUrls, id: string) {
	const m = await publicMeeting(db, id);
	if (!m) return null;
	return meetingJson(urls, m, m.deleted_at ? [] : ((await publicAgendas(db, [m])).get(m.id) ?? []));
}

export async function meetingLocation(db: Db, urls: OparlUrls, id: string) {
	const m = await publicMeeting(db, id);
	return m && !m.deleted_at && m.location ? locationJson(urls, m) : null;
}

export async function agendaItem(db: Db, urls: OparlUrls, meetingId: string, key: string) {
	const m = await publicMeeting(db, meetingId);
	if (!m || m.deleted_at) return null;
	const line = (await publicAgendas(db, [m])).get(m.id)?.find((l) => l.key === key);
	return line ? agendaItemJson(urls, m, line) : null;
}

/** A stage of a case in a public body; its meeting (not deleted: publicStages) is linked with the agenda line. */
function consultationJson(urls: OparlUrls, c: OparlCaseRow, s: OparlStage) {
	return {
		id: urls.consultation(c.id, s.position),
		type: oparlType('Consultation'),
		paper: urls.paper(c.id),
		...(s.meeting_id !== null ? { meeting: urls.meeting(s.meeting_id), agendaItem: urls.agendaItem(s.meeting_id, `s${c.id}-${s.position}`) } : {}),
		organization: [urls.organization(s.body_id)],
		authoritative: s.role === 'beslutning',
		role: s.role,
		created: stamp(c.created_at),
		modified: stamp(c.modified)
	};
}

function paperJson(urls: OparlUrls, c: OparlCaseRow, stages: OparlStage[]) {
	if (c.gone) return deletedStub(urls.paper(c.id), 'Paper', c.created_at, c.modified);
	const own = stages.filter((s) => s.case_id === c.id);
	return {
		id: urls.paper(c.id),
		type: oparlType('Paper'),
		body: urls.body,
		name: c.title,
		...(c.case_number ? { reference: c.case_number } : {}),
		date: localDay(c.created_at).toString(),
		paperType: 'Sag',
		...(c.committee_id !== null ? { underDirectionOf: [urls.organization(c.committee_id)] } : {}),
		...(own.length ? { consultation: own.map((s) => consultationJson(urls, c, s)) } : {}),
		web: `${urls.origin}/sager/${c.id}`,
		created: stamp(c.created_at),
		modified: stamp(c.modified)
	};
}

export async function paperList(db: Db, urls: OparlUrls, q: ListQuery) {
	const { rows, total } = await casePage(db, q.window);
	const stages = await publicStages(db, rows.filter((c) => !c.gone).map((c) => c.id));
	return listPage(urls.bodyPapers, q, rows.map((c) => paperJson(urls, c, stages)), total);
}

export async function paper(db: Db, urls: OparlUrls, id: string) {
	const c = await anyCase(db, id);
	if (!c) return null;
	return paperJson(urls, c, c.gone ? [] : await publicStages(db, [c.id]));
}

export async function consultation(db: Db, urls: OparlUrls, caseId: string, position: number) {
	const c = await anyCase(db, caseId);
	if (!c || c.gone) return null;
	const stages = await publicStages(db, [c.id]);
	const s = stages.find((st) => st.position === position);
	return s ? consultationJson(urls, c, s) : null;
}

export async function termList(db: Db, urls: OparlUrls, q: ListQuery) {
	const all = (await terms(db, urls)).filter((t) => inWindow(q.window, t));
	return listPage(urls.bodyTerms, q, all.slice(q.window.offset, q.window.offset + q.window.limit).map((t) => t.object), all.length);
}

export async function term(db: Db, urls: OparlUrls, startYear: number) {
	return (await terms(db, urls)).find((t) => t.object.startDate === `${startYear}-01-01`)?.object ?? null;
}
