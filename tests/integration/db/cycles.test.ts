import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/lib/server/auth/access.ts';
import { meetingsWithCycles } from '../../../src/lib/server/calendar.ts';
import { briefingOptions, pinBriefing } from '../../../src/lib/server/cycles/briefing.ts';
import { toDate } from '../../../src/lib/server/db/temporal.ts';
import { loadDemoIfEmpty } from '../../../src/lib/server/demo/load.ts';
import { ProblemError } from '../../../src/lib/server/http/problem.ts';
import { dialects, freshDb, type TestDb } from './context.ts';

const secretariat: Viewer = { role: 'secretariat', name: 'Sekretær', unit: '', userId: null, email: null, sessionId: null, tokenId: null };

describe.each(dialects)('Månedsgrebet pinned by the secretariat on %s', (dialect) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(dialect);
		await loadDemoIfEmpty(t.db, Temporal.PlainDate.from('2026-11-22'));
	}, 120_000);
	afterAll(() => t.destroy());

	const meetingOn = async (code: string, local: string) => {
		const at = Temporal.PlainDateTime.from(local).toZonedDateTime('Europe/Copenhagen').toInstant();
		return t.db
			.selectFrom('meeting as m')
			.innerJoin('body as b', 'b.id', 'm.body_id')
			.select(['m.id', 'm.starts_at'])
			.where('b.code', '=', code)
			.where('m.starts_at', '=', toDate(at))
			.executeTakeFirstOrThrow();
	};
	const juneRul = async () => {
		const meetings = await meetingsWithCycles(t.db, { from: Temporal.PlainDate.from('2024-06-25'), to: Temporal.PlainDate.from('2024-06-25'), includeInternal: true });
		return meetings.find((m) => m.body_code === 'KB')!.cycle!;
	};
	const problem = (e: unknown) => (e instanceof ProblemError ? [e.problem.status, e.problem['invalid-params'] ?? e.problem.detail] : e);

	it('moves the rul\'s Månedsgrebet, with an audit row, and lets the rule take over again', async () => {
		const kb = await meetingOn('KB', '2024-06-25T17:00');
		const natural = await juneRul();
		expect(natural.briefingPinned).toBe(false);
		const dir = await meetingOn('DIR', '2024-05-22T09:00');
		expect(natural.briefingMeetingId).not.toBe(dir.id);

		await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, dir.id));
		const pinned = await juneRul();
		expect([pinned.briefingMeetingId, pinned.briefingPinned]).toEqual([dir.id, true]);
		expect((await briefingOptions(t.db, dir)).filter((o) => o.here).map((o) => [o.name, o.pinned])).toEqual([['Rul juni 2024', true]]);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'entity', 'summary']).where('entity_id', '=', kb.id).execute();
		expect(audit).toEqual([{ action: 'update', entity: 'cycle', summary: 'Månedsgrebet for rullet til KB 25. juni 2024 lagt på DIR 22. maj 2024' }]);

		await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, null));
		expect(await juneRul()).toEqual(natural);
	});

	it('refuses a meeting that is not a board meeting, lies after the council meeting or long before it', async () => {
		const kb = await meetingOn('KB', '2024-06-25T17:00');
		const attempt = (board: string) => t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, kb.id, board)).catch(problem);
		expect(await attempt((await meetingOn('ØK', '2024-06-18T16:00')).id)).toEqual([400, [{ name: 'meeting', reason: 'Månedsgrebet skal ligge på et direktionsmøde.' }]]);
		const tooLate = 'Direktionsmødet skal ligge før kommunalbestyrelsens møde 25. juni 2024 og højst 100 dage før.';
		expect(await attempt((await meetingOn('DIR', '2024-06-26T09:00')).id)).toEqual([400, [{ name: 'meeting', reason: tooLate }]]);
		expect(await attempt((await meetingOn('DIR', '2024-03-13T09:00')).id)).toEqual([400, [{ name: 'meeting', reason: tooLate }]]);
		const dir = await meetingOn('DIR', '2024-05-22T09:00');
		expect(await t.db.transaction().execute((tx) => pinBriefing(tx, secretariat, dir.id, dir.id)).catch(problem)).toEqual([
			404,
			'Rullet findes ikke: mødet er ikke et møde i kommunalbestyrelsen.'
		]);
		expect(await t.db.selectFrom('cycle_briefing').select('council_meeting_id').where('council_meeting_id', '=', kb.id).execute()).toEqual([]);
	});
});
