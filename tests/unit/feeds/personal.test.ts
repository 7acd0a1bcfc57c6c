import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { caseFeed, personalFeed } from '../../../src/lib/server/feeds/personal.ts';
import { lintIcs } from '../../../src/lib/server/feeds/lint.ts';
import { publicFeed } from '../../../src/lib/server/feeds/public.ts';
import { renderFeed } from '../../../src/lib/server/feeds/render.ts';
import { selectionSchema, type Selection } from '../../../src/lib/server/feeds/selection.ts';
import { createSubscription, regenerateSubscription, revokeSubscription, subscriberByToken } from '../../../src/lib/server/feeds/subscriptions.ts';
import { freshDb, type TestDb } from '../../integration/db/context.ts';
import { ORIGIN } from './fixtures.ts';
import { parseFeed, parseFeedWithNodeIcal } from './parse.ts';

/**
 * Personal and case feeds on the demo data (loaded as of 2026, so it holds 2023–2027), rendered
 * as of 22 November 2023: the window 2022-11-22 … 2025-11-22 holds the cases from the minutes.
 */
const today = Temporal.PlainDate.from('2023-11-22');

let t: TestDb;
beforeAll(async () => {
	t = await freshDb('pglite');
	await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
}, 120_000);
afterAll(() => t.destroy());

async function viewerOf(email: string): Promise<Viewer> {
	const u = await t.db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
	return { role: u.role, name: u.name, unit: u.unit, userId: u.id, email: u.email, sessionId: null, tokenId: null };
}

const EDITOR = 'redaktoer@demo.aarshjul.dk';
const READER = 'laeser@demo.aarshjul.dk';
const ADMIN = 'admin@demo.aarshjul.dk';
const SECRETARIAT = 'sekretariat@demo.aarshjul.dk';

async function subscribe(email: string, selection: Partial<Selection>, name = 'Mit abonnement') {
	const viewer = await viewerOf(email);
	const created = await createSubscription(t.db, viewer, { name, selection: selectionSchema.parse(selection) });
	return { viewer, ...created };
}

async function render(token: string, asOf = today): Promise<string> {
	const sub = await subscriberByToken(t.db, token);
	if (!sub) throw new Error('token refused');
	return renderFeed((await personalFeed(t.db, sub, asOf, ORIGIN)).calendar);
}

/** Each VEVENT's summary, instants and reminder triggers, as ical.js reads them. */
function readBack(ics: string) {
	const cal = new ICAL.Component(ICAL.parse(ics));
	return cal.getAllSubcomponents('vevent').map((ve) => {
		const e = new ICAL.Event(ve);
		return {
			uid: e.uid,
			summary: e.summary,
			start: new Date(e.startDate.toUnixTime() * 1000).toISOString(),
			end: new Date(e.endDate.toUnixTime() * 1000).toISOString(),
			alarms: ve.getAllSubcomponents('valarm').map((a) => `${a.getFirstPropertyValue('action')} ${String(a.getFirstPropertyValue('trigger'))}`)
		};
	});
}

/** Whether node-ical reads every event as ical.js does (UID, instants, status, sequence, text). */
function bothParsers(ics: string): boolean {
	const byUid = <T extends { uid: string }>(xs: T[]) => [...xs].sort((a, b) => (a.uid < b.uid ? -1 : 1));
	expect(byUid(parseFeedWithNodeIcal(ics))).toEqual(byUid(parseFeed(ics).events.map(({ url: _url, ...e }) => e)));
	return true;
}

/** The case titles a personal feed names in its meetings' summaries ("Direktionen: A (drøftelse); B (beslutning)"). */
const caseTitles = (ics: string) => [
	...new Set(
		readBack(ics)
			.filter((e) => !e.summary.startsWith('Frist: '))
			.flatMap((e) => e.summary.replace(/^[^:]+: /, '').split('; '))
			.map((x) => x.replace(/ \([^)]*\)$/, ''))
	)
];

describe('a personal feed of the cases the user is responsible for', () => {
	it('holds each stage meeting and each write-up deadline of Ligestillingsredegørelsen 2023 at their exact instants, with reminders', async () => {
		const { token } = await subscribe(EDITOR, { ownCases: true, deadlines: true, reminders: { deadlineMinutes: 1440, meetingMinutes: 60 } });
		const ics = await render(token);
		expect(lintIcs(ics)).toEqual([]);
		const report = readBack(ics).filter((e) => e.summary.includes('Ligestillingsredegørelsen 2023'));
		expect(report.map((e) => [e.summary, e.start, e.end, e.alarms])).toEqual([
			['Frist: Ligestillingsredegørelsen 2023 til DIR', '2023-03-31T10:00:00.000Z', '2023-03-31T10:15:00.000Z', ['DISPLAY -P1D']],
			['Direktionen: Ligestillingsredegørelsen 2023 (drøftelse)', '2023-04-12T07:00:00.000Z', '2023-04-12T10:00:00.000Z', ['DISPLAY -PT1H']],
			['Frist: Ligestillingsredegørelsen 2023 til HU', '2023-04-18T10:00:00.000Z', '2023-04-18T10:15:00.000Z', ['DISPLAY -P1D']],
			['Hovedudvalget (Hoved-MED): Ligestillingsredegørelsen 2023 (drøftelse)', '2023-04-27T11:00:00.000Z', '2023-04-27T13:00:00.000Z', ['DISPLAY -PT1H']],
			['Frist: Ligestillingsredegørelsen 2023 til ØK', '2023-05-08T10:00:00.000Z', '2023-05-08T10:15:00.000Z', ['DISPLAY -P1D']],
			['Frist: Ligestillingsredegørelsen 2023 til KB', '2023-05-12T10:00:00.000Z', '2023-05-12T10:15:00.000Z', ['DISPLAY -P1D']],
			['Økonomiudvalget: Ligestillingsredegørelsen 2023 (indstilling)', '2023-05-16T14:00:00.000Z', '2023-05-16T16:00:00.000Z', ['DISPLAY -PT1H']],
			['Kommunalbestyrelsen: Ligestillingsredegørelsen 2023 (beslutning)', '2023-05-23T15:00:00.000Z', '2023-05-23T19:00:00.000Z', ['DISPLAY -PT1H']]
		]);
	});

	it('shows a meeting of a followed body that also treats the user’s case once: one busy block, one reminder, the stage in its description', async () => {
		const { token } = await subscribe(EDITOR, { bodies: ['DIR', 'HU'], ownCases: true, deadlines: true, reminders: { deadlineMinutes: null, meetingMinutes: 60 } });
		const ics = await render(token);
		expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
		expect(bothParsers(ics)).toBe(true);
		const atDir = readBack(ics).filter((e) => e.start === '2023-04-12T07:00:00.000Z');
		expect(atDir.map((e) => [e.summary, e.alarms])).toEqual([['Direktionen: Ligestillingsredegørelsen 2023 (drøftelse)', ['DISPLAY -PT1H']]]);
		const [event] = parseFeed(ics).events.filter((e) => e.start === '2023-04-12T07:00:00.000Z');
		const report = await t.db.selectFrom('case_file').select('id').where('title', '=', 'Ligestillingsredegørelsen 2023').executeTakeFirstOrThrow();
		expect(event!.description).toContain(`Dine sager på mødet:\n- Ligestillingsredegørelsen 2023 (drøftelse, behandlet): ${ORIGIN}/sager/${report.id}\n`);
		expect(ics.split('\r\n').filter((l) => l === `UID:${event!.uid}`).length).toBe(1);
		// The deadline stays its own item, free time without a meeting reminder.
		expect(readBack(ics).filter((e) => e.summary === 'Frist: Ligestillingsredegørelsen 2023 til DIR').map((e) => [e.start, e.alarms])).toEqual([['2023-03-31T10:00:00.000Z', []]]);
		expect(ics.slice(ics.indexOf('SUMMARY:Frist: Ligestillingsredegørelsen 2023 til DIR')).split('END:VEVENT')[0]).toContain('TRANSP:TRANSPARENT');
	});

	it('names only the editor’s own cases in the window, and without deadlines or reminders when not chosen', async () => {
		const { token } = await subscribe(EDITOR, { ownCases: true, deadlines: false });
		const ics = await render(token);
		expect(caseTitles(ics)).toEqual(['Ligestillingsredegørelsen 2023']);
		// Three years on, the 2023 case has left the window and the planned 2027 case has entered it.
		expect(caseTitles(await render(token, Temporal.PlainDate.from('2026-11-22')))).toEqual(['Trivselsmåling og handleplan']);
		expect(ics).not.toContain('BEGIN:VALARM');
		expect(ics).not.toContain('Frist:');
	});

	it('keeps the UIDs of case items across two renders and the bytes identical', async () => {
		const { token } = await subscribe(EDITOR, { ownCases: true });
		expect(await render(token)).toBe(await render(token));
	});

	it('follows a case whose responsible user is not linked by the responsible name', async () => {
		const report = await t.db.selectFrom('case_file').select('id').where('title', '=', 'Ligestillingsredegørelsen 2023').executeTakeFirstOrThrow();
		await t.db.updateTable('case_file').set({ responsible_user_id: null }).where('id', '=', report.id).execute();
		try {
			const { token } = await subscribe(EDITOR, { ownCases: true, deadlines: false });
			const mentions = (ics: string) => parseFeed(ics).events.filter((e) => e.description.includes(`/sager/${report.id}`)).length;
			expect(mentions(await render(token))).toBe(4);
			const { token: other } = await subscribe(READER, { ownCases: true, deadlines: false });
			expect(mentions(await render(other))).toBe(0);
		} finally {
			const editor = await viewerOf(EDITOR);
			await t.db.updateTable('case_file').set({ responsible_user_id: editor.userId }).where('id', '=', report.id).execute();
		}
	});
});

describe('closed and internal content', () => {
	it('shows a closed case to its responsible user’s personal feed, never in the public case feed', async () => {
		const { token } = await subscribe(SECRETARIAT, { ownCases: true, deadlines: false });
		const ics = await render(token);
		expect(readBack(ics).filter((e) => e.summary.includes('Program for KB-seminar 2024')).map((e) => [e.summary, e.start])).toEqual([
			['Direktionen: Program for KB-seminar 2024 (beslutning)', '2023-12-13T08:00:00.000Z']
		]);
		const closed = await t.db.selectFrom('case_file').select('id').where('title', '=', 'Program for KB-seminar 2024').executeTakeFirstOrThrow();
		expect(await caseFeed(t.db, closed.id, null, today, ORIGIN)).toBeUndefined();
		const viaToken = await caseFeed(t.db, closed.id, await viewerOf(READER), today, ORIGIN);
		expect(viaToken?.calendar.items.map((i) => i.summary)).toEqual(['Program for KB-seminar 2024 i DIR (beslutning)', 'Frist: Program for KB-seminar 2024 til DIR']);
		const publicText = renderFeed((await publicFeed(t.db, today, ORIGIN)).calendar);
		expect(publicText).not.toContain('Program for KB-seminar 2024');
	});

	it('leaves a stage at an internal body out of the public case feed but not out of the staff’s', async () => {
		const c = await t.db.selectFrom('case_file').select('id').where('title', '=', 'Tværgående retningslinjer for informationssikkerhed').executeTakeFirstOrThrow();
		const pub = await caseFeed(t.db, c.id, null, today, ORIGIN);
		expect(pub?.calendar.items.map((i) => i.summary)).toEqual(['Tværgående retningslinjer for informationssikkerhed i DIR (beslutning)', 'Frist: Tværgående retningslinjer for informationssikkerhed til DIR']);
		const staff = await caseFeed(t.db, c.id, await viewerOf(ADMIN), today, ORIGIN);
		expect(staff?.calendar.items.map((i) => i.summary).sort()).toEqual([
			'Frist: Tværgående retningslinjer for informationssikkerhed til DIR',
			'Frist: Tværgående retningslinjer for informationssikkerhed til ISU',
			'Tværgående retningslinjer for informationssikkerhed i DIR (beslutning)',
			'Tværgående retningslinjer for informationssikkerhed i ISU (drøftelse)'
		]);
		const staffIcs = renderFeed(staff!.calendar);
		expect(parseFeed(staffIcs).events.find((e) => e.summary.endsWith('i ISU (drøftelse)'))?.start).toBe('2023-03-07T09:00:00.000Z');
		expect([lintIcs(Buffer.from(staffIcs, 'utf8')), bothParsers(staffIcs)]).toEqual([[], true]);
		const publicIcs = renderFeed(pub!.calendar);
		expect([lintIcs(Buffer.from(publicIcs, 'utf8')), bothParsers(publicIcs)]).toEqual([[], true]);
	});

	it('gives a reader Chefforum’s meetings when chosen, which the public feed never has', async () => {
		const { token } = await subscribe(READER, { bodies: ['CF'], reminders: { deadlineMinutes: null, meetingMinutes: 60 } });
		const events = readBack(await render(token));
		const december = events.filter((e) => e.start.startsWith('2023-12'));
		expect(december.map((e) => [e.summary, e.start, e.alarms])).toEqual([['Chefforum', '2023-12-07T12:00:00.000Z', ['DISPLAY -PT1H']]]);
		expect(new Set(events.map((e) => e.summary))).toEqual(new Set(['Chefforum']));
		expect(renderFeed((await publicFeed(t.db, today, ORIGIN)).calendar)).not.toContain('Chefforum');
	});

	it('includes internal events of the chosen categories for a signed-in subscriber', async () => {
		const { token } = await subscribe(READER, { categories: ['seminar'] });
		const events = parseFeed(await render(token)).events;
		expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
			['KB-seminar', '2023-01-23', '2023-01-25'],
			['KB-seminar', '2024-01-22', '2024-01-24'],
			['KB-seminar', '2025-01-20', '2025-01-22']
		]);
	});
});

describe('tokens', () => {
	it('refuses a revoked token at once, and a regenerated one replaces the old', async () => {
		const { viewer, id, token } = await subscribe(READER, { bodies: ['KB'] });
		expect((await subscriberByToken(t.db, token))?.subscriptionId).toBe(id);
		const renewed = await regenerateSubscription(t.db, viewer, id);
		expect(await subscriberByToken(t.db, token)).toBeUndefined();
		expect((await subscriberByToken(t.db, renewed!.token))?.selection.bodies).toEqual(['KB']);
		expect(await revokeSubscription(t.db, viewer, renewed!.id)).toBe(true);
		expect(await subscriberByToken(t.db, renewed!.token)).toBeUndefined();
		expect(await revokeSubscription(t.db, viewer, renewed!.id)).toBe(false);
	});

	it('refuses the token of a disabled user and reads the role afresh', async () => {
		const { viewer, token } = await subscribe(ADMIN, { bodies: ['KB'] });
		await t.db.updateTable('app_user').set({ role: 'reader' }).where('id', '=', viewer.userId!).execute();
		expect((await subscriberByToken(t.db, token))?.viewer.role).toBe('reader');
		await t.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', viewer.userId!).execute();
		expect(await subscriberByToken(t.db, token)).toBeUndefined();
		await t.db.updateTable('app_user').set({ role: 'admin', disabled_at: null }).where('id', '=', viewer.userId!).execute();
	});

	it('stores only the hash, writes an audit row and refuses other users’ subscriptions', async () => {
		const { id, token } = await subscribe(EDITOR, { ownCases: true }, 'Mine sager');
		const row = await t.db.selectFrom('feed_subscription').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(Buffer.from(row.token_hash).toString('utf8')).not.toContain(token);
		expect(row.token_hash.byteLength).toBe(32);
		expect(token).toMatch(/^[a-km-np-z2-9]{32}$/);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'summary']).where('entity', '=', 'feed_subscription').where('entity_id', '=', String(id)).execute();
		expect(audit).toEqual([{ action: 'create', summary: 'Personligt abonnement oprettet: Mine sager' }]);
		expect(await revokeSubscription(t.db, await viewerOf(READER), id)).toBe(false);
	});

	it('refuses unknown bodies and the unit’s cases below editor, in Danish', async () => {
		await expect(subscribe(READER, { bodies: ['XYZ'] })).rejects.toMatchObject({ problem: { 'invalid-params': [{ name: 'selection.bodies', reason: 'Ukendt organ: XYZ' }] } });
		await expect(subscribe(READER, { unitCases: true })).rejects.toMatchObject({
			problem: { 'invalid-params': [{ name: 'selection.unitCases', reason: 'Kun redaktører med en enhed kan abonnere på alle enhedens sager' }] }
		});
	});

	it('gives an editor every case of the unit when chosen, whoever is responsible', async () => {
		const other = await t.db.selectFrom('case_file').select('id').where('title', '=', 'Budgetanalyse: Samskabelse og effektivisering').executeTakeFirstOrThrow();
		await t.db.updateTable('case_file').set({ unit: 'HR og Personale' }).where('id', '=', other.id).execute();
		try {
			const { token } = await subscribe(EDITOR, { unitCases: true, deadlines: false });
			const titles = new Set(caseTitles(await render(token)));
			expect([...titles].sort()).toEqual(['Budgetanalyse: Samskabelse og effektivisering', 'Ligestillingsredegørelsen 2023']);
		} finally {
			await t.db.updateTable('case_file').set({ unit: 'Teknik og Miljø' }).where('id', '=', other.id).execute();
		}
	});
});
