import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFeed } from '../../../src/lib/server/feeds/render.ts';
import { sampleCalendar } from './sample.ts';

/**
 * The feed must not depend on the server's own time zone. Two proofs: this process switches
 * TZ (Node re-reads it on assignment) and renders again; and fresh Node processes, started
 * with TZ set before anything runs, render the same sample.
 */
const original = process.env.TZ;
afterAll(() => {
	if (original === undefined) delete process.env.TZ;
	else process.env.TZ = original;
});

const reference = renderFeed(sampleCalendar());
const SAMPLE = fileURLToPath(new URL('./sample.ts', import.meta.url));

describe('rendering under other server time zones', () => {
	it.each([
		['UTC', 0],
		['America/New_York', 240],
		['Asia/Kolkata', -330]
	])('gives the same bytes in this process with TZ=%s', (tz, offsetInApril) => {
		process.env.TZ = tz;
		// Proves the switch took effect, so the comparison below means something.
		expect(new Date('2026-04-01T12:00:00Z').getTimezoneOffset()).toBe(offsetInApril);
		expect(renderFeed(sampleCalendar())).toBe(reference);
	});

	it.each(['UTC', 'America/New_York', 'Europe/Copenhagen'])('gives the same bytes in a new Node process started with TZ=%s', (tz) => {
		const out = execFileSync(process.execPath, [SAMPLE], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
		expect(out).toBe(reference);
	});
});
